import { describe, expect, it } from 'vitest';
import type { Opening, Vec2 } from '../plan/types';
import { frameOf, joinWalls, openingGap, openingShapes, solidSpans, wallShapes } from './outline';
import { flatten, svgPath, turnOf, type Shape } from './shape2d';
import { TestPlan, type P } from './test-plan';

const round = (p: Vec2) => [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
const polygon = (s: Shape) => {
	if (s.type !== 'polygon') throw new Error(`expected a polygon, got ${s.type}`);
	return s;
};

function outline(p: TestPlan, id: string, openings: Opening[] = []) {
	const j = joinWalls(p.doc, Object.values(p.doc.walls)).get(id as never)!;
	return { j, shapes: wallShapes(j, openings) };
}

describe('straight wall outlines', () => {
	it('mitres a right-angle corner on both faces and cuts a free end square', () => {
		const p = new TestPlan();
		const a = p.wall([0, 0], [100, 0]);
		p.wall([0, 0], [0, 100]);
		const pts = polygon(outline(p, a).shapes[0]).points.map(round);
		expect(pts).toContainEqual([-10, -10]);
		expect(pts).toContainEqual([10, 10]);
		expect(pts).toContainEqual([100, 10]);
		expect(pts).toContainEqual([100, -10]);
		expect(polygon(outline(p, a).shapes[0]).bulges).toBeUndefined();
	});

	it('keeps a through-wall straight at a T junction, its end closed at the corner', () => {
		const p = new TestPlan();
		p.wall([-100, 0], [0, 0]);
		const r = p.wall([0, 0], [100, 0]);
		p.wall([0, 0], [0, 100]);
		const pts = polygon(outline(p, r).shapes[0]).points.map(round);
		expect(pts).toContainEqual([0, 0]);
		expect(pts).toContainEqual([0, -10]);
		expect(Math.min(...pts.map(([, y]) => y))).toBe(-10);
	});

	it('leaves the openings out of the solid spans', () => {
		const o = (offset: number, width: number) => ({ offset, width }) as Opening;
		expect(solidSpans(400, [o(100, 80)])).toEqual([
			[0, 60],
			[140, 400]
		]);
		expect(solidSpans(400, [o(20, 80), o(390, 40)])).toEqual([[60, 370]]);
	});

	it('draws one polygon per solid span and a door swing of the door width', () => {
		const p = new TestPlan();
		const w = p.wall([0, 0], [400, 0]);
		const door = p.opening(w, 200, { kind: 'door', width: 90, hinge: 'start', swing: 'right' });
		const { j, shapes } = outline(p, w, [p.doc.openings[door]]);
		expect(shapes).toHaveLength(2);
		const first = polygon(shapes[0]).points.map(round);
		expect(first).toContainEqual([155, 10]);
		expect(first).toContainEqual([155, -10]);
		expect(polygon(shapes[1]).points.map(round)).toContainEqual([245, -10]);
		const marks = openingShapes(j.frame, p.doc.openings[door]);
		// Two jambs, the leaf standing open on the right (+y) side, and its quarter swing.
		expect(marks.map((m) => m.type)).toEqual(['line', 'line', 'line', 'arc']);
		const leaf = marks[2] as Extract<Shape, { type: 'line' }>;
		expect([round(leaf.a), round(leaf.b)]).toEqual([
			[155, 10],
			[155, 100]
		]);
		expect(svgPath(marks[3])).toMatch(/A90 90 0 0 1 (155 100|245 10)$/);
	});
});

describe('curved wall outlines', () => {
	// A quarter circle of radius 400 about (0, 400): from (0, 0) to (400, 400), turning +90°.
	const A: P = [0, 0];
	const B: P = [400, 400];
	const centre = { x: 0, y: 400 };
	const R = 400;
	const radiusOf = (q: Vec2) => Math.hypot(q.x - centre.x, q.y - centre.y);

	it('has arc faces at the radius ± half the thickness, sampled all along', () => {
		const p = new TestPlan();
		const w = p.wall(A, B, { arcExtent: Math.PI / 2, thickness: 30 });
		const { j, shapes } = outline(p, w);
		expect(j.frame.arc).toBe(true);
		const s = polygon(shapes[0]);
		// Two arc edges: the outer (left) face and the inner (right) one.
		const arcs = (s.bulges ?? []).filter((b) => b !== 0);
		expect(arcs).toHaveLength(2);
		for (const b of arcs) expect(Math.abs(turnOf(b))).toBeCloseTo(Math.PI / 2, 6);
		const radii = flatten(s).map(radiusOf);
		// Every point is on one face or the other: nothing cuts the corner along a chord.
		for (const r of radii)
			expect(Math.min(Math.abs(r - (R + 15)), Math.abs(r - (R - 15)))).toBeLessThan(1e-6);
		expect(radii.filter((r) => Math.abs(r - (R + 15)) < 1e-6).length).toBeGreaterThan(15);
		expect(radii.filter((r) => Math.abs(r - (R - 15)) < 1e-6).length).toBeGreaterThan(15);
		// The outline bulges away from the chord: its middle is on the arc, 117 cm off the chord.
		const mid = {
			x: centre.x + R * Math.cos(-Math.PI / 4),
			y: centre.y + R * Math.sin(-Math.PI / 4)
		};
		expect(Math.min(...flatten(s).map((q) => Math.hypot(q.x - mid.x, q.y - mid.y)))).toBeLessThan(
			16
		);
	});

	it('draws SVG arcs that turn the way the wall does', () => {
		const p = new TestPlan();
		const w = p.wall(A, B, { arcExtent: Math.PI / 2, thickness: 20 });
		const d = svgPath(outline(p, w).shapes[0]);
		// Outer face clockwise on screen (sweep 1), the inner one back (sweep 0).
		expect(d).toContain('A410 410 0 0 1 410 400');
		expect(d).toContain('A390 390 0 0 0 0 10');
		// The same arc drawn from the other end: the same two circles, walked the other way.
		const q = new TestPlan();
		const back = q.wall(B, A, { arcExtent: -Math.PI / 2, thickness: 20 });
		const e = svgPath(outline(q, back).shapes[0]);
		expect(e).toMatch(/^M390 400A390 390 0 0 0 0 10/);
		expect(e).toContain('A410 410 0 0 1 410 400');
	});

	it('joins an arc wall to a straight one at the arc tangent', () => {
		const p = new TestPlan();
		const w = p.wall(A, B, { arcExtent: Math.PI / 2 });
		// Continues straight on along the arc's end tangent (+y): a clean, square joint.
		const s = p.wall(B, [400, 700]);
		const j = joinWalls(p.doc, Object.values(p.doc.walls));
		const arcEnd = polygon(wallShapes(j.get(w)!, [])[0]).points.map(round);
		const straightStart = polygon(wallShapes(j.get(s)!, [])[0]).points.map(round);
		for (const q of [
			[410, 400],
			[390, 400]
		]) {
			expect(arcEnd).toContainEqual(q);
			expect(straightStart).toContainEqual(q);
		}
	});

	it('places openings along the arc: gap, window glass and door leaf on the faces', () => {
		const p = new TestPlan();
		const w = p.wall(A, B, { arcExtent: Math.PI / 2, thickness: 20 });
		const L = (R * Math.PI) / 2;
		const win = p.opening(w, L / 2, { kind: 'window', width: 120 });
		const door = p.opening(w, L / 4, { kind: 'door', width: 90, swing: 'left' });
		const ops = [p.doc.openings[win], p.doc.openings[door]];
		const { j, shapes } = outline(p, w, ops);
		expect(shapes).toHaveLength(3);
		const gap = openingGap(j.frame, p.doc.openings[win]);
		for (const q of flatten(gap))
			expect(Math.min(Math.abs(radiusOf(q) - 410), Math.abs(radiusOf(q) - 390))).toBeLessThan(1e-6);
		const [frame, glass] = openingShapes(j.frame, p.doc.openings[win]);
		expect(frame).toEqual(gap);
		expect(glass.type).toBe('arc');
		if (glass.type === 'arc') {
			expect(glass.radius).toBeCloseTo(R);
			// 120 cm of centre line = 0.3 rad.
			expect(glass.end - glass.start).toBeCloseTo(120 / R);
		}
		const marks = openingShapes(j.frame, p.doc.openings[door]);
		const leaf = marks[2] as Extract<Shape, { type: 'line' }>;
		// Hinge on the outer (left) face, the leaf standing outwards, away from the centre.
		expect(radiusOf(leaf.a)).toBeCloseTo(410);
		expect(radiusOf(leaf.b)).toBeGreaterThan(450);
	});

	it('falls back to a straight outline for a wall too short to have a frame', () => {
		const p = new TestPlan();
		p.wall([0, 0], [0, 0.0001]);
		expect(joinWalls(p.doc, Object.values(p.doc.walls)).size).toBe(0);
		expect(frameOf(p.doc, Object.values(p.doc.walls)[0])).toBeNull();
	});
});
