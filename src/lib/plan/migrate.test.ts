import { describe, expect, it } from 'vitest';
import v1House from './fixtures/v1-house.json';
import v2House from './fixtures/v2-house.json';
import { migrateDocument } from './migrate';
import { validateDocument } from './validate';
import { SCHEMA_VERSION } from './types';

describe('migrateDocument', () => {
	it('upgrades the stored version-1 house to the current version', () => {
		const before = structuredClone(v1House);
		const r = migrateDocument(v1House);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(v1House).toEqual(before); // the input is left as it was
		expect(r.from).toBe(1);
		const doc = r.doc as Record<string, Record<string, Record<string, unknown>>>;
		expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
		expect(doc.north).toBe(0);
		expect(doc.dimensions).toEqual({});
		const partition = doc.walls['wall:partition'];
		expect(partition.finish).toBeUndefined();
		expect(partition.finishLeft).toBe('paint:linen');
		expect(partition.finishRight).toBe('paint:linen');
		expect(partition.heightAtEnd).toBeNull();
		expect(partition.arcExtent).toBeNull();
		expect(doc.openings['opening:front-door'].catalogId).toBeNull();
		expect(doc.rooms['room:living'].derived).toBe(true);
		expect(Object.keys(doc.walls)).toHaveLength(7);
		expect(Object.keys(doc.furniture)).toHaveLength(3);
	});

	it('gives a document that validates and keeps every record', () => {
		const r = validateDocument(v1House);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		for (const c of [
			'levels',
			'corners',
			'walls',
			'openings',
			'rooms',
			'furniture',
			'labels'
		] as const)
			expect(Object.keys(r.doc[c]).sort()).toEqual(Object.keys(v1House[c]).sort());
		expect(r.doc.rooms['room:bedroom'].name).toBe('Bedroom');
		expect(r.doc.furniture['furniture:bed'].mirrored).toBe(true);
	});

	it('upgrades the stored version-2 house to version 3 without models or trace images', () => {
		const before = structuredClone(v2House);
		const r = migrateDocument(v2House);
		expect(v2House).toEqual(before);
		expect(r.ok && r.from).toBe(2);
		if (!r.ok) return;
		expect(r.doc).toEqual({ ...v2House, schemaVersion: 3 });
		const v = validateDocument(v2House);
		expect(v.ok ? [] : v.errors).toEqual([]);
		if (!v.ok) return;
		expect(v.doc.models).toBeUndefined();
		expect(v.doc.backgrounds).toBeUndefined();
		expect(Object.keys(v.doc.walls)).toHaveLength(7);
		expect(v.doc.name).toBe('Version-2 house');
	});

	it('leaves current documents alone', () => {
		const r = migrateDocument({ schemaVersion: SCHEMA_VERSION, walls: 'not checked here' });
		expect(r).toEqual({
			ok: true,
			from: SCHEMA_VERSION,
			doc: { schemaVersion: SCHEMA_VERSION, walls: 'not checked here' }
		});
	});

	it('passes malformed version-1 records through for the validator to report', () => {
		const r = migrateDocument({ schemaVersion: 1, walls: { 'wall:a': 7 }, rooms: [] });
		expect(r.ok && r.doc.walls).toEqual({ 'wall:a': 7 });
		expect(r.ok && r.doc.rooms).toEqual([]);
	});

	it('refuses unknown, future and missing versions with a clear error', () => {
		expect(migrateDocument({ schemaVersion: 99 })).toEqual({
			ok: false,
			errors: [
				{
					path: 'schemaVersion',
					message: `99 is newer than this app understands (${SCHEMA_VERSION}); update the app to open this design`
				}
			]
		});
		expect(migrateDocument({ schemaVersion: 0 })).toMatchObject({ ok: false });
		expect(migrateDocument({ schemaVersion: 1.5 })).toMatchObject({ ok: false });
		expect(migrateDocument({})).toEqual({
			ok: false,
			errors: [{ path: 'schemaVersion', message: 'is required' }]
		});
		expect(migrateDocument(null)).toMatchObject({ ok: false });
	});
});
