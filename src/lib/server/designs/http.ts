import { json, type RequestEvent } from '@sveltejs/kit';
import { LIMITS } from '../../plan/limits';
import { DesignError, tooLarge } from './errors';

/** JSON error bodies look alike everywhere: `{ error: message, ...details }`. */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
	return json({ error: message, ...extra }, { status });
}

/**
 * SvelteKit's CSRF check covers form posts only; JSON endpoints that change data check that
 * the request comes from this site's own pages.
 */
export function sameOrigin(event: RequestEvent): boolean {
	const origin = event.request.headers.get('origin');
	return origin !== null && origin === event.url.origin;
}

/** Reads a JSON body of at most the plan size limit: 413 past it, 400 when malformed. */
export async function readJsonBody(
	event: RequestEvent,
	limit: number = LIMITS.maxJsonLength
): Promise<unknown> {
	const type = event.request.headers.get('content-type') ?? '';
	if (!type.startsWith('application/json'))
		throw new DesignError(400, 'Send the body as application/json.');
	const declared = Number(event.request.headers.get('content-length') ?? NaN);
	if (declared > limit) throw tooLarge(limit);
	const reader = event.request.body?.getReader();
	if (!reader) throw new DesignError(400, 'The body is empty.');
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw tooLarge(limit);
		}
		chunks.push(value);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	try {
		return JSON.parse(text);
	} catch {
		throw new DesignError(400, 'The body is not valid JSON.');
	}
}

/** `If-Match: 3` or `If-Match: "3"` → 3. */
export function expectedVersion(event: RequestEvent): number {
	const raw = event.request.headers.get('if-match')?.replace(/^W\//, '').replace(/"/g, '').trim();
	if (!raw) throw new DesignError(400, 'Send the version you edited in If-Match.');
	const version = Number(raw);
	if (!Number.isInteger(version) || version < 1)
		throw new DesignError(400, 'If-Match must be the design version, a whole number.');
	return version;
}

export function designErrorResponse(error: DesignError) {
	if (error.status === 409)
		return jsonError(409, error.message, error.details as Record<string, unknown>);
	if (error.status === 422) return jsonError(422, error.message, { errors: error.details });
	return jsonError(error.status, error.message);
}
