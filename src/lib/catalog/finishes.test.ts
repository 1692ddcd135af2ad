import { describe, expect, it } from 'vitest';
import { DEFAULT_FINISHES, finishes, finishesFor, getFinish, type FinishKind } from './finishes';
import { PART_FINISHES } from './models';

describe('finishes', () => {
	it('has at least 30 finishes with unique kind:name ids and hex colours', () => {
		expect(finishes.length).toBeGreaterThanOrEqual(30);
		const ids = finishes.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const f of finishes) {
			expect(f.id).toMatch(/^[a-z]+:[a-z-]+$/);
			expect(f.color).toMatch(/^#[0-9a-f]{6}$/);
			expect(f.roughness).toBeGreaterThanOrEqual(0);
			expect(f.roughness).toBeLessThanOrEqual(1);
			expect(f.surfaces.length).toBeGreaterThan(0);
		}
	});

	it('has the ids other modules rely on, and the defaults exist and suit their surface', () => {
		for (const id of ['paint:white', 'wood:oak', 'tile:grey']) expect(getFinish(id)).toBeDefined();
		for (const [surface, id] of Object.entries(DEFAULT_FINISHES)) {
			expect(getFinish(id)?.surfaces).toContain(surface);
		}
	});

	it('offers only floor finishes for floors', () => {
		const floors = finishesFor('floor');
		expect(floors.map((f) => f.id)).toContain('carpet:beige');
		expect(floors.map((f) => f.id)).not.toContain('brick:red');
	});

	it('covers every kind, with several paints, woods, tiles and stones', () => {
		const count = (kind: FinishKind) => finishes.filter((f) => f.kind === kind).length;
		const kinds: FinishKind[] = [
			'paint',
			'wood',
			'tile',
			'stone',
			'carpet',
			'concrete',
			'brick',
			'metal',
			'glass'
		];
		for (const kind of kinds) expect(count(kind), kind).toBeGreaterThanOrEqual(2);
		for (const kind of ['paint', 'wood', 'tile', 'stone'] as const)
			expect(count(kind), kind).toBeGreaterThanOrEqual(4);
	});

	it('gives every patterned finish an accent colour and a repeat in cm', () => {
		for (const f of finishes) {
			if (f.kind === 'paint' || f.kind === 'glass') continue;
			expect(f.accent, f.id).toMatch(/^#[0-9a-f]{6}$/);
			expect(f.accent, f.id).not.toBe(f.color);
			expect(f.scale, f.id).toBeGreaterThan(0);
		}
		expect(getFinish('tile:mosaic-blue')!.scale).toBeLessThan(getFinish('tile:grey')!.scale!);
	});

	it('has a finish for every fixed material of the 3D models', () => {
		for (const id of Object.values(PART_FINISHES)) expect(getFinish(id), id).toBeDefined();
	});
});
