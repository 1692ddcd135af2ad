import { json } from '@sveltejs/kit';
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
import { getDesign, saveDesign } from '$lib/server/designs/service';
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
 * Autosave: the whole document, with the version it was edited from in If-Match.
 * 200 `{ version }`; 409 `{ error, version, document }` when someone saved in between.
 */
export const PUT: RequestHandler = async (event) => {
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
		const document = await readJsonBody(event);
		const saved = await saveDesign(getDatabase().db, user.id, event.params.id, version, document);
		return json(
			{ version: saved.version, updatedAt: saved.updatedAt.toISOString() },
			{ headers: { etag: `"${saved.version}"` } }
		);
	} catch (error) {
		if (error instanceof DesignError) return designErrorResponse(error);
		throw error;
	}
};
