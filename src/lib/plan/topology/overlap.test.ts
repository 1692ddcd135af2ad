import { describe, expect, it } from 'vitest';
import { intersectionArea } from './overlap';

const rect = (x: number, y: number, w: number, h: number) => [
	{ x, y },
	{ x: x + w, y },
	{ x: x + w, y: y + h },
	{ x, y: y + h }
];

describe('intersectionArea', () => {
	it('is the area of a polygon with itself', () => {
		expect(intersectionArea(rect(0, 0, 400, 300), rect(0, 0, 400, 300))).toBeCloseTo(120000, 6);
	});
	it('of two rectangles overlapping by 100 × 200 is 20 000', () => {
		expect(intersectionArea(rect(0, 0, 300, 200), rect(200, 0, 300, 300))).toBeCloseTo(20000, 6);
	});
	it('is zero for rectangles sharing an edge only', () => {
		expect(intersectionArea(rect(0, 0, 100, 100), rect(100, 0, 100, 100))).toBeCloseTo(0, 6);
	});
	it('is the inner area for a contained polygon, whatever the orientation', () => {
		const inner = rect(100, 100, 50, 40).reverse();
		expect(intersectionArea(rect(0, 0, 400, 300), inner)).toBeCloseTo(2000, 6);
	});
	it('handles a non-convex L against a square on its notch', () => {
		// L = 200×200 square minus its 100×100 top-right quarter: 30 000 cm².
		const L = [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 100 },
			{ x: 200, y: 100 },
			{ x: 200, y: 200 },
			{ x: 0, y: 200 }
		];
		// The square 50..150 × 50..150 overlaps the L in 3 of its 4 quarters: 3 × 50 × 50.
		expect(intersectionArea(L, rect(50, 50, 100, 100))).toBeCloseTo(7500, 6);
	});
	it('of a half-shared rectangle counts the shared edges once', () => {
		// Same left part: 0..400 × 0..300 against 0..200 × 0..300 → 60 000.
		expect(intersectionArea(rect(0, 0, 400, 300), rect(0, 0, 200, 300))).toBeCloseTo(60000, 6);
	});
});
