import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { catalog, itemModel } from '../../catalog';
import { catalogGeometry, catalogTriangles, partsGeometry } from './catalog-models';

describe('catalog model geometry', () => {
	it('builds every item inside the unit cell, with groups covering every vertex', () => {
		for (const item of catalog) {
			const g = catalogGeometry(item.id);
			const box = g.boundingBox!;
			expect(box.min.x, item.id).toBeGreaterThanOrEqual(-0.5 - 1e-4);
			expect(box.max.x, item.id).toBeLessThanOrEqual(0.5 + 1e-4);
			expect(box.min.y, item.id).toBeGreaterThanOrEqual(-1e-4);
			expect(box.max.y, item.id).toBeLessThanOrEqual(1 + 1e-4);
			expect(box.min.z, item.id).toBeGreaterThanOrEqual(-0.5 - 1e-4);
			expect(box.max.z, item.id).toBeLessThanOrEqual(0.5 + 1e-4);
			const count = g.getAttribute('position').count;
			expect(
				g.groups.reduce((n, grp) => n + grp.count, 0),
				item.id
			).toBe(count);
			const tinted = Array.from(g.getAttribute('tint').array as Float32Array).filter(Boolean);
			const hasBody = itemModel(item.id).some((p) => p.material === 'body');
			expect(tinted.length > 0, item.id).toBe(hasBody);
			expect(catalogTriangles(item.id)).toBe(count / 3);
		}
	});

	it('keeps normals pointing out, also when mirrored', () => {
		const parts = itemModel('sofa:corner');
		for (const mirrored of [false, true]) {
			const g = partsGeometry(parts, mirrored);
			const pos = g.getAttribute('position');
			const nor = g.getAttribute('normal');
			const [a, b, c, n, cross] = [0, 1, 2, 3, 4].map(() => new Vector3());
			let agree = 0;
			for (let t = 0; t < pos.count; t += 3) {
				a.fromBufferAttribute(pos, t);
				b.fromBufferAttribute(pos, t + 1);
				c.fromBufferAttribute(pos, t + 2);
				n.fromBufferAttribute(nor, t);
				cross.subVectors(b, a).cross(c.clone().sub(a));
				if (cross.dot(n) >= 0) agree++;
			}
			expect(agree, `mirrored ${mirrored}`).toBe(pos.count / 3);
		}
	});

	it('mirrors across the width: the chaise of a corner sofa moves from left to right', () => {
		const centreX = (mirrored: boolean) => {
			const g = partsGeometry([itemModel('sofa:corner')[1]], mirrored);
			g.computeBoundingBox();
			return (g.boundingBox!.min.x + g.boundingBox!.max.x) / 2;
		};
		expect(centreX(false)).toBeLessThan(0);
		expect(centreX(true)).toBeCloseTo(-centreX(false));
	});
});
