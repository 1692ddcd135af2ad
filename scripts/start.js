// Starts the built server (`npm start` / `npm run serve`) with safe defaults.
// adapter-node waits SHUTDOWN_TIMEOUT seconds (default 30) for in-flight requests after
// SIGTERM/SIGINT; 6, plus at most 3 s to close the database and Redis, keeps a shutdown under 10 s.
// It reads the variable when its module loads, so set it before the import.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.SHUTDOWN_TIMEOUT ||= '6';
// adapter-node refuses bodies over 512 KB by default; a large plan is several MB. The app
// enforces its own limit (LIMITS.maxJsonLength) with a clear 413 on the endpoints that take plans.
process.env.BODY_SIZE_LIMIT ||= '21M';

// Form posts pass SvelteKit's CSRF check only when the server knows its own origin. Without
// ORIGIN or PROTOCOL_HEADER adapter-node assumes https, so on a laptop (plain http) every
// sign-up and form post would be refused with 403: default to the address the README opens.
// Behind a proxy, set ORIGIN or PROTOCOL_HEADER (see .env.example).
// (A malformed PORT is left for the app's configuration check to name in one line.)
const port = process.env.PORT || '3000';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER && /^\d+$/.test(port)) {
	process.env.ORIGIN = `http://localhost:${port}`;
}

const buildDir = path.resolve(process.env.BUILD_DIR || 'build');
await import(pathToFileURL(path.join(buildDir, 'index.js')).href);
