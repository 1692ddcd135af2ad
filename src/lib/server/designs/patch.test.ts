import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { diffDocuments, type Diff } from '../../plan/diff';
import { LIMITS } from '../../plan/limits';
import { createModel } from '../../plan/records';
import type { CornerId, PlanDocument, WallId } from '../../plan/types';
import type { Db } from '../db';
import { designs, users } from '../db/schema';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../db/test-database';
import { DesignError } from './errors';
import { patchDesign } from './patch';
import { createDesign, getDesign, saveDesign } from './service';
import { rectanglePlan } from './test-plan';

async function makeUser(t: TestDatabase, email: string) {
	const id = crypto.randomUUID();
	await t.database.db.insert(users).values({ id, email, passwordHash: 'x' });
	return id;
}

async function refused(promise: Promise<unknown>): Promise<DesignError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DesignError);
	return error as DesignError;
}

/** A four-wall plan carrying an uploaded model, as the designs this endpoint is for do. */
function planWithModel(): PlanDocument {
	const doc = rectanglePlan('With a model');
	const model = createModel({
		name: 'Lamp',
		format: 'glb',
		data: 'A'.repeat(200_000),
		width: 40,
		depth: 40,
		height: 150,
		triangles: 12
	});
	return { ...doc, models: { [model.id]: model } };
}

const firstWall = (doc: PlanDocument) => Object.keys(doc.walls)[0] as WallId;

function thicken(doc: PlanDocument, thickness: number): PlanDocument {
	const id = firstWall(doc);
	return { ...doc, walls: { ...doc.walls, [id]: { ...doc.walls[id], thickness } } };
}

