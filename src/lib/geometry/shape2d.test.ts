import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../plan/types';
import { arcBeziers, bulgeOf, flatten, svgPath, turnOf } from './shape2d';

const bezierAt = (p: Vec2, [c1, c2, q]: [Vec2, Vec2, Vec2], t: number): Vec2 => {
	const u = 1 - t;
	const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
	return {
		x: k[0] * p.x + k[1] * c1.x + k[2] * c2.x + k[3] * q.x,
		y: k[0] * p.y + k[1] * c1.y + k[2] * c2.y + k[3] * q.y
	};
};

describe('flat shapes', () => {
	// Half a circle of radius 50 from (0, 0) to (100, 0), turning +180°: clockwise on screen
	// (y down), so over the top, through (50, −50).
	const half = {
		type: 'polygon' as const,
		points: [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 }
		],
		bulges: [bulgeOf(Math.PI), 0]
	};

	it('turns bulges and angles into each other', () => {
		expect(turnOf(bulgeOf(1.234))).toBeCloseTo(1.234, 12);
		expect(bulgeOf(Math.PI)).toBeCloseTo(1, 12);
	});

	it('writes an SVG arc with the sweep of a positive turn', () => {
		expect(svgPath(half)).toBe('M0 0A50 50 0 0 1 100 0Z');
		const back = { ...half, bulges: [bulgeOf(-Math.PI), 0] };
		expect(svgPath(back)).toBe('M0 0A50 50 0 0 0 100 0Z');
		const wide = { ...half, bulges: [bulgeOf((3 * Math.PI) / 2), 0] };
		expect(svgPath(wide)).toMatch(/^M0 0A70\.7 70\.7 0 1 1 100 0Z$/);
	});

	it('samples arcs on their circle, on the side they turn to', () => {
		const pts = flatten(half);
		expect(pts.length).toBeGreaterThan(30);
		for (const p of pts.slice(1)) expect(Math.hypot(p.x - 50, p.y)).toBeCloseTo(50, 9);
		expect(Math.min(...pts.map((p) => p.y))).toBeCloseTo(-50, 1);
	});

	it('approximates arcs with Béziers that stay on the circle', () => {
		const p = { x: 0, y: 0 };
		const pieces = arcBeziers(p, { x: 100, y: 0 }, Math.PI);
		expect(pieces).toHaveLength(2);
		let from = p;
		for (const piece of pieces) {
			for (const t of [0.25, 0.5, 0.75]) {
				const q = bezierAt(from, piece, t);
				expect(Math.abs(Math.hypot(q.x - 50, q.y) - 50)).toBeLessThan(0.02);
				expect(q.y).toBeLessThan(0);
			}
			from = piece[2];
		}
		expect(from.x).toBeCloseTo(100, 9);
		expect(from.y).toBeCloseTo(0, 9);
	});
});
