/**
 * Areas and lengths against values worked out by hand (the arithmetic is in the comments).
 * Walls are 10 cm thick unless said otherwise; coordinates are wall centre lines in cm.
 */
import { describe, expect, it } from 'vitest';
import { findFaces, faceContains, type Face } from './faces';
import { faceMeasures, roomAreas, wallLengths } from './measure';
import { LEVEL, PlanBuilder, type P } from './testPlan';

const RECT: P[] = [
	[0, 0],
	[400, 0],
	[400, 300],
	[0, 300]
];

function faceAt(b: PlanBuilder, x: number, y: number): Face {
	const face = findFaces(b.doc, LEVEL).find((f) => faceContains(f, { x, y }));
	if (!face) throw new Error(`no face at ${x},${y}`);
	return face;
}
const measured = (b: PlanBuilder, x: number, y: number) => faceMeasures(b.doc, faceAt(b, x, y));

describe('plan 1: one 400 × 300 room', () => {
	const b = new PlanBuilder();
	const [top, right] = b.ring(RECT);
	it('has net 390 × 290, gross 400 × 300 and the net perimeter', () => {
		const m = measured(b, 200, 150);
		expect(m.gross).toBeCloseTo(400 * 300, 6); // 120 000 cm²
		expect(m.net).toBeCloseTo(390 * 290, 6); // 113 100 cm² = 11.31 m²
		expect(m.perimeter).toBeCloseTo(2 * (390 + 290), 6); // 1360 cm
	});
	it('measures wall faces after the mitred L-corners', () => {
		// Walking (0,0) → (400,0) the left face is the outside: 400 + 5 + 5; inside 400 − 5 − 5.
		expect(wallLengths(b.doc, top)).toEqual({ centre: 400, left: 410, right: 390 });
		expect(wallLengths(b.doc, right)).toEqual({ centre: 300, left: 310, right: 290 });
	});
	it('gives the same through roomAreas for a derived room', () => {
		const doc = { ...b.doc, rooms: {} };
		const face = faceAt(b, 1, 1);
		const room = {
			id: 'room:r' as const,
			level: LEVEL,
			name: 'Living',
			floorFinish: 'wood:oak',
			ceilingFinish: 'paint:white',
			polygon: face.outer.points,
			derived: true
		};
		const a = roomAreas(doc, room);
		expect(a.net).toBeCloseTo(113100, 6);
		expect(a.gross).toBeCloseTo(120000, 6);
		expect(a.perimeter).toBeCloseTo(1360, 6);
		// Drawn freely, the polygon is measured as it is: 400 × 300 both ways.
		const free = roomAreas(doc, { ...room, derived: false });
		expect(free).toEqual({ net: 120000, gross: 120000, perimeter: 1400 });
	});
});

describe('plan 2: two rooms sharing a wall', () => {
	// 600 × 300 outline with a wall at x = 300: two 300 × 300 centre-line squares.
	const b = new PlanBuilder();
	b.ring([
		[0, 0],
		[300, 0],
		[600, 0],
		[600, 300],
		[300, 300],
		[0, 300]
	]);
	const middle = b.wall([300, 0], [300, 300]);
	it('finds two faces of 300 × 300 with 290 × 290 floors', () => {
		expect(findFaces(b.doc, LEVEL)).toHaveLength(2);
		for (const x of [150, 450]) {
			const m = measured(b, x, 150);
			expect(m.gross).toBeCloseTo(90000, 6); // 300 × 300
			expect(m.net).toBeCloseTo(84100, 6); // (300 − 5 − 5) × (300 − 5 − 5)
			expect(m.perimeter).toBeCloseTo(1160, 6); // 4 × 290
		}
	});
	it('shortens the shared wall faces by half the outer walls at each T-junction', () => {
		// 300 − 5 (top wall's half) − 5 (bottom wall's half) on both faces.
		expect(wallLengths(b.doc, middle)).toEqual({ centre: 300, left: 290, right: 290 });
		// Top-left wall: outside 300 + 5 (L-corner) + 0 (straight on); inside 300 − 5 − 5 (T).
		expect(wallLengths(b.doc, 'wall:w1')).toEqual({ centre: 300, left: 305, right: 290 });
	});
});

describe('plan 3: an L-shaped room', () => {
	const b = new PlanBuilder();
	b.ring([
		[0, 0],
		[400, 0],
		[400, 200],
		[200, 200],
		[200, 400],
		[0, 400]
	]);
	it('measures the inset L', () => {
		const m = measured(b, 100, 100);
		expect(m.gross).toBeCloseTo(400 * 400 - 200 * 200, 6); // 120 000
		// Inset by 5: the box 5..395 squared minus the notch 195..395 squared.
		expect(m.net).toBeCloseTo(390 * 390 - 200 * 200, 6); // 112 100
		// 390 + 190 + 200 + 200 + 190 + 390
		expect(m.perimeter).toBeCloseTo(1560, 6);
	});
	it('makes the reflex corner shorten the outer faces', () => {
		// Wall (400,200) → (200,200): left (walking −x) is +y, the outside of the L.
		// At the reflex corner (200,200) the outside face stops 5 short, inside runs 5 on.
		const w = wallLengths(b.doc, 'wall:w3');
		expect(w.centre).toBe(200);
		expect(w.left).toBeCloseTo(200 + 5 - 5, 9); // +5 at the convex end, −5 at the reflex one
		expect(w.right).toBeCloseTo(200 - 5 + 5, 9);
	});
});

