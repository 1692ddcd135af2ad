import { describe, expect, it } from 'vitest';
import { catalog } from '../furniture';
import {
	BOX_MODEL,
	PART_MATERIALS,
	hasModel,
	itemModel,
	partCorners,
	placedCorners
} from './index';

const EPS = 1e-6;

describe('catalog models', () => {
	it('gives every catalog item its own model of at least two parts', () => {
		for (const item of catalog) {
			expect(hasModel(item.id), item.id).toBe(true);
			expect(itemModel(item.id).length, item.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('keeps every part of every model inside the unit cell, with positive sizes', () => {
		for (const item of catalog) {
			for (const part of itemModel(item.id)) {
				expect(PART_MATERIALS).toContain(part.material);
				for (const s of part.size) expect(s, `${item.id} size`).toBeGreaterThan(0);
				for (const [x, y, z] of partCorners(part)) {
					expect(Math.abs(x), `${item.id} ${part.shape} x`).toBeLessThanOrEqual(0.5 + EPS);
					expect(y, `${item.id} ${part.shape} y`).toBeGreaterThanOrEqual(-EPS);
					expect(y, `${item.id} ${part.shape} y`).toBeLessThanOrEqual(1 + EPS);
					expect(Math.abs(z), `${item.id} ${part.shape} z`).toBeLessThanOrEqual(0.5 + EPS);
				}
			}
		}
	});

	it('fills its box: the parts reach the floor-to-top and side-to-side extents', () => {
		for (const item of catalog) {
			const corners = itemModel(item.id).flatMap(partCorners);
			const ext = (i: 0 | 1 | 2) => {
				const v = corners.map((c) => c[i]);
				return Math.max(...v) - Math.min(...v);
			};
			// Every model spans most of its cell, so the 2D footprint and the 3D piece agree.
			expect(ext(0), `${item.id} width`).toBeGreaterThan(0.75);
			expect(ext(1), `${item.id} height`).toBeGreaterThan(0.75);
			expect(ext(2), `${item.id} depth`).toBeGreaterThan(0.15);
		}
	});

	it('scales with the size: placed corners stay in the piece box and move with it', () => {
		const part = itemModel('sofa:3-seat')[1];
		const small = placedCorners(part, 100, 50, 40);
		const big = placedCorners(part, 200, 150, 80);
		small.forEach(([x, y, z], i) => {
			expect(big[i][0]).toBeCloseTo(x * 2);
			expect(big[i][1]).toBeCloseTo(y * 2);
			expect(big[i][2]).toBeCloseTo(z * 3);
		});
		for (const item of catalog) {
			for (const p of itemModel(item.id))
				for (const [x, y, z] of placedCorners(p, item.width, item.depth, item.height)) {
					expect(Math.abs(x)).toBeLessThanOrEqual(item.width / 2 + 1e-3);
					expect(y).toBeLessThanOrEqual(item.height + 1e-3);
					expect(Math.abs(z)).toBeLessThanOrEqual(item.depth / 2 + 1e-3);
				}
		}
	});

	it('tells models apart: a double bed has two pillows, a single bed one', () => {
		const white = (id: string) =>
			itemModel(id).filter((p) => p.material === 'white' && p.size[1] < 0.15).length;
		expect(white('bed:double')).toBe(2);
		expect(white('bed:single')).toBe(1);
		expect(itemModel('window:double').filter((p) => p.material === 'glass')).toHaveLength(3);
	});

	it('turns a part by Euler XYZ: a quarter turn about x swaps its height and depth', () => {
		const corners = partCorners({
			shape: 'box',
			position: [0, 0.5, 0],
			size: [0.2, 0.6, 0.1],
			rotation: [Math.PI / 2, 0, 0],
			material: 'body'
		});
		const ys = corners.map((c) => c[1]);
		const zs = corners.map((c) => c[2]);
		expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(0.1);
		expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(0.6);
	});

	it('draws unknown ids as the plain box', () => {
		expect(hasModel('upload:abc')).toBe(false);
		expect(itemModel('upload:abc')).toBe(BOX_MODEL);
	});
});
