/** Graph edits: splits, crossings, merges, with counts and positions worked out by hand. */
import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../diff';
import type { CornerId, PlanDocument, Vec2 } from '../types';
import { addWall, mergeCorners, moveCorner, removeCorner, settleCorner, splitWall } from './edit';
import { findFaces } from './faces';
import { LEVEL, PlanBuilder, type P } from './testPlan';

const RECT: P[] = [
	[0, 0],
	[400, 0],
	[400, 300],
	[0, 300]
];
const count = (doc: PlanDocument) => ({
	corners: Object.keys(doc.corners).length,
	walls: Object.keys(doc.walls).length
});
const cornerAt = (doc: PlanDocument, x: number, y: number): CornerId | undefined =>
	Object.values(doc.corners).find((c) => c.x === x && c.y === y)?.id;
const ends = (doc: PlanDocument, id: string): [Vec2, Vec2] => {
	const w = doc.walls[id as `wall:${string}`];
	const a = doc.corners[w.start];
	const b = doc.corners[w.end];
	return [
		{ x: a.x, y: a.y },
		{ x: b.x, y: b.y }
	];
};

describe('plan 8: a T-junction splits the wall it lands on', () => {
	const b = new PlanBuilder();
	const [top] = b.ring(RECT);
	const doorA = b.opening(top, 100);
	const doorB = b.opening(top, 300, { kind: 'window' });
	const r = addWall(b.doc, LEVEL, { x: 150, y: 0 }, { x: 150, y: 300 }, { thickness: 10 });
	it('splits top and bottom at x = 150 and adds one wall between them', () => {
		// 4 corners + 2 split corners; 4 walls + 2 second halves + 1 new.
		expect(count(r.doc)).toEqual({ corners: 6, walls: 7 });
		expect(r.walls).toHaveLength(1);
		expect(ends(r.doc, r.walls[0])).toEqual([
			{ x: 150, y: 0 },
			{ x: 150, y: 300 }
		]);
		expect(findFaces(r.doc, LEVEL).map((f) => f.area)).toEqual([150 * 300, 250 * 300]);
	});
	it('keeps openings on the half holding their centre, offsets from that half', () => {
		// The top wall keeps its id on (0,0) → (150,0); the door at 100 stays, the window at
		// 300 moves to (150,0) → (400,0) at 300 − 150 = 150.
		expect(ends(r.doc, top)).toEqual([
			{ x: 0, y: 0 },
			{ x: 150, y: 0 }
		]);
		expect(r.doc.openings[doorA]).toEqual(b.doc.openings[doorA]);
		const moved = r.doc.openings[doorB];
		expect(moved.offset).toBe(150);
		expect(ends(r.doc, moved.wall)).toEqual([
			{ x: 150, y: 0 },
			{ x: 400, y: 0 }
		]);
		expect(r.doc.walls[moved.wall].thickness).toBe(10);
	});
	it('is undone by its inverse diff', () => {
		expect(applyDiff(r.doc, invertDiff(r.diff))).toEqual(b.doc);
	});
});

