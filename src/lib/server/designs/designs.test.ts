import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../db/test-database';
import { designRevisions, designs, users } from '../db/schema';
import { DesignError } from './errors';
import {
	createDesign,
	deleteDesign,
	duplicateDesign,
	getDesign,
	listDeletedDesigns,
	listDesigns,
	purgeDeletedDesigns,
	renameDesign,
	restoreDesign,
	saveDesign
} from './service';
import { listRevisions, restoreRevision, saveNamedRevision } from './revisions';
import { createShareLink, openSharedDesign, revokeShareLink } from './sharing';
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

describe.each(testDatabaseKinds())('designs on %s', (kind) => {
	let t: TestDatabase;
	let alice: string;
	let bob: string;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
	});
	afterAll(() => t.destroy());
	beforeEach(async () => {
		await t.reset();
		alice = await makeUser(t, 'alice@example.com');
		bob = await makeUser(t, 'bob@example.com');
	});

	it('creates, lists, renames and duplicates a design with a thumbnail', async () => {
		const created = await createDesign(t.database.db, alice, 'Cottage', rectanglePlan());
		expect(created.version).toBe(1);
		expect(created.thumbnailSvg).toContain('<line');
		await renameDesign(t.database.db, alice, created.id, '  Beach cottage ');
		const copy = await duplicateDesign(t.database.db, alice, created.id);
		const list = await listDesigns(t.database.db, alice);
		expect(list.map((d) => d.name).sort()).toEqual(['Beach cottage', 'Beach cottage (copy)']);
		expect((await getDesign(t.database.db, alice, copy.id)).document.walls).toEqual(
			created.document.walls
		);
		expect(await listDesigns(t.database.db, bob)).toEqual([]);
	});

	it('refuses an invalid document with a 422 naming the path, and stores nothing', async () => {
		const bad = rectanglePlan();
		const wallId = Object.keys(bad.walls)[0] as keyof typeof bad.walls;
		bad.walls[wallId].thickness = -5;
		const error = await refused(createDesign(t.database.db, alice, 'Bad', bad));
		expect(error.status).toBe(422);
		expect(error.message).toContain(`walls["${wallId}"].thickness`);
		expect(await listDesigns(t.database.db, alice)).toEqual([]);
	});

	it('saves with the expected version, and a stale version gets 409 with the current one', async () => {
		const d = await createDesign(t.database.db, alice, 'House', rectanglePlan());
		const next = { ...d.document, name: 'House', north: 1 };
		const saved = await saveDesign(t.database.db, alice, d.id, 1, next);
		expect(saved.version).toBe(2);
		const stale = await refused(
			saveDesign(t.database.db, alice, d.id, 1, { ...d.document, north: 2 })
		);
		expect(stale.status).toBe(409);
		expect(stale.details).toMatchObject({ version: 2, document: { north: 1 } });
		expect((await getDesign(t.database.db, alice, d.id)).document.north).toBe(1);
	});

	it('a failed save never changes the stored design', async () => {
		const d = await createDesign(t.database.db, alice, 'House', rectanglePlan());
		await refused(saveDesign(t.database.db, alice, d.id, 1, { schemaVersion: 2, walls: 'no' }));
		const [row] = await t.database.db.select().from(designs).where(eq(designs.id, d.id));
		expect(row.version).toBe(1);
		expect(row.document).toEqual(d.document);
	});

	it("treats another account's design as missing (404) for every operation", async () => {
		const d = await createDesign(t.database.db, alice, 'Private', rectanglePlan());
		const db = t.database.db;
		const attempts = [
			() => getDesign(db, bob, d.id),
			() => renameDesign(db, bob, d.id, 'Mine now'),
			() => duplicateDesign(db, bob, d.id),
			() => deleteDesign(db, bob, d.id),
			() => restoreDesign(db, bob, d.id),
			() => saveDesign(db, bob, d.id, 1, d.document),
			() => listRevisions(db, bob, d.id),
			() => saveNamedRevision(db, bob, d.id, 'x'),
			() => createShareLink(db, bob, d.id)
		];
		for (const attempt of attempts) expect((await refused(attempt())).status).toBe(404);
		expect((await getDesign(db, alice, d.id)).name).toBe('Private');
	});

	it('soft-deletes, restores within 30 days, and purges after', async () => {
		const d = await createDesign(t.database.db, alice, 'Old', rectanglePlan());
		await deleteDesign(t.database.db, alice, d.id);
		expect(await listDesigns(t.database.db, alice)).toEqual([]);
		expect((await listDeletedDesigns(t.database.db, alice)).map((x) => x.id)).toEqual([d.id]);
		await restoreDesign(t.database.db, alice, d.id);
		expect((await listDesigns(t.database.db, alice)).map((x) => x.id)).toEqual([d.id]);

		await deleteDesign(t.database.db, alice, d.id);
		const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
		await t.database.db.update(designs).set({ deletedAt: longAgo }).where(eq(designs.id, d.id));
		expect((await refused(restoreDesign(t.database.db, alice, d.id))).status).toBe(404);
		expect(await purgeDeletedDesigns(t.database.db)).toBe(1);
		expect(await t.database.db.select().from(designs)).toEqual([]);
	});

	it('keeps revisions: autosave at most every few minutes, named on demand, restore adds one', async () => {
		const db = t.database.db;
		const d = await createDesign(db, alice, 'House', rectanglePlan());
		await saveDesign(db, alice, d.id, 1, { ...d.document, north: 0.5 });
		await saveDesign(db, alice, d.id, 2, { ...d.document, north: 0.7 });
		// Created + nothing more: both saves fell inside the autosave interval.
		expect((await listRevisions(db, alice, d.id)).length).toBe(1);

		const named = await saveNamedRevision(db, alice, d.id, 'Before the extension');
		expect(named.version).toBe(3);
		const created = (await listRevisions(db, alice, d.id)).find((r) => r.name === 'Created')!;
		const restored = await restoreRevision(db, alice, d.id, created.id);
		expect(restored.version).toBe(4);
		expect((await getDesign(db, alice, d.id)).document.north).toBe(0);
		const names = (await listRevisions(db, alice, d.id)).map((r) => r.name);
		expect(names).toContain('Before restoring');
		expect(names).toContain('Restored Created');
		// Nothing destroyed: the state before the restore is still there.
		const all = await db.select().from(designRevisions).where(eq(designRevisions.designId, d.id));
		expect(all.some((r) => r.document.north === 0.7)).toBe(true);
	});

	it('opens a design by share link until the link is revoked', async () => {
		const db = t.database.db;
		const d = await createDesign(db, alice, 'Shared', rectanglePlan());
		const link = await createShareLink(db, alice, d.id);
		expect(link.token).toMatch(/^[a-z2-7]{32}$/);
		expect((await openSharedDesign(db, link.token)).id).toBe(d.id);
		// A different last character (never the same one: that would be the real token).
		const wrong = link.token.slice(0, -1) + (link.token.endsWith('a') ? 'b' : 'a');
		expect((await refused(openSharedDesign(db, wrong))).status).toBe(404);
		await revokeShareLink(db, alice, d.id, link.id);
		expect((await refused(openSharedDesign(db, link.token))).status).toBe(404);
	});
});
