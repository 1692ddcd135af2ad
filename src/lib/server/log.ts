import { randomUUID } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

/**
 * JSON-lines logging with pino. `logger` starts at `info`; the init hook sets the configured
 * LOG_LEVEL (this module does not read the environment: config.ts does).
 */

export function createLogger(level: Level | 'silent' = 'info', destination?: DestinationStream) {
	return pino(
		{
			level,
			base: { pid: process.pid },
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) }
		},
		destination
	);
}

export const logger: Logger = createLogger();

const VALID_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is sane (letters, digits, `_.:-`, ≤128), else a new UUID. */
export function requestIdFrom(header: string | null): string {
	return header && VALID_REQUEST_ID.test(header) ? header : randomUUID();
}

function withHeader(response: Response, name: string, value: string): Response {
	try {
		response.headers.set(name, value);
		return response;
	} catch {
		// Some responses (e.g. from fetch) have immutable headers: copy them.
		const copy = new Response(response.body, response);
		copy.headers.set(name, value);
		return copy;
	}
}

/**
 * Gives each request an id (`locals.requestId`, echoed in the `x-request-id` response header)
 * and logs one line when it ends: method, route id, status and duration.
 */
export function createRequestLogHandle(log: Logger = logger): Handle {
	return async ({ event, resolve }) => {
		const requestId = requestIdFrom(event.request.headers.get('x-request-id'));
		event.locals.requestId = requestId;
		const started = performance.now();
		const line = () => ({
			requestId,
			method: event.request.method,
			// The route id, not the path: paths may carry tokens (share links) that must not be logged.
			route: event.route.id,
			durationMs: Math.round((performance.now() - started) * 10) / 10
		});
		try {
			const response = await resolve(event);
			log.info({ ...line(), status: response.status }, 'request');
			return withHeader(response, 'x-request-id', requestId);
		} catch (error) {
			log.error({ ...line(), status: 500, err: error }, 'request failed');
			throw error;
		}
	};
}

export const handleRequestLog: Handle = createRequestLogHandle();