describe('plan 9: crossing walls split at the crossing', () => {
	it('turns two crossing walls into four meeting at one new corner', () => {
		const b = new PlanBuilder();
		b.wall([0, 100], [200, 100]);
		const r = addWall(b.doc, LEVEL, { x: 100, y: 0 }, { x: 100, y: 200 });
		// Corners: 2 ends of each wall + the crossing (100,100).
		expect(count(r.doc)).toEqual({ corners: 5, walls: 4 });
		const x = cornerAt(r.doc, 100, 100)!;
		expect(Object.values(r.doc.walls).filter((w) => w.start === x || w.end === x)).toHaveLength(4);
		expect(r.corners).toEqual([cornerAt(r.doc, 100, 0), x, cornerAt(r.doc, 100, 200)]);
	});
	it('cuts a room in two when a wall crosses it from outside to outside', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		const r = addWall(b.doc, LEVEL, { x: 200, y: -100 }, { x: 200, y: 400 });
		// New wall in 3 pieces (−100..0, 0..300, 300..400); top and bottom split once each.
		expect(r.walls).toHaveLength(3);
		expect(count(r.doc)).toEqual({ corners: 8, walls: 9 });
		expect(findFaces(r.doc, LEVEL).map((f) => f.area)).toEqual([60000, 60000]);
	});
	it('splits an arc wall where a straight wall crosses it', () => {
		// Plan 12's room (top wall a half circle of radius 200 about (200, 0), bulging up) cut
		// by x = 200 from the bottom wall to beyond the arc: it crosses the arc at (200, −200).
		const b = new PlanBuilder();
		const arc = b.wall([0, 0], [400, 0], { arcExtent: Math.PI });
		b.wall([400, 0], [400, 300]);
		b.wall([400, 300], [0, 300]);
		b.wall([0, 300], [0, 0]);
		const r = addWall(b.doc, LEVEL, { x: 200, y: 300 }, { x: 200, y: -300 });
		const top = Object.values(r.doc.corners).find((c) => Math.abs(c.y + 200) < 1e-9)!;
		expect(top.x).toBeCloseTo(200, 9);
		// Each half of the arc turns a quarter circle.
		const halves = Object.values(r.doc.walls).filter((w) => w.arcExtent);
		expect(halves.map((w) => w.arcExtent)).toEqual([Math.PI / 2, Math.PI / 2]);
		expect(halves[0].id).toBe(arc);
		// Two mirror-image faces: (400 × 300 + π·200²/2) / 2 each, within the arc sampling.
		const areas = findFaces(r.doc, LEVEL).map((f) => f.area);
		expect(areas).toHaveLength(2);
		expect(areas[0]).toBeCloseTo(areas[1], 6);
		expect(Math.abs(areas[0] - 91415.93) / 91415.93).toBeLessThan(1e-3);
	});
	it('does not duplicate an overlapping collinear wall', () => {
		const b = new PlanBuilder();
		b.wall([0, 0], [400, 0]);
		const r = addWall(b.doc, LEVEL, { x: 200, y: 0 }, { x: 600, y: 0 });
		// (0,0)→(200,0) [the old id], (200,0)→(400,0) [reused], (400,0)→(600,0) [new].
		expect(count(r.doc)).toEqual({ corners: 4, walls: 3 });
		expect(r.walls.map((w) => ends(r.doc, w))).toEqual([
			[
				{ x: 200, y: 0 },
				{ x: 400, y: 0 }
			],
			[
				{ x: 400, y: 0 },
				{ x: 600, y: 0 }
			]
		]);
		// Adding it again changes nothing.
		expect(addWall(r.doc, LEVEL, { x: 0, y: 0 }, { x: 600, y: 0 }).diff.records).toEqual({});
	});
	it('snaps an end within 1 cm to a corner', () => {
		const b = new PlanBuilder();
		b.wall([0, 0], [400, 0]);
		const r = addWall(b.doc, LEVEL, { x: 400.6, y: 0.5 }, { x: 400, y: 300 });
		expect(r.corners[0]).toBe(cornerAt(b.doc, 400, 0));
		expect(count(r.doc)).toEqual({ corners: 3, walls: 2 });
	});
});

