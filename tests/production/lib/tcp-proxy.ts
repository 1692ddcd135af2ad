/**
 * A TCP proxy the test controls, between the app and PostgreSQL: `cut()` closes the listener and
 * every open connection (to the app, PostgreSQL is gone: refused connections, broken sockets);
 * `restore()` listens again on the same port. The shared PostgreSQL itself is never stopped.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './ports';

export interface TcpProxy {
	port: number;
	cut(): Promise<void>;
	restore(): Promise<void>;
	close(): Promise<void>;
}

export async function tcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
	const port = await freePort();
	const sockets = new Set<Socket>();
	let server: Server | undefined;
	const listen = () =>
		new Promise<void>((resolve, reject) => {
			server = createServer((client) => {
				const upstream = createConnection(targetPort, targetHost);
				for (const s of [client, upstream]) {
					sockets.add(s);
					s.on('close', () => sockets.delete(s));
					s.on('error', () => {
						client.destroy();
						upstream.destroy();
					});
				}
				client.pipe(upstream).pipe(client);
			});
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		});
	const cut = async () => {
		const closing = server ? new Promise((r) => server!.close(r)) : undefined;
		for (const s of sockets) s.destroy();
		sockets.clear();
		await closing;
		server = undefined;
	};
	await listen();
	return { port, cut, restore: listen, close: cut };
}
