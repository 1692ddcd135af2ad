import { describe, expect, it } from 'vitest';
import { Mesh, type Object3D } from 'three';
import { buildTwoBedroomHouse } from '../../catalog/templates/two-bedroom';
import { installFileReader } from '../../io/three/node-polyfills';
import { createFurniture, createModel } from '../../plan/records';
import type { Furniture, LevelId, PlanDocument } from '../../plan/types';
import { glb } from '../../ui/catalog/test-gltf';
import { FINISH_ATTRIBUTES } from '$shaders/finishes';
import { lookOf } from './finishes';
import { SceneModel } from './scene-model';

const FLAGS = { instancing: true, lod: true, maxTriangles: 100_000, maxTextureSize: 2048 };

function drawn(root: Object3D): Mesh[] {
	const out: Mesh[] = [];
	root.traverseVisible((o) => {
		if (o instanceof Mesh && !o.name.startsWith('shadow:')) out.push(o);
	});
	return out;
}

describe('SceneModel', () => {
	it('draws everything but the shadow stand-ins with the two finish materials', () => {
		const model = new SceneModel({ flags: FLAGS });
		model.setDocument(buildTwoBedroomHouse());
		const materials = new Set(drawn(model.root).map((m) => m.material));
		expect(materials.size).toBe(2);
		expect([...materials].filter((m) => !Array.isArray(m) && m.transparent)).toHaveLength(1);
	});

	it('can hold back shadows and glass for the first frame', () => {
		const model = new SceneModel({ flags: FLAGS });
		model.setDocument(buildTwoBedroomHouse());
		model.holdFirstFrameExtras(true);
		const glass = drawn(model.root).find((m) => m.name === 'glass')!;
		expect((glass.material as { visible: boolean }).visible).toBe(false);
		expect(model.lighting.sun.castShadow).toBe(false);
		model.holdFirstFrameExtras(false);
		expect((glass.material as { visible: boolean }).visible).toBe(true);
		expect(model.lighting.sun.castShadow).toBe(true);
	});

	it('gives each wall, floor and ceiling bucket its finish’s pattern, repeat and colours', () => {
		const model = new SceneModel({ flags: FLAGS });
		model.setDocument(buildTwoBedroomHouse());
		model.setCeilings(true);
		const buckets = drawn(model.root).filter((m) => /^(structure|ceiling):/.test(m.name));
		const finishes = buckets.map((m) => m.name.split('|').pop()!);
		expect(finishes).toEqual(expect.arrayContaining(['brick:red', 'wood:oak', 'tile:grey']));
		for (const [i, mesh] of buckets.entries()) {
			const look = lookOf(finishes[i]);
			const params = mesh.geometry.getAttribute(FINISH_ATTRIBUTES.params);
			const accent = mesh.geometry.getAttribute(FINISH_ATTRIBUTES.accent);
			const last = params.count - 1;
			expect(params.getX(last), finishes[i]).toBe(look.kind);
			expect(params.getY(last), finishes[i]).toBeCloseTo(look.scale, 5);
			expect(accent.getX(0), finishes[i]).toBeCloseTo(look.accent.r, 6);
		}
	});

	it('keeps the number of meshes when the furniture is multiplied', () => {
		const doc = buildTwoBedroomHouse();
		const model = new SceneModel({ flags: FLAGS });
		model.setDocument(doc);
		const before = drawn(model.root).length;
		const furniture: Record<string, Furniture> = {};
		for (const f of Object.values(doc.furniture))
			for (let k = 0; k < 4; k++) furniture[`${f.id}-${k}`] = { ...f, id: `${f.id}-${k}` as never };
		model.setDocument({ ...doc, furniture } as PlanDocument);
		expect(drawn(model.root).length).toBe(before);
	});

	it('casts the shadow of a piece drawn from its uploaded model with its box, until it is deleted', async () => {
		installFileReader();
		const doc = buildTwoBedroomHouse();
		const level = Object.keys(doc.levels)[0] as LevelId;
		const model = createModel({
			name: 'Lamp',
			format: 'glb',
			data: Buffer.from(glb([0.5, 1.6, 0.3])).toString('base64'),
			width: 50,
			depth: 30,
			height: 160,
			triangles: 1
		});
		const piece = createFurniture({ level, catalogId: model.id, name: 'Lamp', x: 300, y: 200 });
		const withPiece = {
			...doc,
			furniture: { ...doc.furniture, [piece.id]: piece },
			models: { [model.id]: model }
		} as PlanDocument;
		let ready!: () => void;
		const parsed = new Promise<void>((r) => (ready = r));
		const scene = new SceneModel({ flags: FLAGS, onChange: () => ready() });
		const proxyVertices = () => {
			const mesh = scene.root.getObjectByName(`shadow:${level}`) as Mesh;
			return mesh.geometry.getAttribute('position').count;
		};
		scene.setDocument(doc);
		const without = proxyVertices();
		scene.setDocument(withPiece);
		await parsed;
		// Drawn as its clone now (not in the merged furniture), casting with a 24-vertex box.
		expect(proxyVertices()).toBe(without + 24);
		scene.setDocument({ ...withPiece, furniture: doc.furniture } as PlanDocument);
		expect(proxyVertices()).toBe(without);
	});

	it('lights ceilings with a pale bounce while walking, the earth colour from outside', () => {
		const scene = new SceneModel({ flags: FLAGS });
		scene.setDocument(buildTwoBedroomHouse());
		const outside = scene.lighting.sky.groundColor.clone();
		const lum = (c: { r: number; g: number; b: number }) =>
			0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
		scene.setCeilings(true);
		const inside = scene.lighting.sky;
		expect(lum(inside.groundColor) * inside.intensity).toBeGreaterThan(lum(outside) * 1.1 * 3);
		scene.setCeilings(false);
		expect(scene.lighting.sky.groundColor.equals(outside)).toBe(true);
		expect(scene.lighting.sky.intensity).toBe(1.1);
	});
});