describe('plan 4: mixed wall thicknesses', () => {
	it('insets each edge by its own wall', () => {
		const b = new PlanBuilder();
		const [top, , , left] = [
			b.wall([0, 0], [400, 0], { thickness: 30 }),
			b.wall([400, 0], [400, 300]),
			b.wall([400, 300], [0, 300]),
			b.wall([0, 300], [0, 0])
		];
		const m = measured(b, 200, 150);
		// x from 5 to 395 (390), y from 15 to 295 (280).
		expect(m.net).toBeCloseTo(390 * 280, 6); // 109 200
		expect(m.perimeter).toBeCloseTo(2 * (390 + 280), 6); // 1340
		// Top: inside 400 − 5 − 5, outside 400 + 5 + 5 (the side walls are 10 thick).
		expect(wallLengths(b.doc, top)).toEqual({ centre: 400, left: 410, right: 390 });
		// Left wall (0,300) → (0,0): its right face is the inside: 300 − 5 (bottom) − 15 (top).
		expect(wallLengths(b.doc, left)).toEqual({ centre: 300, left: 320, right: 280 });
	});
	it('steps where two collinear walls of different thickness meet', () => {
		const b = new PlanBuilder();
		b.wall([0, 0], [200, 0]);
		b.wall([200, 0], [400, 0], { thickness: 30 });
		b.ring([
			[400, 0],
			[400, 300],
			[0, 300],
			[0, 0]
		]).pop();
		// The ring above added (0,0) → (400,0) again as its last wall: remove that duplicate.
		delete b.doc.walls['wall:w6'];
		const m = measured(b, 100, 150);
		// Left half 5..200 × 5..295 = 195 × 290; right half 200..395 × 15..295 = 195 × 280.
		expect(m.net).toBeCloseTo(195 * 290 + 195 * 280, 6); // 111 150
		// 195 + 10 (step) + 195 + 280 + 390 + 290
		expect(m.perimeter).toBeCloseTo(1360, 6);
	});
});

describe('plan 5: a room inside a room', () => {
	// Outer 1000 × 800 with 20 cm walls; a free island 200 × 200 of 10 cm walls inside.
	const b = new PlanBuilder();
	b.ring(
		[
			[0, 0],
			[1000, 0],
			[1000, 800],
			[0, 800]
		],
		{ thickness: 20 }
	);
	b.ring([
		[400, 300],
		[600, 300],
		[600, 500],
		[400, 500]
	]);
	it('gives the outer face a hole and subtracts the island footprint', () => {
		const faces = findFaces(b.doc, LEVEL);
		expect(faces).toHaveLength(2);
		const outer = faceAt(b, 100, 100);
		expect(outer.holes).toHaveLength(1);
		const m = faceMeasures(b.doc, outer);
		expect(m.gross).toBeCloseTo(1000 * 800 - 200 * 200, 6); // 760 000
		// (1000 − 20) × (800 − 20) − (200 + 10)²  = 764 400 − 44 100
		expect(m.net).toBeCloseTo(720300, 6);
		// 2 × (980 + 780) + 4 × 210
		expect(m.perimeter).toBeCloseTo(4360, 6);
	});
	it('measures the inner room on its own', () => {
		const m = measured(b, 500, 400);
		expect(m.gross).toBeCloseTo(40000, 6); // 200 × 200
		expect(m.net).toBeCloseTo(190 * 190, 6); // 36 100
		expect(m.perimeter).toBeCloseTo(760, 6);
	});
	it('does not count the inside of the island as part of the outer room', () => {
		expect(faceContains(faceAt(b, 100, 100), { x: 500, y: 400 })).toBe(false);
	});
});

