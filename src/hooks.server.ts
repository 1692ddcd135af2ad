import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { startOrExit } from '$lib/server/lifecycle';
import { handleAuth } from '$lib/server/auth/handle';
import { handleRequestLog, logger } from '$lib/server/log';
import { handleMetrics } from '$lib/server/metrics';
import { handleOutage, noteUnhandledError } from '$lib/server/outage';

export const init: ServerInit = async () => {
	// `vite build` may load this file to prerender; services are for the running server only.
	if (!building) await startOrExit();
};

// Add a handle by appending it here, e.g. `sequence(handleRequestLog, handleAuth)`: the request
// log comes first so that it times and ids everything after it; metrics next, so they see the
// final status; then the outage handle, which turns database outages below it into 503s.
export const handle: Handle = sequence(handleRequestLog, handleMetrics, handleOutage, handleAuth);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (noteUnhandledError(event, error)) {
		logger.warn(
			{ requestId: event.locals.requestId, route: event.route.id },
			'database unavailable'
		);
		return { message: 'The database is unavailable.' };
	}
	if (status >= 500) {
		logger.error(
			{ requestId: event.locals.requestId, route: event.route.id, status, err: error },
			'unhandled error'
		);
	}
	return { message };
};
