import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CornerId, PlanDocument } from '../../plan/types';
import { users } from '../db/schema';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../db/test-database';
import { DesignError } from './errors';
import { createDesign, getDesign, saveDesign } from './service';
import { rectanglePlan } from './test-plan';

/**
 * Saves racing on one design: the version check in `saveDesign` must let exactly one of them
 * through and tell every other one what it lost to, on PGlite and on PostgreSQL (where the
 * saves really run in parallel on the connection pool).
 */

const RACERS = 20;

type Outcome =
	| { ok: true; version: number }
	| { ok: false; status: number; version: number; document: PlanDocument };

async function attempt(
	t: TestDatabase,
	owner: string,
	id: string,
	expected: number,
	doc: PlanDocument
): Promise<Outcome> {
	try {
		const saved = await saveDesign(t.database.db, owner, id, expected, doc);
		return { ok: true, version: saved.version };
	} catch (error) {
		if (!(error instanceof DesignError)) throw error;
		const current = error.details as { version: number; document: PlanDocument };
		return { ok: false, status: error.status, ...current };
	}
}

const clone = (doc: PlanDocument): PlanDocument => structuredClone(doc);

describe.each(testDatabaseKinds())('concurrent saves on %s', (kind) => {
	let t: TestDatabase;
	let owner: string;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
	}, 60_000);
	afterAll(() => t.destroy());
	beforeEach(async () => {
		await t.reset();
		owner = crypto.randomUUID();
		await t.database.db
			.insert(users)
			.values({ id: owner, email: 'racer@example.com', passwordHash: 'x' });
	});

	it(`lets exactly one of ${RACERS} saves from the same version win; the rest get 409 with the winner`, async () => {
		const design = await createDesign(t.database.db, owner, 'Race', rectanglePlan('Race'));
		const docs = Array.from({ length: RACERS }, (_, i) => ({
			...clone(design.document),
			north: (i + 1) / 100
		}));

		const outcomes = await Promise.all(docs.map((doc) => attempt(t, owner, design.id, 1, doc)));

		const winners = outcomes.flatMap((o, i) => (o.ok ? [i] : []));
		expect(winners).toHaveLength(1);
		const winner = winners[0];
		expect(outcomes[winner]).toEqual({ ok: true, version: 2 });
		for (const [i, outcome] of outcomes.entries()) {
			if (i === winner) continue;
			expect(outcome).toMatchObject({ ok: false, status: 409, version: 2 });
			expect((outcome as { document: PlanDocument }).document).toEqual(docs[winner]);
		}
		const stored = await getDesign(t.database.db, owner, design.id);
		expect(stored.version).toBe(2);
		expect(stored.document).toEqual(docs[winner]);
	});

	it('two tabs racing with the versions they know never lose an accepted save', async () => {
		const design = await createDesign(t.database.db, owner, 'Tabs', rectanglePlan('Tabs'));
		const [cornerA, cornerB] = Object.keys(design.document.corners) as CornerId[];
		// Each tab edits its own corner and keeps its edit across a conflict: on a 409 it takes the
		// server's document and version and applies its edit again, like the editor's "keep mine".
		const tabs = [
			{ corner: cornerA, axis: 'x' as const, version: 1, doc: clone(design.document) },
			{ corner: cornerB, axis: 'y' as const, version: 1, doc: clone(design.document) }
		];
		// What each tab last got accepted for its corner: a later save must never undo it.
		const lastAccepted = tabs.map((tab) => design.document.corners[tab.corner][tab.axis]);
		const accepted: { version: number; doc: PlanDocument }[] = [];

		for (let round = 1; round <= 12; round++) {
			// Odd rounds: both tabs save at once; even rounds: one after the other.
			const sending = tabs.map((tab) => {
				const doc = clone(tab.doc);
				doc.corners[tab.corner][tab.axis] = 1000 + round;
				return doc;
			});
			const send = (i: number) => attempt(t, owner, design.id, tabs[i].version, sending[i]);
			const outcomes =
				round % 2 === 1 ? await Promise.all([send(0), send(1)]) : [await send(0), await send(1)];

			for (const [i, outcome] of outcomes.entries()) {
				const tab = tabs[i];
				if (outcome.ok) {
					lastAccepted[i] = sending[i].corners[tab.corner][tab.axis];
					accepted.push({ version: outcome.version, doc: sending[i] });
					tab.version = outcome.version;
					tab.doc = sending[i];
				} else {
					expect(outcome.status).toBe(409);
					expect(outcome.version).toBeGreaterThan(tab.version);
					tab.version = outcome.version;
					tab.doc = clone(outcome.document);
				}
			}
			// The stored design is always the last accepted save, at its version.
			const stored = await getDesign(t.database.db, owner, design.id);
			const last = accepted.at(-1)!;
			expect(stored.version).toBe(last.version);
			expect(stored.document).toEqual(last.doc);
			tabs.forEach((tab, i) => {
				expect(stored.document.corners[tab.corner][tab.axis]).toBe(lastAccepted[i]);
			});
		}

		// Accepted versions run 2, 3, 4, … with no gap and no repeat.
		expect(accepted.map((a) => a.version)).toEqual(accepted.map((_, i) => i + 2));
		// The concurrent rounds did conflict (otherwise this test proves nothing).
		expect(accepted.length).toBeLessThan(2 * 12);
	});
});
