import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { logger } from './log';

/**
 * PostgreSQL unreachable (stopped, restarting, network cut) is not a bug: requests that need it
 * answer 503 with a plain message instead of a 500, so clients (the autosave engine keeps edits
 * and retries) and monitoring can tell an outage from a crash.
 */

export const DATABASE_UNAVAILABLE =
	'The database is unavailable. Your changes are kept; try again shortly.';

// Node socket errors and postgres-js connection errors.
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'CONNECT_TIMEOUT',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED'
]);
// PostgreSQL SQLSTATEs: connection exceptions (08…) and the server shutting down or starting up.
const UNAVAILABLE_STATES = /^(08...|57P01|57P02|57P03)$/;

/** Whether `error` (or any error in its `cause` chain, as drizzle wraps driver errors) says the
 * database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	const code = (error as { code?: unknown }).code;
	if (typeof code === 'string' && (CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.test(code)))
		return true;
	if (
		error instanceof AggregateError &&
		error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
	)
		return true;
	return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
}

// Errors thrown inside an endpoint or load are caught by SvelteKit, which calls `handleError`
// and answers 500; `handleError` marks the request here so that `handleOutage` can turn that
// answer into the 503.
const unavailable = new WeakSet<RequestEvent>();

/** Call from `handleError`: remembers that this request failed for lack of the database. */
export function noteUnhandledError(event: RequestEvent, error: unknown): boolean {
	if (!isDatabaseUnavailable(error)) return false;
	unavailable.add(event);
	return true;
}

function outageResponse(event: RequestEvent): Response {
	const wantsJson =
		event.url.pathname.startsWith('/api/') ||
		(event.request.headers.get('accept') ?? '').includes('application/json');
	const headers = { 'retry-after': '5', 'cache-control': 'no-store' };
	return wantsJson
		? json({ error: DATABASE_UNAVAILABLE }, { status: 503, headers })
		: new Response(DATABASE_UNAVAILABLE, {
				status: 503,
				headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
			});
}

/** 503 instead of 500 when the database is out, whether the error reached the handle chain
 * (e.g. the session lookup) or SvelteKit caught it inside a route. */
export const handleOutage: Handle = async ({ event, resolve }) => {
	try {
		const response = await resolve(event);
		return unavailable.has(event) && response.status >= 500 ? outageResponse(event) : response;
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		logger.warn(
			{ requestId: event.locals.requestId, route: event.route.id },
			'database unavailable'
		);
		return outageResponse(event);
	}
};
