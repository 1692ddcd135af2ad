import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { diffDocuments } from '$lib/plan/diff';
import { closeCache, getCache, initCache } from '$lib/server/cache';
import { RULES, hit } from '$lib/server/auth/rate-limit';
import { parseConfig } from '$lib/server/config';
import { closeDatabase, getDatabase, initDatabase } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { createDesign, getDesign } from '$lib/server/designs/service';
import { rectanglePlan } from '$lib/server/designs/test-plan';
import type { PlanDocument, WallId } from '$lib/plan/types';
import { PATCH, PUT } from './+server';

// The autosave endpoints wired to the process's services, as the init hook opens them.
const ORIGIN = 'http://localhost:3000';

type Handler = typeof PUT;
type Call = {
	user?: string | null;
	id: string;
	body: unknown;
	ifMatch?: string | null;
	origin?: string | null;
};

async function call(handler: Handler, { user, id, body, ifMatch = '"1"', origin = ORIGIN }: Call) {
	const headers = new Headers({ 'content-type': 'application/json' });
	if (ifMatch) headers.set('if-match', ifMatch);
	if (origin) headers.set('origin', origin);
	const url = new URL(`/api/designs/${id}`, ORIGIN);
	const request = new Request(url, {
		method: handler === PUT ? 'PUT' : 'PATCH',
		headers,
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	const event = {
		request,
		url,
		params: { id },
		locals: { user: user ? { id: user, email: `${user}@example.com` } : null }
	} as unknown as Parameters<Handler>[0];
	const response = await handler(event);
	return {
		status: response.status,
		body: await response.json(),
		etag: response.headers.get('etag')
	};
}

function thicken(doc: PlanDocument, thickness: number): PlanDocument {
	const id = Object.keys(doc.walls)[0] as WallId;
	return { ...doc, walls: { ...doc.walls, [id]: { ...doc.walls[id], thickness } } };
}

describe('PUT and PATCH /api/designs/[id]', () => {
	let alice: string;
	let bob: string;
	let design: { id: string; document: PlanDocument };
	beforeAll(async () => {
		const config = parseConfig({ DATA_DIR: 'memory://designs-route' });
		await initDatabase(config);
		await initCache(config);
	}, 120_000);
	afterAll(async () => {
		await closeCache();
		await closeDatabase();
	});
	beforeEach(async () => {
		const db = getDatabase().db;
		alice = crypto.randomUUID();
		bob = crypto.randomUUID();
		await db.insert(users).values([
			{ id: alice, email: `${alice}@example.com`, passwordHash: 'x' },
			{ id: bob, email: `${bob}@example.com`, passwordHash: 'x' }
		]);
		design = await createDesign(db, alice, 'House', rectanglePlan());
	});

	const patchBody = () => ({ diff: diffDocuments(design.document, thicken(design.document, 30)) });
	const stored = () => getDesign(getDatabase().db, alice, design.id);

	it('PATCH applies the diff: 200 with the new version, as PUT answers', async () => {
		const patched = await call(PATCH, { user: alice, id: design.id, body: patchBody() });
		expect(patched).toMatchObject({ status: 200, body: { version: 2 }, etag: '"2"' });
		expect((await stored()).document).toEqual(thicken(design.document, 30));
		const put = await call(PUT, {
			user: alice,
			id: design.id,
			body: thicken(design.document, 12),
			ifMatch: '"2"'
		});
		expect(put).toMatchObject({ status: 200, body: { version: 3 }, etag: '"3"' });
	});

	it('a stale If-Match: 409 with { error, version, document } from both', async () => {
		await call(PUT, { user: alice, id: design.id, body: { ...design.document, north: 1 } });
		for (const [handler, body] of [
			[PATCH, patchBody()],
			[PUT, thicken(design.document, 30)]
		] as const) {
			const answer = await call(handler, { user: alice, id: design.id, body });
			expect(answer.status).toBe(409);
			expect(answer.body).toEqual({
				error: 'This design was changed elsewhere.',
				version: 2,
				document: { ...design.document, north: 1 }
			});
		}
		expect((await stored()).document.north).toBe(1);
	});

	it('refuses the same requests PUT refuses, with the same codes', async () => {
		const cases: [string, Omit<Call, 'body'>, number][] = [
			['signed out', { user: null, id: design.id }, 401],
			['another site', { user: alice, id: design.id, origin: 'https://evil.example' }, 403],
			['no origin', { user: alice, id: design.id, origin: null }, 403],
			["another account's design", { user: bob, id: design.id }, 404],
			['no such design', { user: alice, id: 'missing' }, 404],
			['no If-Match', { user: alice, id: design.id, ifMatch: null }, 400],
			['a bad If-Match', { user: alice, id: design.id, ifMatch: '"x"' }, 400]
		];
		for (const [what, request, status] of cases) {
			const put = await call(PUT, { ...request, body: thicken(design.document, 30) });
			const patch = await call(PATCH, { ...request, body: patchBody() });
			expect([what, put.status, patch.status]).toEqual([what, status, status]);
			expect(typeof patch.body.error).toBe('string');
		}
		expect((await stored()).version).toBe(1);
	});

	it('PATCH without { diff }, or with a body that is not JSON: 400 with a message', async () => {
		const noDiff = await call(PATCH, { user: alice, id: design.id, body: design.document });
		expect(noDiff).toMatchObject({
			status: 400,
			body: { error: 'Send the change as { "diff": … }.' }
		});
		const notJson = await call(PATCH, { user: alice, id: design.id, body: '{"diff":' });
		expect(notJson).toMatchObject({ status: 400, body: { error: 'The body is not valid JSON.' } });
		const malformed = await call(PATCH, {
			user: alice,
			id: design.id,
			body: { diff: { records: 5 } }
		});
		expect(malformed.status).toBe(422);
		expect(malformed.body.error).toMatch(/^The change is not valid: /);
		expect((await stored()).version).toBe(1);
	});

	it('PATCH counts against the same write limit as PUT: 429 with retryAfter', async () => {
		for (let i = 0; i < RULES.writesAccount.limit; i++)
			await hit(getCache(), RULES.writesAccount, alice);
		const patch = await call(PATCH, { user: alice, id: design.id, body: patchBody() });
		expect(patch.status).toBe(429);
		expect(patch.body.retryAfter).toBeGreaterThan(0);
		expect((await call(PUT, { user: alice, id: design.id, body: design.document })).status).toBe(
			429
		);
		expect((await stored()).version).toBe(1);
	});
});