describe('plan 6: a courtyard ring', () => {
	// 900 × 900 outline, a 300 × 300 yard in the middle, four pinwheel walls between them.
	const b = new PlanBuilder();
	b.ring([
		[0, 0],
		[300, 0],
		[900, 0],
		[900, 300],
		[900, 900],
		[600, 900],
		[0, 900],
		[0, 600]
	]);
	b.ring([
		[300, 300],
		[600, 300],
		[600, 600],
		[300, 600]
	]);
	b.wall([300, 300], [300, 0]);
	b.wall([600, 300], [900, 300]);
	b.wall([600, 600], [600, 900]);
	b.wall([300, 600], [0, 600]);
	it('finds four rooms and the yard as faces', () => {
		const faces = findFaces(b.doc, LEVEL);
		expect(faces).toHaveLength(5);
		// (810 000 − 90 000) / 4 = 180 000 each; the yard 300 × 300.
		expect(faces.map((f) => f.area).sort((x, y) => x - y)).toEqual([
			90000, 180000, 180000, 180000, 180000
		]);
	});
	it('measures a ring room and the yard', () => {
		// Top room 300..900 × 0..300 inset by 5: 590 × 290.
		expect(measured(b, 600, 150).net).toBeCloseTo(590 * 290, 6); // 171 100
		expect(measured(b, 450, 450).net).toBeCloseTo(290 * 290, 6); // 84 100
	});
});

describe('plan 7: a wall sticking into a room', () => {
	const b = new PlanBuilder();
	b.ring([
		[0, 0],
		[200, 0],
		[400, 0],
		[400, 300],
		[0, 300]
	]);
	const stub = b.wall([200, 0], [200, 100]);
	b.wall([100, 200], [300, 200]); // and one standing free in the room
	b.wall([0, 0], [200, 0]); // and a duplicate of an outline wall
	it('leaves one face with the areas of the plain room', () => {
		const faces = findFaces(b.doc, LEVEL);
		expect(faces).toHaveLength(1);
		const m = faceMeasures(b.doc, faces[0]);
		expect(m.gross).toBeCloseTo(120000, 6);
		expect(m.net).toBeCloseTo(113100, 6);
		expect(m.perimeter).toBeCloseTo(1360, 6);
	});
	it('cuts the stub only at its root', () => {
		// Joined to the top wall at a T (−5 each side), free at its other end.
		expect(wallLengths(b.doc, stub)).toEqual({ centre: 100, left: 95, right: 95 });
	});
});

describe('plan 11: a diagonal room', () => {
	// A square turned 45°: sides 200√2 between (0,200), (200,0), (400,200), (200,400).
	const b = new PlanBuilder();
	b.ring([
		[0, 200],
		[200, 0],
		[400, 200],
		[200, 400]
	]);
	it('insets each side by 5 along its normal', () => {
		const m = measured(b, 200, 200);
		const side = 200 * Math.SQRT2; // 282.84
		expect(m.gross).toBeCloseTo(side * side, 6); // 80 000
		expect(m.net).toBeCloseTo((side - 10) ** 2, 6); // 80 100 − 4000√2 = 74 443.15
		expect(m.perimeter).toBeCloseTo(4 * (side - 10), 6); // 1091.37
	});
});

describe('plan 12: a room with an arc wall', () => {
	// 400 × 300 room whose top wall is a half circle (radius 200) bulging up (outwards).
	const b = new PlanBuilder();
	const arc = b.wall([0, 0], [400, 0], { arcExtent: Math.PI });
	b.ring([
		[400, 0],
		[400, 300],
		[0, 300],
		[0, 0]
	]);
	delete b.doc.walls['wall:w5']; // the ring's closing wall (0,0) → (400,0)
	it('approximates the area within 0.1 %', () => {
		const m = measured(b, 200, 100);
		// 400 × 300 + π·200²/2 = 120 000 + 62 831.85
		expect(Math.abs(m.gross - 182831.85) / 182831.85).toBeLessThan(1e-3);
		// 390 × 295 + π·195²/2 = 115 050 + 59 729.42
		expect(Math.abs(m.net - 174779.42) / 174779.42).toBeLessThan(1e-3);
		expect(m.gross).toBeLessThan(182831.85); // chords lie inside the arc
	});
	it('measures the arc along its centre line and faces exactly', () => {
		// π·200; outer face π·205, inner π·195; the side walls continue it straight.
		const w = wallLengths(b.doc, arc);
		expect(w.centre).toBeCloseTo(Math.PI * 200, 9);
		expect(w.left).toBeCloseTo(Math.PI * 205, 9);
		expect(w.right).toBeCloseTo(Math.PI * 195, 9);
	});
});

describe('disconnected rooms and numerical robustness', () => {
	it('finds rooms of separate groups of walls', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		b.ring([
			[1000, 0],
			[1200, 0],
			[1200, 100],
			[1000, 100]
		]);
		const areas = findFaces(b.doc, LEVEL).map((f) => f.area);
		expect(areas.sort((x, y) => x - y)).toEqual([20000, 120000]);
	});
	it('keeps a room whole with near-collinear corners and a 1 mm wall', () => {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[200, 1e-9],
			[200.1, 0],
			[400, 0],
			[400, 300],
			[0, 300]
		]);
		const faces = findFaces(b.doc, LEVEL);
		expect(faces).toHaveLength(1);
		expect(faceMeasures(b.doc, faces[0]).net).toBeCloseTo(113100, 3);
	});
});
