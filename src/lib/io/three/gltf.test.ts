import {
	Box3,
	Color,
	Mesh,
	MeshStandardMaterial,
	PropertyBinding,
	Vector3,
	type Object3D
} from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../catalog/templates';
import { buildPlanGeometry } from '../../geometry';
import { modelTemplate } from '../../render/three/catalog-models';
import { exportGltf } from './gltf';
import { installFileReader } from './node-polyfills';
import { createFurniture, createModel } from '../../plan/records';
import type { LevelId } from '../../plan/types';
import { glb as testGlb } from '../../ui/catalog/test-gltf';

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
			Object.values(doc.furniture).reduce(
				(s, f) => s + modelTemplate(f.catalogId, f.mirrored, 0).triangles,
				0
			);
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

	it('exports a chair as its catalog model, fitted to its size, in its colour', async () => {
		const doc = templates[0].build();
		const level = Object.keys(doc.levels)[0] as LevelId;
		const chair = createFurniture({
			level,
			catalogId: 'chair:dining',
			name: 'Red chair',
			x: 300,
			y: 200,
			width: 45,
			depth: 50,
			height: 90,
			color: '#d02020'
		});
		const only = { ...doc, furniture: { [chair.id]: chair } };
		const glb = await exportGltf(only);
		const gltf = await new GLTFLoader().parseAsync(
			glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer,
			''
		);
		const node = gltf.scene.getObjectByName(PropertyBinding.sanitizeNodeName('Red chair'))!;
		expect(node).toBeDefined();
		const count = triangles(node);
		// Legs, seat and back — not the 12 triangles of a box.
		expect(count).toBeGreaterThan(12);
		expect(count).toBe(modelTemplate('chair:dining', false, 0).triangles);
		gltf.scene.updateMatrixWorld(true);
		const size = new Box3().setFromObject(node).getSize(new Vector3());
		expect(size.x).toBeCloseTo(0.45, 3);
		expect(size.y).toBeCloseTo(0.9, 3);
		expect(size.z).toBeCloseTo(0.5, 3);
		// Its body parts carry the piece's colour (linear in glTF, as three reads it back).
		const colours: string[] = [];
		node.traverse((o) => {
			if (o instanceof Mesh)
				colours.push((o.material as MeshStandardMaterial).color.getHexString());
		});
		expect(colours).toContain(new Color('#d02020').getHexString());
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

	it("exports a piece of the person's own model as that model, fitted to the piece", async () => {
		const doc = templates[0].build();
		const level = Object.keys(doc.levels)[0] as LevelId;
		// One triangle 0.5 × 1.6 × 0.3 m, placed as a piece twice as wide.
		const model = createModel({
			name: 'Lamp',
			format: 'glb',
			data: Buffer.from(testGlb([0.5, 1.6, 0.3])).toString('base64'),
			width: 50,
			depth: 30,
			height: 160,
			triangles: 1
		});
		const piece = createFurniture({
			level,
			catalogId: model.id,
			name: 'My lamp',
			x: 300,
			y: 200,
			width: 100,
			depth: 30,
			height: 160
		});
		const withModel = {
			...doc,
			furniture: { ...doc.furniture, [piece.id]: piece },
			models: { [model.id]: model }
		};
		const glb = await exportGltf(withModel);
		const buffer = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer;
		const gltf = await new GLTFLoader().parseAsync(buffer, '');
		const base = await exportGltf(doc);
		const baseScene = await new GLTFLoader().parseAsync(
			base.buffer.slice(base.byteOffset, base.byteOffset + base.byteLength) as ArrayBuffer,
			''
		);
		expect(triangles(gltf.scene)).toBe(triangles(baseScene.scene) + 1);
		const lamp = gltf.scene.getObjectByName(PropertyBinding.sanitizeNodeName('My lamp'))!;
		expect(lamp).toBeDefined();
		gltf.scene.updateMatrixWorld(true);
		const size = new Box3().setFromObject(lamp).getSize(new Vector3());
		// Metres in the file: 1 m wide (the piece), 1.6 m tall, 0.3 m deep.
		expect(size.x).toBeCloseTo(1, 3);
		expect(size.y).toBeCloseTo(1.6, 3);
		expect(size.z).toBeCloseTo(0.3, 3);
	});
});
