import { describe, expect, it } from 'vitest';
import { Mesh, type Object3D } from 'three';
import { buildTwoBedroomHouse } from '../../catalog/templates/two-bedroom';
import type { Furniture, PlanDocument } from '../../plan/types';
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
});
