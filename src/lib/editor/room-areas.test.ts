import { describe, expect, it } from 'vitest';
import { generateGridPlan, GRID_LEVEL_ID } from '../plan/generate';
import { roomAreas } from '../plan/topology';
import { roomAreaMap } from './room-areas';

describe('roomAreaMap', () => {
	it('gives every room the net area topology measures for it', () => {
		const doc = generateGridPlan({ walls: 60, seed: 3 });
		const map = roomAreaMap(doc, GRID_LEVEL_ID);
		const rooms = Object.values(doc.rooms);
		expect(rooms.length).toBeGreaterThan(10);
		for (const r of rooms) expect(map.get(r.id)).toBeCloseTo(roomAreas(doc, r).net, 6);
	});

	it('measures only the rooms asked for, with the same figures', () => {
		const doc = generateGridPlan({ walls: 60, seed: 3 });
		const some = Object.values(doc.rooms).slice(2, 5);
		const map = roomAreaMap(doc, GRID_LEVEL_ID, some);
		expect([...map.keys()]).toEqual(some.map((r) => r.id));
		for (const r of some) expect(map.get(r.id)).toBeCloseTo(roomAreas(doc, r).net, 6);
	});
});
