import { json, type RequestEvent } from '@sveltejs/kit';
import { RULES, hit } from '$lib/server/auth/rate-limit';
import { getCache } from '$lib/server/cache';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import {
	designErrorResponse,
	expectedVersion,
	jsonError,
	readJsonBody,
	sameOrigin
} from '$lib/server/designs/http';
import { patchDesign } from '$lib/server/designs/patch';
import { getDesign, saveDesign, type SaveResult } from '$lib/server/designs/service';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) return jsonError(401, 'Sign in to open designs.');
	try {
		const d = await getDesign(getDatabase().db, locals.user.id, params.id);
		return json(
			{ id: d.id, name: d.name, version: d.version, document: d.document },
			{ headers: { etag: `"${d.version}"`, 'cache-control': 'no-store' } }
		);
	} catch (error) {
		if (error instanceof DesignError) return designErrorResponse(error);
		throw error;
	}
};

/**
 * An autosave, PUT or PATCH: signed in, from this site's pages, within the write rate limit,
 * with the version it was edited from in If-Match. 200 `{ version }`; 409
 * `{ error, version, document }` when someone saved in between.
 */
async function autosave(
	event: RequestEvent<{ id: string }>,
	store: (userId: string, version: number, body: unknown) => Promise<SaveResult>
): Promise<Response> {
	const user = event.locals.user;
	if (!user) return jsonError(401, 'Sign in to save designs.');
	if (!sameOrigin(event)) return jsonError(403, 'Cross-site request refused.');
	const limited = await hit(getCache(), RULES.writesAccount, user.id);
	if (!limited.ok)
		return jsonError(429, `Too many saves. Try again in ${limited.retryAfter} s.`, {
			retryAfter: limited.retryAfter
		});
	try {
		const version = expectedVersion(event);
		const body = await readJsonBody(event);
		const saved = await store(user.id, version, body);
		return json(
			{ version: saved.version, updatedAt: saved.updatedAt.toISOString() },
			{ headers: { etag: `"${saved.version}"` } }
		);
	} catch (error) {
		if (error instanceof DesignError) return designErrorResponse(error);
		throw error;
	}
}

/** The whole document (the fallback when the editor does not know what the server has). */
export const PUT: RequestHandler = (event) =>
	autosave(event, (userId, version, document) =>
		saveDesign(getDatabase().db, userId, event.params.id, version, document)
	);

/**
 * Only what changed: `{ diff }` (src/lib/plan/diff.ts) from the document the server confirmed
 * at the If-Match version. A `before` that is not what is stored is a 409 too.
 */
export const PATCH: RequestHandler = (event) =>
	autosave(event, (userId, version, body) => {
		if (typeof body !== 'object' || body === null || Array.isArray(body) || !('diff' in body))
			throw new DesignError(400, 'Send the change as { "diff": … }.');
		return patchDesign(getDatabase().db, userId, event.params.id, version, body.diff);
	});
