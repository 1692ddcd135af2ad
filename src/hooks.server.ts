import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { startOrExit } from '$lib/server/lifecycle';
import { handleAuth } from '$lib/server/auth/handle';
import { handleRequestLog, logger } from '$lib/server/log';

export const init: ServerInit = async () => {
	// `vite build` may load this file to prerender; services are for the running server only.
	if (!building) await startOrExit();
};

// Add a handle by appending it here, e.g. `sequence(handleRequestLog, handleAuth)`: the request
// log comes first so that it times and ids everything after it.
export const handle: Handle = sequence(handleRequestLog, handleAuth);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) {
		logger.error(
			{ requestId: event.locals.requestId, route: event.route.id, status, err: error },
			'unhandled error'
		);
	}
	return { message };
};
