import { Box3, Mesh, Vector3, type BufferGeometry, type Material } from 'three';
import { highlightUniformOf } from '$shaders/materials';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../catalog/templates';
import { installFileReader } from '../../io/three/node-polyfills';
import { createFurniture, createModel } from '../../plan/records';
import type { LevelId, PlanDocument } from '../../plan/types';
import { glb } from '../../ui/catalog/test-gltf';
import { UploadedLayer } from './uploaded-layer';

beforeAll(installFileReader);

function withModel(): { doc: PlanDocument; id: string } {
	const doc = templates[0].build();
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
	return {
		doc: { ...doc, furniture: { [piece.id]: piece }, models: { [model.id]: model } },
		id: piece.id
	};
}

/** The model's piece twice (ids a, b), the second 200 cm further along x. */
function twoPieces(): { doc: PlanDocument; a: string; b: string } {
	const { doc, id } = withModel();
	const piece = doc.furniture[id as keyof typeof doc.furniture];
	const b = 'furniture:second';
	return {
		doc: {
			...doc,
			furniture: { ...doc.furniture, [b]: { ...piece, id: b, x: 500 } }
		} as PlanDocument,
		a: id,
		b
	};
}

async function parsedLayer(doc: PlanDocument): Promise<UploadedLayer> {
	let ready!: () => void;
	const parsed = new Promise<void>((r) => (ready = r));
	const layer = new UploadedLayer(() => ready());
	layer.update(doc, () => true);
	await parsed;
	layer.update(doc, () => true);
	return layer;
}

function meshesOf(layer: UploadedLayer, id: string): Mesh[] {
	const out: Mesh[] = [];
	layer.group.traverse((o) => {
		if (o instanceof Mesh && o.userData.furnitureId === id) out.push(o);
	});
	return out;
}

describe('UploadedLayer', () => {
	it('highlights a selected piece through a per-mesh flag, its clones keeping one shared material', async () => {
		const { doc, a, b } = twoPieces();
		const layer = await parsedLayer(doc);
		const [ma] = meshesOf(layer, a);
		const [mb] = meshesOf(layer, b);
		// Clones share the one material made from the parsed one, and it reads the flag.
		expect(ma.material).toBe(mb.material);
		const material = ma.material as Material;
		const uniform = highlightUniformOf(material);
		expect(uniform).toBeDefined();
		const version = material.version;
		const shown = (m: Mesh) => {
			uniform.update({ object: m });
			return uniform.value;
		};
		expect([shown(ma), shown(mb)]).toEqual([0, 0]);

		layer.setSelection(new Set([a]));
		expect([shown(ma), shown(mb)]).toEqual([1, 0]);
		expect(ma.material).toBe(material);
		expect(mb.material).toBe(material);
		expect(material.version).toBe(version);
		// A moved piece gets a new clone: it stays selected.
		const moved = {
			...doc,
			furniture: {
				...doc.furniture,
				[a]: { ...doc.furniture[a as keyof typeof doc.furniture], x: 100 }
			}
		} as PlanDocument;
		layer.update(moved, () => true);
		const [again] = meshesOf(layer, a);
		expect(again).not.toBe(ma);
		expect(shown(again)).toBe(1);

		layer.setSelection(new Set());
		expect([shown(again), shown(mb)]).toEqual([0, 0]);
		expect(material.version).toBe(version);
	});

	it('gives each placed piece its fitted box for the shadow stand-in and says which levels changed', async () => {
		const { doc, a, b } = twoPieces();
		const layer = await parsedLayer(doc);
		const level = doc.furniture[a as keyof typeof doc.furniture].level;
		const boxes = layer.boxesOf(level);
		expect(boxes).toHaveLength(2);
		expect(layer.boxesOf('level:none')).toHaveLength(0);
		// The unit box (base at the origin) becomes the piece's box: 100 × 160 × 30 at x = 300.
		const corner = new Vector3(0.5, 1, 0.5).applyMatrix4(boxes[0]);
		expect(corner.x).toBeCloseTo(350, 3);
		expect(corner.y).toBeCloseTo(160, 3);
		expect(corner.z).toBeCloseTo(215, 3);

		layer.update(doc, () => true);
		expect(layer.changedLevels.size).toBe(0);
		const furniture = { ...doc.furniture };
		delete furniture[b as keyof typeof furniture];
		layer.update({ ...doc, furniture } as PlanDocument, () => true);
		expect([...layer.changedLevels]).toEqual([level]);
		expect(layer.boxesOf(level)).toHaveLength(1);
	});

	it('parses once, places a fitted clone, follows a move and frees the model when removed', async () => {
		const { doc, id } = withModel();
		let ready!: () => void;
		const parsed = new Promise<void>((r) => (ready = r));
		const layer = new UploadedLayer(() => ready());
		const all = () => true;
		layer.update(doc, all);
		const piece = doc.furniture[id as keyof typeof doc.furniture];
		// Not parsed yet: the furniture layer keeps its box.
		expect(layer.drawn(piece)).toBe(false);
		expect(layer.group.children).toHaveLength(0);
		await parsed;
		layer.update(doc, all);
		expect(layer.drawn(piece)).toBe(true);
		expect(layer.group.children).toHaveLength(1);
		expect(layer.meshCount).toBe(1);
		layer.group.updateMatrixWorld(true);
		const size = new Box3().setFromObject(layer.group).getSize(new Vector3());
		expect(size.x).toBeCloseTo(100, 3);
		expect(size.y).toBeCloseTo(160, 3);
		let mesh: Mesh | null = null;
		layer.group.traverse((o) => {
			if (o instanceof Mesh) mesh = o;
		});
		expect(layer.idOf(mesh!)).toBe(id);

		const moved = { ...doc, furniture: { [id]: { ...piece, x: 500 } } } as PlanDocument;
		layer.update(moved, all);
		layer.group.updateMatrixWorld(true);
		const centre = new Box3().setFromObject(layer.group).getCenter(new Vector3());
		expect(centre.x).toBeCloseTo(500, 3);

		// Hidden levels hide the clone and it is not pickable.
		layer.update(moved, () => false);
		expect(layer.idOf(mesh!)).toBeNull();

		let disposed = false;
		((mesh! as Mesh).geometry as BufferGeometry).addEventListener(
			'dispose',
			() => (disposed = true)
		);
		layer.update({ ...doc, furniture: {}, models: {} }, all);
		expect(layer.group.children).toHaveLength(0);
		expect(disposed).toBe(true);
	});
});
