import { describe, expect, it } from 'vitest';
import { DEFAULT_FINISHES, finishes, finishesFor, getFinish } from './finishes';

describe('finishes', () => {
	it('has at least 12 finishes with unique kind:name ids and hex colours', () => {
		expect(finishes.length).toBeGreaterThanOrEqual(12);
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
});
