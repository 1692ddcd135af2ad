import { Box3, Mesh, Vector3, type BufferGeometry } from 'three';
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

describe('UploadedLayer', () => {
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
