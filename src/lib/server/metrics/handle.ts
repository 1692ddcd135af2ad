import type { Handle } from '@sveltejs/kit';
import { designSaveConflicts, designSaves, httpRequestDuration } from './registry';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The autosave endpoint: its statuses are the save outcomes. */
const AUTOSAVE_ROUTE = '/api/designs/[id]';

/** Records one finished request. `route` is SvelteKit's route id (null when nothing matched). */
export function recordRequest(
	method: string,
	route: string | null,
	status: number,
	seconds: number
) {
	const label = {
		// Bounded label values only: an unknown method or path must not create new series.
		method: METHODS.has(method) ? method : 'other',
		route: route ?? 'unmatched',
		status: String(status)
	};
	httpRequestDuration.observe(label, seconds);
	if (route === AUTOSAVE_ROUTE && (method === 'PUT' || method === 'PATCH')) {
		if (status === 200) designSaves.inc();
		else if (status === 409) designSaveConflicts.inc();
	}
}

/** Times every request into `http_request_duration_seconds` and counts autosave outcomes. */
export const handleMetrics: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} finally {
		recordRequest(
			event.request.method,
			event.route.id,
			status,
			(performance.now() - started) / 1000
		);
	}
};
