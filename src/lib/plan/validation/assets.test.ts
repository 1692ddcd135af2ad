import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../document';
import { LIMITS } from '../limits';
import { createBackground, createFurniture, createModel } from '../records';
import { removeRecords, runCommand } from '../commands';
import { formatValidationError, validateDocument } from '../validate';
import type { Background, LevelId, PlanDocument, UploadedModel } from '../types';

/** Base64 of `bytes` zero bytes (length a multiple of 4 when bytes is a multiple of 3). */
const zeros = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);

function model(fields: Partial<UploadedModel> = {}): UploadedModel {
	return createModel({
		name: 'Lamp',
		format: 'glb',
		data: zeros(3000),
		width: 40,
		depth: 40,
		height: 150,
		triangles: 12,
		...fields
	});
}

function background(level: LevelId | null, fields: Partial<Background> = {}): Background {
	return createBackground({
		level,
		mime: 'image/png',
		data: zeros(3000),
		pixelWidth: 800,
		pixelHeight: 600,
		cmPerPixel: 2,
		x: 0,
		y: 0,
		rotation: 0,
		opacity: 0.5,
		visible: true,
		...fields
	});
}

function docWith(models: UploadedModel[], backgrounds: Background[] = []): PlanDocument {
	const doc = createEmptyDocument('Assets');
	const level = Object.keys(doc.levels)[0] as LevelId;
	doc.models = Object.fromEntries(models.map((m) => [m.id, m]));
	doc.backgrounds = Object.fromEntries(
		backgrounds.map((b) => [b.id, { ...b, level: b.level && level }])
	);
	for (const m of models) {
		const f = createFurniture({ level, catalogId: m.id, x: 0, y: 0, name: m.name });
		doc.furniture[f.id] = f;
	}
	return doc;
}

const messages = (input: unknown) => {
	const r = validateDocument(input);
	return r.ok ? [] : r.errors.map(formatValidationError);
};

describe('models and trace images in the document', () => {
	it('accepts a document with a model used by a piece and a trace image', () => {
		const doc = docWith([model()], [background('level:x')]);
		const r = validateDocument(doc);
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (r.ok) expect(r.doc).toEqual(doc);
	});

	it('refuses a model over the per-model size, naming the path and the sizes', () => {
		const big = model({ data: zeros(LIMITS.maxModelBytes + 300_000) });
		const doc = docWith([big]);
		const before = structuredClone(doc);
		expect(messages(doc)).toEqual([
			`models["${big.id}"].data: must be at most 5.0 MB (it is 5.3 MB)`
		]);
		expect(doc).toEqual(before); // the input is not touched
	});

	it('refuses more models than the cap and more bytes than the total cap', () => {
		const many = Array.from({ length: LIMITS.maxModels + 1 }, () => model());
		expect(messages(docWith(many))).toEqual([
			`models: must hold at most ${LIMITS.maxModels} models (it holds ${LIMITS.maxModels + 1})`
		]);
		const heavy = [0, 1, 2].map(() => model({ data: zeros(4 * 1024 * 1024) }));
		expect(messages(docWith(heavy, [background('level:x', { data: zeros(1024 * 1024) })]))).toEqual(
			['document: models and trace images must total at most 12.0 MB (they total 13.0 MB)']
		);
	});

	it('refuses long names, data that is not base64, and a bad format', () => {
		const m = model({ name: 'x'.repeat(LIMITS.maxModelNameLength + 1) });
		const bad = model({ data: 'not base64!' });
		const wrong = { ...model(), format: 'fbx' } as unknown as UploadedModel;
		expect(messages(docWith([m, bad, wrong])).sort()).toEqual(
			[
				`models["${m.id}"].name: must be at most ${LIMITS.maxModelNameLength} characters`,
				`models["${bad.id}"].data: must be base64 data`,
				`models["${wrong.id}"].format: must be one of "glb", "gltf"`
			].sort()
		);
	});

	it('refuses a model keyed by another id and a key without the model: prefix', () => {
		const m = model();
		const doc = docWith([]);
		doc.models = { 'model:other': m, 'wall:x': { ...m, id: 'wall:x' } } as never;
		expect(messages(doc)).toEqual([
			`models["model:other"].id: must equal its key "model:other"`,
			expect.stringMatching(/^models\["wall:x"\]: has a bad key/)
		]);
	});

	it('caps trace images: size, count, one per level, a known level, raster types only', () => {
		const huge = background('level:x', { data: zeros(LIMITS.maxBackgroundBytes + 3) });
		// Just over: the message still says which rule (sizes shown to 0.1 MB).
		expect(messages(docWith([], [huge]))).toEqual([
			`backgrounds["${huge.id}"].data: must be at most 4.0 MB (it is 4.0 MB)`
		]);
		const [a, b] = [background('level:x'), background('level:x')];
		expect(messages(docWith([], [a, b]))).toEqual([
			`backgrounds["${b.id}"].level: has a trace image already (${a.id})`
		]);
		const lost = background('level:x');
		const doc = docWith([], [lost]);
		doc.backgrounds![lost.id].level = 'level:gone';
		expect(messages(doc)).toEqual([
			`backgrounds["${lost.id}"].level: must name an existing level or be null (level:gone does not exist)`
		]);
		const svg = { ...background(null), mime: 'image/svg+xml' } as unknown as Background;
		expect(messages(docWith([], [svg]))).toEqual([
			`backgrounds["${svg.id}"].mime: must be one of "image/png", "image/jpeg", "image/webp"`
		]);
		const many = Array.from({ length: LIMITS.maxBackgrounds + 1 }, () => background(null));
		expect(messages(docWith([], many))).toContain(
			`backgrounds: must hold at most ${LIMITS.maxBackgrounds} images (it holds ${LIMITS.maxBackgrounds + 1})`
		);
	});

	it('removes a model with the last piece that uses it, and undo brings both back', () => {
		const m = model();
		const doc = docWith([m]);
		const level = Object.keys(doc.levels)[0] as LevelId;
		const [first] = Object.values(doc.furniture);
		const second = createFurniture({ level, catalogId: m.id, x: 200, y: 0 });
		doc.furniture[second.id] = second;
		const once = runCommand(doc, removeRecords([first.id]));
		expect(once.doc.models?.[m.id]).toEqual(m); // still used by the second piece
		const twice = runCommand(once.doc, removeRecords([second.id]));
		expect(twice.doc.models).toEqual({});
		expect(twice.diff.records.models?.[m.id]).toEqual({ before: m, after: null });
	});

	it('removes a level with its trace image', () => {
		const doc = docWith([], [background('level:x')]);
		const level = Object.keys(doc.levels)[0] as LevelId;
		const r = runCommand(doc, removeRecords([level]));
		expect(r.doc.backgrounds).toEqual({});
	});
});
