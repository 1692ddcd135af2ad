import { describe, expect, it } from 'vitest';
import { generateGridPlan, seededRandom } from './generate';
import { validateDocument } from './validate';

describe('generateGridPlan', () => {
	it.each([4, 5, 7, 10, 11, 23, 100, 1000])('makes exactly %i valid walls', (n) => {
		const doc = generateGridPlan({ walls: n, furniturePerWalls: 4 });
		expect(Object.keys(doc.walls)).toHaveLength(n);
		expect(Object.keys(doc.openings)).toHaveLength(Math.ceil(n / 3));
		expect(Object.keys(doc.furniture)).toHaveLength(Math.floor(n / 4));
		const r = validateDocument(doc);
		expect(r.ok ? [] : r.errors).toEqual([]);
	});

	it('builds rooms between the walls: 10 walls close 3 cells', () => {
		const doc = generateGridPlan({ walls: 10 });
		expect(Object.keys(doc.rooms).sort()).toEqual(['room:r0-0', 'room:r0-1', 'room:r1-0']);
		// Each room polygon lies inside the centre lines of its cell's four walls.
		const room = doc.rooms['room:r0-0'];
		const c = doc.corners;
		const right = c['corner:g0-1'].x;
		const bottom = c['corner:g1-0'].y;
		expect(room.polygon[0]).toEqual({ x: 15, y: 15 }); // 30 cm exterior walls
		// Its right and bottom walls are shared with rooms r0-1 and r1-0: 12 cm interior walls.
		expect(room.polygon[2]).toEqual({ x: right - 6, y: bottom - 6 });
	});

	it('makes exterior walls thick with windows and interior walls thin with doors', () => {
		const doc = generateGridPlan({ walls: 100 });
		for (const o of Object.values(doc.openings)) {
			const wall = doc.walls[o.wall];
			expect(o.kind).toBe(wall.thickness === 30 ? 'window' : 'door');
		}
		const thick = Object.values(doc.walls).filter((w) => w.thickness === 30).length;
		expect(thick).toBeGreaterThan(0);
		expect(thick).toBeLessThan(100);
	});

	it('is deterministic from its seed', () => {
		expect(generateGridPlan({ walls: 50, seed: 7 })).toEqual(
			generateGridPlan({ walls: 50, seed: 7 })
		);
		expect(generateGridPlan({ walls: 50, seed: 7 })).not.toEqual(
			generateGridPlan({ walls: 50, seed: 8 })
		);
	});

	it('refuses impossible sizes', () => {
		expect(() => generateGridPlan({ walls: 3 })).toThrow();
		expect(() => generateGridPlan({ walls: 10.5 })).toThrow();
	});

	it('has a seeded random source in [0, 1)', () => {
		const r = seededRandom(42);
		const values = Array.from({ length: 1000 }, r);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(new Set(values).size).toBe(1000);
		expect(Array.from({ length: 5 }, seededRandom(42))).toEqual(values.slice(0, 5));
	});
});
