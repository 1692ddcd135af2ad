import { Mesh, PropertyBinding, type Object3D } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../catalog/templates';
import { buildPlanGeometry } from '../../geometry';
import { kindOf, trianglesOf } from '../../render/three/furniture-models';
import { exportGltf } from './gltf';
import { installFileReader } from './node-polyfills';

beforeAll(installFileReader);

function triangles(root: Object3D): number {
	let n = 0;
	root.traverse((o) => {
		if (o instanceof Mesh)
			n += (o.geometry.index?.count ?? o.geometry.getAttribute('position').count) / 3;
	});
	return n;
}

describe('glTF export', () => {
	it('loads back in GLTFLoader with the triangles of the geometry and the furniture', async () => {
		const doc = templates[2].build();
		const glb = await exportGltf(doc);
		expect(new TextDecoder().decode(glb.subarray(0, 4))).toBe('glTF');
		const buffer = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer;
		const gltf = await new GLTFLoader().parseAsync(buffer, '');
		const expected =
			buildPlanGeometry(doc).stats.triangles +
			Object.values(doc.furniture).reduce((s, f) => s + trianglesOf(kindOf(f.catalogId), 0), 0);
		expect(triangles(gltf.scene)).toBe(expected);
		// Materials are named by finish.
		const names = new Set<string>();
		gltf.scene.traverse((o) => {
			if (o instanceof Mesh) names.add((o.material as { name: string }).name);
		});
		for (const w of Object.values(doc.walls)) expect(names).toContain(w.finishLeft);
		for (const l of Object.values(doc.levels))
			expect(gltf.scene.getObjectByName(PropertyBinding.sanitizeNodeName(l.name))).toBeDefined();
	});

	it('writes a .gltf JSON text too, and can be cancelled', async () => {
		const doc = templates[0].build();
		const text = await exportGltf(doc, { binary: false });
		expect(JSON.parse(text).asset.version).toBe('2.0');
		const controller = new AbortController();
		controller.abort();
		await expect(exportGltf(doc, { signal: controller.signal })).rejects.toMatchObject({
			name: 'AbortError'
		});
	});
});
