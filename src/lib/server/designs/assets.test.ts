/**
 * Designs keep their uploaded models and trace images on the server, and a save that breaks a
 * cap is refused (422, naming the path and the rule) without changing what is stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../db/test-database';
import { designs, users } from '../db/schema';
import { LIMITS } from '../../plan/limits';
import { createBackground, createFurniture, createModel } from '../../plan/records';
import type { LevelId, PlanDocument } from '../../plan/types';
import { DesignError } from './errors';
import { createDesign, getDesign, saveDesign } from './service';
import { rectanglePlan } from './test-plan';

const zeros = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);

function withAssets(doc: PlanDocument, modelBytes = 3000): PlanDocument {
	const level = Object.keys(doc.levels)[0] as LevelId;
	const model = createModel({
		name: 'Lamp',
		format: 'glb',
		data: zeros(modelBytes),
		width: 40,
		depth: 35,
		height: 150,
		triangles: 12
	});
	const piece = createFurniture({ level, catalogId: model.id, x: 100, y: 100 });
	const bg = createBackground({
		level,
		mime: 'image/png',
		data: zeros(3000),
		pixelWidth: 400,
		pixelHeight: 200,
		cmPerPixel: 2,
		x: 0,
		y: 0,
		rotation: 0,
		opacity: 0.5,
		visible: true
	});
	return {
		...doc,
		furniture: { ...doc.furniture, [piece.id]: piece },
		models: { ...doc.models, [model.id]: model },
		backgrounds: { [bg.id]: bg }
	};
}

describe.each(testDatabaseKinds())('design files on %s', (kind) => {
	let t: TestDatabase;
	let alice: string;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
	});
	afterAll(() => t.destroy());
	beforeEach(async () => {
		await t.reset();
		alice = crypto.randomUUID();
		await t.database.db
			.insert(users)
			.values({ id: alice, email: 'a@example.com', passwordHash: 'x' });
	});

	it('keeps models and trace images, and refuses an oversized model leaving the design as it was', async () => {
		const d = await createDesign(t.database.db, alice, 'House', rectanglePlan());
		const kept = withAssets(d.document);
		await saveDesign(t.database.db, alice, d.id, 1, kept);
		const saved = await getDesign(t.database.db, alice, d.id);
		expect(saved.version).toBe(2);
		expect(saved.document.models).toEqual(kept.models);
		expect(saved.document.backgrounds).toEqual(kept.backgrounds);

		const tooBig = withAssets(saved.document, LIMITS.maxModelBytes + 300_000);
		const error = await saveDesign(t.database.db, alice, d.id, 2, tooBig).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(DesignError);
		expect((error as DesignError).status).toBe(422);
		const big = Object.keys(tooBig.models!).find((id) => !(id in kept.models!))!;
		expect((error as DesignError).details).toContainEqual({
			path: `models["${big}"].data`,
			message: 'must be at most 5.0 MB (it is 5.3 MB)'
		});
		const [row] = await t.database.db.select().from(designs).where(eq(designs.id, d.id));
		expect(row.version).toBe(2);
		expect(row.document).toEqual(saved.document);
	});
});
