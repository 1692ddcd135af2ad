import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { MODELS, kindOf, modelGeometry, partsOf, trianglesOf } from './furniture-models';

describe('kindOf', () => {
	it('gives every catalog furniture item a model of its own kind', () => {
		const furniture = catalog.filter((i) => i.kind === 'furniture');
		expect(furniture.length).toBeGreaterThan(10);
		for (const item of furniture) expect(MODELS[kindOf(item.id)], item.id).toBeDefined();
		// Plain boxes only for what is a box (rugs, mirrors, the generic box), never as a fallback.
		const boxes = furniture.filter((i) => kindOf(i.id) === 'box').map((i) => i.id);
		for (const id of boxes) expect(id).toMatch(/rug|mirror|^box:/);
	});

	it('picks the specific word before the general one', () => {
		expect(kindOf('table:bedside')).toBe('cabinet');
		expect(kindOf('bath:shower-tray')).toBe('shower');
		expect(kindOf('kitchen:sink-unit')).toBe('sink');
		expect(kindOf('kitchen:base-unit')).toBe('counter');
		expect(kindOf('mystery:thing')).toBe('box');
	});
});

describe('modelGeometry', () => {
	it('fits the unit cell and tints only the parts without their own colour', () => {
		const g = modelGeometry(partsOf('bed', 0));
		g.computeBoundingBox();
		const b = g.boundingBox!;
		expect([b.min.x, b.max.x, b.min.y, b.min.z, b.max.z]).toEqual([-0.5, 0.5, 0, -0.5, 0.5]);
		const tint = g.getAttribute('tint');
		const values = new Set(Array.from(tint.array as Float32Array));
		expect(values).toEqual(new Set([0, 1])); // frame takes the piece colour, sheets stay white
		expect(g.getIndex()!.count / 3).toBe(trianglesOf('bed', 0));
	});

	it('mirrors across the width', () => {
		const parts = partsOf('sink', 0);
		const a = modelGeometry(parts).getAttribute('position');
		const m = modelGeometry(parts, true).getAttribute('position');
		const xs = (attr: typeof a) =>
			Array.from({ length: attr.count }, (_, i) => attr.getX(i)).sort((p, q) => p - q);
		expect(xs(m)).toEqual(
			xs(a)
				.map((x) => -x)
				.sort((p, q) => p - q)
		);
	});

	it('simplifies to one box at level of detail 1', () => {
		expect(trianglesOf('bed', 1)).toBe(12);
		expect(trianglesOf('bed', 0)).toBeGreaterThan(12);
	});
});
