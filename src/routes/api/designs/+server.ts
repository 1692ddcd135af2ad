import { json } from '@sveltejs/kit';
import { RULES, hit } from '$lib/server/auth/rate-limit';
import { getCache } from '$lib/server/cache';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import { designErrorResponse, jsonError, readJsonBody, sameOrigin } from '$lib/server/designs/http';
import { createDesign } from '$lib/server/designs/service';
import type { RequestHandler } from './$types';

/** Creates a design from a document: `{ name, document }` → 201 `{ id, version }`. */
export const POST: RequestHandler = async (event) => {
	const user = event.locals.user;
	if (!user) return jsonError(401, 'Sign in to save designs.');
	if (!sameOrigin(event)) return jsonError(403, 'Cross-site request refused.');
	const limited = await hit(getCache(), RULES.writesAccount, user.id);
	if (!limited.ok) return jsonError(429, `Too many saves. Try again in ${limited.retryAfter} s.`);
	try {
		const body = (await readJsonBody(event)) as { name?: unknown; document?: unknown } | null;
		if (!body || typeof body !== 'object') throw new DesignError(400, 'Send { name, document }.');
		const design = await createDesign(getDatabase().db, user.id, body.name, body.document);
		return json({ id: design.id, version: design.version }, { status: 201 });
	} catch (error) {
		if (error instanceof DesignError) return designErrorResponse(error);
		throw error;
	}
};
