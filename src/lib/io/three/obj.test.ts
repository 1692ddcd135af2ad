import { describe, expect, it } from 'vitest';
import { templates } from '../../catalog/templates';
import { buildPlanGeometry } from '../../geometry';
import { modelTemplate } from '../../render/three/catalog-models';
import { exportObj } from './obj';

describe('OBJ + MTL export', () => {
	it('has the vertices and faces of the geometry and furniture, and every material in the MTL', async () => {
		const doc = templates[1].build();
		const { obj, mtl } = await exportObj(doc, { mtlFileName: 'house.mtl' });
		const lines = obj.split('\n');
		const faces = lines.filter((l) => l.startsWith('f ')).length;
		const vertices = lines.filter((l) => l.startsWith('v ')).length;
		const geometry = buildPlanGeometry(doc).stats;
		const pieces = Object.values(doc.furniture);
		expect(faces).toBe(
			geometry.triangles +
				pieces.reduce((s, f) => s + modelTemplate(f.catalogId, f.mirrored, 0).triangles, 0)
		);
		expect(vertices).toBe(
			geometry.vertices +
				pieces.reduce((s, f) => s + modelTemplate(f.catalogId, f.mirrored, 0).vertices, 0)
		);
		expect(obj).toContain('mtllib house.mtl');
		const used = new Set(lines.filter((l) => l.startsWith('usemtl ')).map((l) => l.slice(7)));
		const defined = new Set([...mtl.matchAll(/^newmtl (.+)$/gm)].map((m) => m[1]));
		for (const name of used) expect(defined).toContain(name);
		expect(used.size).toBeGreaterThan(2);
	});
});
