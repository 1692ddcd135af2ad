/**
 * Every catalog id the Sweet Home 3D importer can write names a real catalog item: matched
 * items come from the catalog by construction; the fallbacks (the generic box, the default
 * door and window) are checked here, and two imports are checked piece by piece.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENING_DEFAULTS } from '../../plan/records';
import { GENERIC_ITEM_ID, importHomeXml, importSh3d } from '../../io/sh3d';
import { sampleHouseXml } from '../../io/fixtures/sh3d';
import type { PlanDocument } from '../../plan/types';
import { furnitureDefaults, getItem, isFurnitureItem, itemSymbolPaths, searchCatalog } from '.';

const BOWMAN = resolve(process.cwd(), '../shared/fixtures/bowman_ground_floor_proposed.sh3d');

function unknownIds(doc: PlanDocument): string[] {
	const ids = [
		...Object.values(doc.furniture).map((f) => f.catalogId),
		...Object.values(doc.openings).flatMap((o) => (o.catalogId ? [o.catalogId] : []))
	];
	return ids.filter((id) => !getItem(id));
}

describe('catalog ids written by the Sweet Home 3D importer', () => {
	it('has the generic box as a plain, searchable furniture item with a symbol', () => {
		const box = getItem(GENERIC_ITEM_ID);
		expect(box && isFurnitureItem(box)).toBe(true);
		if (!box || !isFurnitureItem(box)) return;
		expect(furnitureDefaults(box)).toMatchObject({ width: 60, depth: 60, height: 60 });
		expect(itemSymbolPaths(box).outline).toMatch(/^M/);
		expect(searchCatalog('box').map((i) => i.id)).toContain(GENERIC_ITEM_ID);
		expect(searchCatalog('generic').map((i) => i.id)).toEqual([GENERIC_ITEM_ID]);
	});

	it('has the default door and window', () => {
		for (const d of Object.values(OPENING_DEFAULTS))
			if (d.catalogId) expect(getItem(d.catalogId), d.catalogId).toBeDefined();
	});

	it('writes only known ids for the sample house, unknown pieces included', () => {
		const r = importHomeXml(sampleHouseXml());
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(Object.values(r.doc.furniture).map((f) => f.catalogId)).toContain(GENERIC_ITEM_ID);
		expect(unknownIds(r.doc)).toEqual([]);
	});

	it.runIf(existsSync(BOWMAN))('writes only known ids for the real bowman house', async () => {
		const r = await importSh3d(new Uint8Array(readFileSync(BOWMAN)));
		expect(r.ok).toBe(true);
		if (r.ok) expect(unknownIds(r.doc)).toEqual([]);
	});
});
