import { describe, expect, it } from 'vitest';
import { LEVEL, PlanBuilder } from '../../../plan/topology/testPlan';
import { arcOf, arcPoint, pathLength, pointAlong } from '../../../plan/topology/wallPath';
import { distance } from '../../../plan/topology/vec';
import type { Opening } from '../../../plan/types';
import { nearestWall } from '../../snapping';
import { clampOffset, nearestWallOnPath, placeOnWall, slideOffset } from './on-wall';

/**
 * A straight wall along y = 0 and, below it, a wall from (400, 300) to (0, 300) turning 120°:
 * it bulges 115 cm further down (positive arcs bulge left of their direction of travel).
 */
function plan() {
	const b = new PlanBuilder();
	const top = b.wall([0, 0], [400, 0], { thickness: 20 });
	const curved = b.wall([400, 300], [0, 300], { thickness: 20, arcExtent: (2 * Math.PI) / 3 });
	const w = b.doc.walls[curved];
	const a = b.doc.corners[w.start];
	const e = b.doc.corners[w.end];
	return { doc: b.doc, top, curved, a, e, arc: arcOf(a, e, w.arcExtent!) };
}

describe('placeOnWall', () => {
	it('measures the offset along the arc, where the chord would put it elsewhere', () => {
		const { doc, curved, a, e, arc } = plan();
		const length = pathLength(a, e, arc.extent);
		expect(length).toBeCloseTo(483.7, 1);
		for (const t of [0.3, 0.5, 0.7]) {
			const on = arcPoint(arc, t);
			// A pointer 5 cm outside the arc, below it.
			const p = { x: on.x + (on.x - arc.centre.x) * 0.02, y: on.y + (on.y - arc.centre.y) * 0.02 };
			const at = placeOnWall(doc, LEVEL, p, { width: 90, reach: 10 })!;
			expect(at.wall).toBe(curved);
			expect(at.offset).toBeCloseTo(t * length, 0);
			// The opening's centre drawn at that offset sits on the arc under the pointer.
			expect(distance(pointAlong(a, e, arc.extent, at.offset), on)).toBeLessThan(1);
		}
		// By the chord, the middle of the bulge (115 cm off it) is out of reach of any wall.
		const mid = arcPoint(arc, 0.5);
		expect(nearestWall({ doc, level: LEVEL }, mid)!.d).toBeGreaterThan(100);
		expect(placeOnWall(doc, LEVEL, mid, { width: 90, reach: 10 })!.wall).toBe(curved);
	});

	it('tells the side of a curved wall the pointer is on', () => {
		const { doc, arc } = plan();
		const on = arcPoint(arc, 0.4);
		const out = { x: on.x + (on.x - arc.centre.x) * 0.03, y: on.y + (on.y - arc.centre.y) * 0.03 };
		const inside = {
			x: on.x - (on.x - arc.centre.x) * 0.03,
			y: on.y - (on.y - arc.centre.y) * 0.03
		};
		// A positive arc bulges to its left: outside is left, towards the centre is right.
		expect(placeOnWall(doc, LEVEL, out, { width: 90, reach: 10 })!.side).toBe('left');
		expect(placeOnWall(doc, LEVEL, inside, { width: 90, reach: 10 })!.side).toBe('right');
	});

	it('keeps straight walls as before: grid-rounded offset, clamped inside, side by the chord', () => {
		const { doc, top } = plan();
		const at = placeOnWall(doc, LEVEL, { x: 123, y: -4 }, { width: 90, reach: 10, grid: 10 })!;
		expect(at).toEqual({ wall: top, offset: 120, side: 'left' });
		const end = placeOnWall(doc, LEVEL, { x: 395, y: 3 }, { width: 90, reach: 10 })!;
		expect(end).toEqual({ wall: top, offset: 355, side: 'right' });
	});

	it('finds no place away from walls or on a wall shorter than the opening', () => {
		const { doc } = plan();
		expect(placeOnWall(doc, LEVEL, { x: 200, y: 150 }, { width: 90, reach: 10 })).toBeNull();
		expect(placeOnWall(doc, LEVEL, { x: 200, y: 0 }, { width: 500, reach: 10 })).toBeNull();
		expect(placeOnWall(doc, 'level:other', { x: 200, y: 0 }, { width: 90, reach: 10 })).toBeNull();
	});
});

describe('nearestWallOnPath / clampOffset', () => {
	it('reports the arc length and the point on the arc', () => {
		const { doc, curved, arc, a, e } = plan();
		const hit = nearestWallOnPath(doc, LEVEL, arcPoint(arc, 0.25))!;
		expect(hit.wall).toBe(curved);
		expect(hit.length).toBeCloseTo(pathLength(a, e, arc.extent), 9);
		expect(hit.distance).toBeCloseTo(0, 6);
	});

	it('rounds to the grid and keeps half the width from either end', () => {
		expect(clampOffset(123, 400, 90, 10)).toBe(120);
		expect(clampOffset(10, 400, 90)).toBe(45);
		expect(clampOffset(399, 400, 90)).toBe(355);
	});
});

describe('slideOffset', () => {
	it('follows the arc: dragged to another point of the arc, the offset is that point’s', () => {
		const { doc, curved, a, e, arc } = plan();
		const length = pathLength(a, e, arc.extent);
		const door = { wall: curved, offset: 0.3 * length, width: 90 } as Opening;
		const from = arcPoint(arc, 0.3);
		const to = arcPoint(arc, 0.6);
		const offset = slideOffset(doc, door, { x: to.x - from.x, y: to.y - from.y })!;
		expect(offset).toBeCloseTo(0.6 * length, 6);
		// Dragged far past the end it stops with its edge at the wall's end.
		expect(slideOffset(doc, door, { x: -1000, y: 0 })).toBeCloseTo(length - 45, 6);
	});

	it('on a straight wall moves by the drag’s component along the wall', () => {
		const { doc, top } = plan();
		const door = { wall: top, offset: 200, width: 90 } as Opening;
		expect(slideOffset(doc, door, { x: 37, y: 80 })).toBeCloseTo(237, 9);
		expect(slideOffset(doc, { ...door, width: 500 }, { x: 10, y: 0 })).toBeNull();
	});
});
