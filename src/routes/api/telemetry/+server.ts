import { clientAddress } from '$lib/server/auth/handle';
import { hit } from '$lib/server/auth/rate-limit';
import { getCache } from '$lib/server/cache';
import { DesignError } from '$lib/server/designs/errors';
import { jsonError, readJsonBody, sameOrigin } from '$lib/server/designs/http';
import {
	TELEMETRY_MAX_BYTES,
	TELEMETRY_RULE,
	parseTelemetry,
	recordTelemetry
} from '$lib/server/metrics/telemetry';
import type { RequestHandler } from './$types';

/**
 * Renderer figures from the 3D view: `{ tier, fps, drawCalls, triangles, deviceLost, quality? }`.
 * 204 when recorded; 403 from another site; 429 past the per-address limit; 413 / 400 for a
 * body that is too big or not a valid report (the message names the field).
 */
export const POST: RequestHandler = async (event) => {
	if (!sameOrigin(event)) return jsonError(403, 'Cross-site request refused.');
	const limited = await hit(getCache(), TELEMETRY_RULE, clientAddress(event));
	if (!limited.ok)
		return jsonError(429, `Too many reports. Try again in ${limited.retryAfter} s.`, {
			retryAfter: limited.retryAfter
		});
	let body: unknown;
	try {
		body = await readJsonBody(event, TELEMETRY_MAX_BYTES);
	} catch (error) {
		if (error instanceof DesignError) return jsonError(error.status, error.message);
		throw error;
	}
	const parsed = parseTelemetry(body);
	if (!parsed.ok) return jsonError(400, parsed.message);
	recordTelemetry(parsed.report);
	return new Response(null, { status: 204 });
};