describe('plan 10: removing a corner between collinear walls merges them', () => {
	const b = new PlanBuilder();
	const w = b.wall([0, 0], [400, 0], { height: 250, heightAtEnd: 300 });
	const door = b.opening(w, 300, { hinge: 'start', swing: 'left' });
	const split = splitWall(b.doc, w, { x: 100, y: 3 });
	it('splits a sloped wall with interpolated heights', () => {
		const second = split.walls[1];
		// 250 + (300 − 250) × 100 / 400 = 262.5 at the split.
		expect(split.doc.walls[w]).toMatchObject({ height: 250, heightAtEnd: 262.5 });
		expect(split.doc.walls[second]).toMatchObject({ height: 262.5, heightAtEnd: 300 });
		expect(split.doc.openings[door]).toMatchObject({ wall: second, offset: 200 });
		expect(split.doc.corners[split.corner]).toMatchObject({ x: 100, y: 0 });
	});
	it('restores the one original wall, heights and opening exactly', () => {
		const merged = removeCorner(split.doc, split.corner);
		expect(merged.doc.walls).toEqual(b.doc.walls);
		expect(merged.doc.openings).toEqual(b.doc.openings);
		expect(merged.doc.corners).toEqual(b.doc.corners);
	});
	it('re-hangs an opening of a wall running the other way with flipped sides', () => {
		const c = new PlanBuilder();
		const first = c.wall([0, 0], [200, 0]);
		const back = c.wall([400, 0], [200, 0]); // runs towards the shared corner
		const o = c.opening(back, 50, { hinge: 'start', swing: 'left' });
		const r = removeCorner(c.doc, cornerAt(c.doc, 200, 0)!);
		expect(Object.keys(r.doc.walls)).toEqual([first]);
		// Centre at x = 400 − 50 = 350, i.e. 350 from (0,0); its start side is now the far end.
		expect(r.doc.openings[o]).toMatchObject({
			wall: first,
			offset: 350,
			hinge: 'end',
			swing: 'right'
		});
	});
	it('removes a corner with its walls when they are not collinear', () => {
		const c = new PlanBuilder();
		c.ring(RECT);
		const r = removeCorner(c.doc, cornerAt(c.doc, 400, 0)!);
		// Walls (0,0)→(400,0) and (400,0)→(400,300) go; both far corners keep another wall.
		expect(count(r.doc)).toEqual({ corners: 3, walls: 2 });
		expect(findFaces(r.doc, LEVEL)).toHaveLength(0);
	});
});

describe('moving and merging corners', () => {
	it('moves a corner and the walls follow', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		const c = cornerAt(b.doc, 400, 300)!;
		const r = moveCorner(b.doc, c, { x: 500, y: 300 });
		// Trapezium (0,0) (400,0) (500,300) (0,300): (400 + 500) / 2 × 300.
		expect(findFaces(r.doc, LEVEL)[0].area).toBeCloseTo(135000, 6);
		expect(Object.keys(r.diff.records.corners!)).toEqual([c]);
	});
	it('merges a corner dropped onto another, dropping the wall between them', () => {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[200, 0],
			[400, 0],
			[400, 300],
			[0, 300]
		]);
		const r = mergeCorners(b.doc, cornerAt(b.doc, 200, 0)!, cornerAt(b.doc, 400, 0)!);
		expect(count(r.doc)).toEqual({ corners: 4, walls: 4 });
		expect(findFaces(r.doc, LEVEL)[0].area).toBeCloseTo(120000, 6);
	});
	it('splits walls a moved wall now crosses', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		const free = b.wall([100, 100], [100, 200]);
		const moved = moveCorner(b.doc, cornerAt(b.doc, 100, 200)!, { x: 100, y: 400 });
		const r = settleCorner(moved.doc, cornerAt(moved.doc, 100, 400)!);
		// The free wall now crosses the bottom wall at (100, 300): both split there.
		const x = cornerAt(r.doc, 100, 300)!;
		expect(Object.values(r.doc.walls).filter((w) => w.start === x || w.end === x)).toHaveLength(4);
		expect(count(r.doc)).toEqual({ corners: 7, walls: 7 });
		expect(ends(r.doc, free)).toEqual([
			{ x: 100, y: 100 },
			{ x: 100, y: 300 }
		]);
		// The part inside sticks into the room: still one face of 400 × 300.
		expect(findFaces(r.doc, LEVEL).map((f) => f.area)).toEqual([120000]);
	});
	it('settles a wall end dropped on a wall by splitting that wall', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		b.wall([200, 150], [200, 60]);
		const moved = moveCorner(b.doc, cornerAt(b.doc, 200, 60)!, { x: 200, y: 0.4 });
		const r = settleCorner(moved.doc, cornerAt(moved.doc, 200, 0.4)!);
		// The top wall splits at (200, 0) and the dropped end joins it there: a T-junction.
		expect(r.doc.corners[r.corner]).toMatchObject({ x: 200, y: 0 });
		expect(count(r.doc)).toEqual({ corners: 6, walls: 6 });
	});
});
