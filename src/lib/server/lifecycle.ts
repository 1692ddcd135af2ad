import { closeCache, initCache } from './cache';
import { ConfigError, getConfig } from './config';
import { closeDatabase, initDatabase } from './db';
import { getEventLoopMonitor, stopEventLoopMonitor } from './health';
import { logger } from './log';
import { errorMessage, withTimeout } from './timeout';

/**
 * Start-up and shutdown of the server's services, called from `src/hooks.server.ts`.
 * Start: validate the configuration, open and migrate the database, open the cache.
 * Shutdown: adapter-node stops accepting connections on SIGTERM/SIGINT, lets in-flight requests
 * finish (for at most SHUTDOWN_TIMEOUT seconds), then emits `sveltekit:shutdown`; we then close
 * the database (PGlite too, or the process lingers) and Redis, and exit.
 */

// With SHUTDOWN_TIMEOUT 6 (scripts/start.js) the worst case stays under 10 s.
const CLOSE_TIMEOUT_MS = 3000;

/** Opens everything; rejects with a `ConfigError` (one printable line) when something is wrong. */
export async function startServices(): Promise<void> {
	const config = getConfig();
	logger.level = config.LOG_LEVEL;
	const started = performance.now();
	const database = await initDatabase(config);
	const cache = await initCache(config);
	// Started last: opening PGlite blocks the loop for seconds, which says nothing about serving.
	getEventLoopMonitor();
	logger.info(
		{
			database: database.kind,
			cache: cache.kind,
			startMs: Math.round(performance.now() - started)
		},
		'services ready'
	);
}

/** Closes everything, each step bounded so a stuck connection cannot hold the process. */
export async function stopServices(): Promise<void> {
	stopEventLoopMonitor();
	const results = await Promise.allSettled([
		withTimeout(closeDatabase(), CLOSE_TIMEOUT_MS, 'closing the database timed out'),
		withTimeout(closeCache(), CLOSE_TIMEOUT_MS, 'closing the cache timed out')
	]);
	for (const result of results) {
		if (result.status === 'rejected')
			logger.error({ err: errorMessage(result.reason) }, 'close failed');
	}
}

/** For the `init` hook: start, or print one line and exit 1 when the setup is wrong. */
export async function startOrExit(): Promise<void> {
	try {
		await startServices();
	} catch (error) {
		const line =
			error instanceof ConfigError ? error.message : `Start-up failed: ${errorMessage(error)}`;
		// A plain line on stderr, not JSON: this is read by a person fixing their environment.
		process.stderr.write(`${line}\n`);
		await stopServices();
		process.exit(1);
	}
	process.once('sveltekit:shutdown', (reason: string) => {
		logger.info({ reason }, 'shutting down');
		void stopServices().then(() => {
			logger.info('stopped');
			// Everything is closed; exit now rather than wait for stray timers or sockets.
			process.exit(0);
		});
	});
}
