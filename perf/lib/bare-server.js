// The cold-start baseline: the least a Node HTTP server can do, started and polled exactly like
// the app (`node <file>` with PORT and HOST). It answers every path, /api/health included.
import { createServer } from 'node:http';

const server = createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'application/json' });
	response.end('{"status":"ok"}');
});
server.listen(Number(process.env.PORT), process.env.HOST);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
