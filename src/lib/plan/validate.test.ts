import { describe, expect, it } from 'vitest';
import v1House from './fixtures/v1-house.json';
import { createEmptyDocument } from './document';
import { createCorner, createOpening, createWall } from './records';
import { LIMITS } from './limits';
import { formatValidationError, validateDocument, validateDocumentJson } from './validate';
import { SCHEMA_VERSION, type PlanDocument } from './types';

/** A valid document with one 400 cm wall and a window on it. */
function smallDoc(): PlanDocument {
	const doc = createEmptyDocument('Test');
	const level = Object.keys(doc.levels)[0] as keyof PlanDocument['levels'];
	const a = createCorner({ level, x: 0, y: 0 });
	const b = createCorner({ level, x: 400, y: 0 });
	const wall = createWall({ level, start: a.id, end: b.id });
	const win = createOpening({ wall: wall.id, kind: 'window', offset: 200 });
	doc.corners = { [a.id]: a, [b.id]: b };
	doc.walls = { [wall.id]: wall };
	doc.openings = { [win.id]: win };
	return doc;
}

const messages = (input: unknown) => {
	const r = validateDocument(input);
	return r.ok ? [] : r.errors.map(formatValidationError);
};

describe('validateDocument', () => {
	it('accepts a valid document and returns an equal copy', () => {
		const doc = smallDoc();
		const r = validateDocument(doc);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.doc).toEqual(doc);
			expect(r.doc).not.toBe(doc);
		}
	});

	it('drops fields it does not know, so they are never stored', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		const r = validateDocument({
			...doc,
			owner: 'someone',
			walls: { [wall.id]: { ...wall, script: '<x>' } }
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.doc).not.toHaveProperty('owner');
		expect(r.doc.walls[wall.id]).toEqual(wall);
	});

	it('names the path and the rule', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		wall.thickness = 0;
		expect(messages(doc)).toEqual([`walls[${JSON.stringify(wall.id)}].thickness: must be > 0`]);
	});

	it('refuses non-finite numbers, wrong types and missing fields', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0] as unknown as Record<string, unknown>;
		const corner = Object.values(doc.corners)[0] as unknown as Record<string, unknown>;
		wall.height = NaN;
		corner.x = Infinity;
		delete wall.finishLeft;
		wall.finishRight = 3;
		const m = messages(doc);
		expect(m).toContain(`walls[${JSON.stringify(wall.id)}].height: must be a finite number`);
		expect(m).toContain(`corners[${JSON.stringify(corner.id)}].x: must be a finite number`);
		expect(m).toContain(`walls[${JSON.stringify(wall.id)}].finishLeft: is required`);
		expect(m).toContain(`walls[${JSON.stringify(wall.id)}].finishRight: must be a string`);
	});

	it('enforces maxima', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		wall.thickness = 501;
		wall.height = 10_001;
		doc.name = 'x'.repeat(LIMITS.maxNameLength + 1);
		const m = messages(doc);
		expect(m).toContain(`walls[${JSON.stringify(wall.id)}].thickness: must be ≤ 500`);
		expect(m).toContain(`walls[${JSON.stringify(wall.id)}].height: must be ≤ 10000`);
		expect(m).toContain(`name: must be at most ${LIMITS.maxNameLength} characters`);
	});

	it('checks that ids match their prefix and their key', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		const corner = Object.values(doc.corners)[0];
		const walls = doc.walls as Record<string, unknown>;
		walls['corner:x'] = { ...wall, id: 'corner:x' };
		walls['wall:bad key'] = { ...wall, id: 'wall:bad key' };
		(doc.corners as Record<string, unknown>)[corner.id] = { ...corner, id: 'corner:other' };
		const m = messages(doc);
		expect(m).toContain(
			'walls["corner:x"]: has a bad key: must be an id like "wall:abc123" (letters, digits, _ or -, at most 100 characters)'
		);
		expect(m.some((e) => e.startsWith('walls["wall:bad key"]: has a bad key'))).toBe(true);
		expect(m).toContain(
			`corners[${JSON.stringify(corner.id)}].id: must equal its key ${JSON.stringify(corner.id)}`
		);
	});

	it('requires references to exist and to stay on one level', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		const opening = Object.values(doc.openings)[0];
		const [a] = Object.values(doc.corners);
		doc.levels['level:upper'] = { ...Object.values(doc.levels)[0], id: 'level:upper', order: 1 };
		a.level = 'level:upper';
		opening.wall = 'wall:gone';
		doc.furniture['furniture:f'] = {
			id: 'furniture:f',
			level: 'level:nowhere',
			catalogId: 'chair:basic',
			name: '',
			x: 0,
			y: 0,
			rotation: 0,
			width: 50,
			depth: 50,
			height: 90,
			elevation: 0,
			color: null,
			material: null,
			mirrored: false
		};
		const m = messages(doc);
		expect(m).toContain(
			`walls[${JSON.stringify(wall.id)}].start: must be a corner on the wall's level ${wall.level}`
		);
		expect(m).toContain(
			`openings[${JSON.stringify(opening.id)}].wall: must name an existing wall (wall:gone does not exist)`
		);
		expect(m).toContain(
			`furniture["furniture:f"].level: must name an existing level (level:nowhere does not exist)`
		);
	});

	it('requires openings to fit in and under their wall, without overlapping', () => {
		const doc = smallDoc();
		const opening = Object.values(doc.openings)[0];
		opening.offset = 350; // 350 + 60 > 400
		expect(messages(doc)).toEqual([
			`openings[${JSON.stringify(opening.id)}]: must fit within its wall: offset 350 ± 60 is outside [0, 400]`
		]);
		opening.offset = 340; // 340 + 60 = 400: touching the end is allowed
		expect(messages(doc)).toEqual([]);
		const second = { ...opening, id: 'opening:second' as const, offset: 60 };
		const wide = { ...opening, id: 'opening:wide' as const, offset: 200, width: 280 };
		doc.openings = { [second.id]: second, [wide.id]: wide, [opening.id]: opening };
		const m = messages(doc);
		expect(m).toContain(
			`openings["opening:wide"]: must not overlap opening:second on the same wall`
		);
		expect(m).toContain(
			`openings[${JSON.stringify(opening.id)}]: must not overlap opening:wide on the same wall`
		);
		doc.openings = { [opening.id]: { ...opening, sill: 200 } };
		expect(messages(doc)).toEqual([
			`openings[${JSON.stringify(opening.id)}]: must fit under its wall: sill + height 320 > 250`
		]);
	});

	it('bounds arc extents, sizes and duplicate straight walls', () => {
		const doc = smallDoc();
		const wall = Object.values(doc.walls)[0];
		const key = JSON.stringify(wall.id);
		doc.openings = {};
		wall.arcExtent = 0.001;
		expect(messages(doc)).toEqual([
			`walls[${key}].arcExtent: must be 0 (straight) or at least 0.01 in magnitude`
		]);
		wall.arcExtent = -5;
		expect(messages(doc)).toEqual([
			`walls[${key}].arcExtent: must be at most 4.7124 (¾ turn) in magnitude`
		]);
		wall.arcExtent = -Math.PI;
		expect(messages(doc)).toEqual([]);
		wall.arcExtent = null;
		wall.thickness = 5e-324;
		expect(messages(doc)).toEqual([`walls[${key}].thickness: must be at least 0.1 (1 mm)`]);
		wall.thickness = 20;
		doc.walls['wall:twin'] = { ...wall, id: 'wall:twin', start: wall.end, end: wall.start };
		expect(messages(doc)).toEqual([`walls["wall:twin"]: joins the same corners as ${wall.id}`]);
		doc.walls['wall:twin'].arcExtent = 1; // a curved wall may join the same corners
		expect(messages(doc)).toEqual([]);
	});

	it('bounds nesting depth and the number of values', () => {
		let deep: unknown = 1;
		for (let i = 0; i < LIMITS.maxDepth + 2; i++) deep = [deep];
		expect(messages({ ...smallDoc(), extra: deep })[0]).toMatch(
			/^extra(\[0\])+: is nested too deeply/
		);
		const wide = { ...smallDoc(), extra: new Array(LIMITS.maxNodes).fill(0) };
		expect(messages(wide)).toEqual([
			`document: is too large (more than ${LIMITS.maxNodes} values)`
		]);
	});

	it('refuses walls of (almost) zero length and walls from a corner to itself', () => {
		const doc = smallDoc();
		const [a, b] = Object.values(doc.corners);
		b.x = a.x + 0.5;
		doc.openings = {};
		const wall = Object.values(doc.walls)[0];
		expect(messages(doc)).toEqual([
			`walls[${JSON.stringify(wall.id)}]: must be at least 1 cm long (it is 0.5 cm)`
		]);
		wall.end = wall.start;
		expect(messages(doc)).toEqual([
			`walls[${JSON.stringify(wall.id)}].end: must differ from start`
		]);
	});

	it('refuses prototype-polluting keys, cycles, class instances and non-objects, never throwing', () => {
		expect(messages(null)).toEqual(['document: must be an object']);
		expect(messages([])).toEqual(['document: must be an object']);
		expect(messages(42)).toEqual(['document: must be an object']);
		const polluted = validateDocumentJson(
			JSON.stringify(smallDoc()).replace('"corners":{', '"corners":{"__proto__":{"x":1},')
		);
		expect(polluted.ok).toBe(false);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
		if (!polluted.ok)
			expect(formatValidationError(polluted.errors[0])).toBe(
				'corners.__proto__: is a forbidden key'
			);
		const cyclic = smallDoc() as unknown as Record<string, unknown>;
		cyclic.self = cyclic;
		expect(messages(cyclic)).toEqual(['self: refers back to itself']);
		expect(messages({ ...smallDoc(), when: new Date() })).toEqual(['when: must be a plain object']);
		const hostile = new Proxy(
			{},
			{
				ownKeys() {
					throw new Error('boom');
				}
			}
		);
		expect(messages(hostile)).toEqual(['document: could not be read as plain data']);
		expect(messages({ ...smallDoc(), f: () => 1 })).toEqual([
			'f: must be JSON data, not a function'
		]);
	});

	it('refuses too many records before looking inside them', () => {
		const doc = smallDoc() as unknown as Record<string, Record<string, unknown>>;
		const many: Record<string, unknown> = {};
		for (let i = 0; i <= LIMITS.maxRecords; i++) many[`label:l${i}`] = 0;
		doc.labels = many; // plus the 5 records of smallDoc
		expect(messages(doc)).toEqual([
			`document: has ${LIMITS.maxRecords + 6} records; at most ${LIMITS.maxRecords} are allowed`
		]);
	});

	it('refuses JSON text that is too long or malformed', () => {
		const r = validateDocumentJson('{"schemaVersion":');
		expect(r.ok).toBe(false);
		const long = validateDocumentJson(' '.repeat(LIMITS.maxJsonLength + 1));
		expect(long.ok ? '' : long.errors[0].message).toMatch(/at most/);
	});

	it('caps the number of errors it reports', () => {
		const doc = smallDoc();
		for (let i = 0; i < 300; i++)
			(doc.labels as Record<string, unknown>)[`label:l${i}`] = { id: `label:l${i}` };
		const r = validateDocument(doc);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toHaveLength(LIMITS.maxErrors + 1);
			expect(r.errors.at(-1)!.message).toMatch(/^and \d+ more errors$/);
		}
	});

	it('migrates a stored version-1 document before validating it', () => {
		const r = validateDocument(v1House);
		expect(r.ok ? [] : r.errors.map(formatValidationError)).toEqual([]);
		if (r.ok) expect(r.doc.schemaVersion).toBe(SCHEMA_VERSION);
	});

	it('explains a document from a newer app', () => {
		const newer = SCHEMA_VERSION + 1;
		expect(messages({ ...smallDoc(), schemaVersion: newer })).toEqual([
			`schemaVersion: ${newer} is newer than this app understands (${SCHEMA_VERSION}); update the app to open this design`
		]);
	});
});