describe.each(testDatabaseKinds())('PATCH a design with a diff on %s', (kind) => {
	let t: TestDatabase;
	let alice: string;
	let bob: string;
	let db: Db;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
		db = t.database.db;
	}, 60_000);
	afterAll(() => t.destroy());
	beforeEach(async () => {
		await t.reset();
		alice = await makeUser(t, 'alice@example.com');
		bob = await makeUser(t, 'bob@example.com');
	});

	/** The stored row, to show that a refused change left it as it was. */
	const row = async (id: string) => (await db.select().from(designs).where(eq(designs.id, id)))[0];

	it('applies the diff to the stored document and bumps the version', async () => {
		const d = await createDesign(db, alice, 'With a model', planWithModel());
		const edited = thicken(d.document, 30);
		const diff = diffDocuments(d.document, edited);
		// Only the wall travels, not the model.
		expect(JSON.stringify({ diff }).length).toBeLessThan(JSON.stringify(edited).length / 50);
		const saved = await patchDesign(db, alice, d.id, 1, diff);
		expect(saved.version).toBe(2);
		const stored = await getDesign(db, alice, d.id);
		expect(stored.version).toBe(2);
		expect(stored.document).toEqual(edited);
		expect(stored.document.models).toEqual(d.document.models);
		// And the next diff goes on from there.
		const renamed = { ...edited, name: 'Renamed', north: 0.5 };
		expect((await patchDesign(db, alice, d.id, 2, diffDocuments(edited, renamed))).version).toBe(3);
		const again = await getDesign(db, alice, d.id);
		expect(again.document).toEqual(renamed);
		expect(again.name).toBe('Renamed');
	});

	it('adds and deletes records', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const wall = firstWall(d.document);
		const { [wall]: _gone, ...walls } = d.document.walls;
		const edited = { ...d.document, walls, models: planWithModel().models };
		await patchDesign(db, alice, d.id, 1, diffDocuments(d.document, edited));
		const stored = await getDesign(db, alice, d.id);
		expect(stored.document.walls).not.toHaveProperty(wall);
		expect(Object.keys(stored.document.walls)).toHaveLength(3);
		expect(Object.keys(stored.document.models ?? {})).toHaveLength(1);
	});

	it('a stale If-Match gets 409 with the current version and document; nothing changes', async () => {
		const d = await createDesign(db, alice, 'House', planWithModel());
		const theirs = { ...d.document, north: 1 };
		await saveDesign(db, alice, d.id, 1, theirs);
		const before = await row(d.id);
		const error = await refused(
			patchDesign(db, alice, d.id, 1, diffDocuments(d.document, thicken(d.document, 30)))
		);
		expect(error.status).toBe(409);
		expect(error.details).toEqual({ version: 2, document: theirs });
		expect(await row(d.id)).toEqual(before);
	});

	it('a change whose `before` is not the stored record gets 409; nothing changes', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const before = await row(d.id);
		// Made on a copy where the wall was 25 thick: the server has 20.
		const other = thicken(d.document, 25);
		const error = await refused(
			patchDesign(db, alice, d.id, 1, diffDocuments(other, thicken(d.document, 30)))
		);
		expect(error.status).toBe(409);
		expect(error.message).toContain(`walls["${firstWall(d.document)}"]`);
		expect(error.details).toMatchObject({ version: 1, document: d.document });
		expect(await row(d.id)).toEqual(before);

		// Creating a record that already exists, or a name changed from another one, likewise.
		const wall = d.document.walls[firstWall(d.document)];
		const create: Diff = { records: { walls: { [wall.id]: { before: null, after: wall } } } };
		expect((await refused(patchDesign(db, alice, d.id, 1, create))).status).toBe(409);
		const rename: Diff = {
			records: {},
			root: { before: { name: 'Other', north: 0 }, after: { name: 'New', north: 0 } }
		};
		expect((await refused(patchDesign(db, alice, d.id, 1, rename))).status).toBe(409);
		expect(await row(d.id)).toEqual(before);
	});

	it('a malformed diff gets a 422 naming the problem; nothing changes', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const before = await row(d.id);
		const wall = d.document.walls[firstWall(d.document)];
		const bad: [unknown, string][] = [
			[null, 'must be an object'],
			[{ records: 5 }, 'records'],
			[{ records: { pipes: {} } }, 'pipes'],
			[{ records: { walls: { 'wall:x': { before: wall, after: null } } } }, 'must equal its key'],
			[
				{ records: { walls: { [wall.id]: { before: wall, after: { ...wall, thickness: -1 } } } } },
				'thickness'
			]
		];
		for (const [diff, message] of bad) {
			const error = await refused(patchDesign(db, alice, d.id, 1, diff));
			expect(error.status).toBe(422);
			expect(error.message).toMatch(/^The change is not valid: /);
			expect(error.message).toContain(message);
		}
		expect(await row(d.id)).toEqual(before);
	});

	it('a diff that leaves the plan invalid (a wall on a missing corner) gets 422; nothing changes', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const before = await row(d.id);
		const corner = Object.keys(d.document.corners)[0] as CornerId;
		const { [corner]: _gone, ...corners } = d.document.corners;
		const error = await refused(
			patchDesign(db, alice, d.id, 1, diffDocuments(d.document, { ...d.document, corners }))
		);
		expect(error.status).toBe(422);
		expect(error.message).toMatch(/^The plan is not valid: /);
		expect(error.message).toContain(corner);
		expect(await row(d.id)).toEqual(before);
	});

	it('a save landing between loading and writing still gets 409, never an overwrite', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const theirs = { ...d.document, north: 1 };
		// The PATCH has read version 1; the other save runs just before it writes.
		const racing = new Proxy(db, {
			get(target, key) {
				if (key === 'transaction')
					return async (...args: Parameters<Db['transaction']>) => {
						await saveDesign(db, alice, d.id, 1, theirs);
						return target.transaction(...args);
					};
				const value = Reflect.get(target, key);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		const error = await refused(
			patchDesign(racing, alice, d.id, 1, diffDocuments(d.document, thicken(d.document, 30)))
		);
		expect(error.status).toBe(409);
		expect(error.details).toEqual({ version: 2, document: theirs });
		expect((await getDesign(db, alice, d.id)).document).toEqual(theirs);
	});

	it('a diff that grows the document past the PUT body limit gets 413; nothing changes', async () => {
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		const before = await row(d.id);
		const limits = LIMITS as { maxJsonLength: number };
		const limit = limits.maxJsonLength;
		// The real limit is 20 MB; a small one shows the same rule without 20 MB of test data.
		limits.maxJsonLength = JSON.stringify(d.document).length + 1000;
		try {
			const edited = { ...d.document, models: planWithModel().models };
			const error = await refused(
				patchDesign(db, alice, d.id, 1, diffDocuments(d.document, edited))
			);
			expect(error.status).toBe(413);
			expect(error.message).toContain('Too large to save');
			// A small change still fits.
			const small = diffDocuments(d.document, thicken(d.document, 30));
			expect((await patchDesign(db, alice, d.id, 1, small)).version).toBe(2);
		} finally {
			limits.maxJsonLength = limit;
		}
		expect(before.version).toBe(1);
		expect((await row(d.id)).document).toEqual(thicken(d.document, 30));
	});

	it("another account's design is missing (404), as for PUT", async () => {
		const d = await createDesign(db, alice, 'Private', rectanglePlan());
		const diff = diffDocuments(d.document, thicken(d.document, 30));
		expect((await refused(patchDesign(db, bob, d.id, 1, diff))).status).toBe(404);
		expect((await refused(patchDesign(db, bob, 'no-such-design', 1, diff))).status).toBe(404);
		expect((await getDesign(db, alice, d.id)).version).toBe(1);
	});
});
