import { describe, expect, it } from 'vitest';
import { Box3, BufferAttribute, Color, Mesh, Vector3, type BufferGeometry } from 'three';
import { MeshStandardNodeMaterial } from 'three/webgpu';
import { PART_FINISHES, getFinish, getItem } from '../../catalog';
import { buildTwoBedroomHouse } from '../../catalog/templates/two-bedroom';
import type { Furniture, PlanDocument } from '../../plan/types';
import { FINISH_ATTRIBUTES, KIND_ID } from '$shaders/finishes';
import { FurnitureLayer, partLook } from './furniture-layer';
import { lookOf } from './finishes';
import { modelTemplate } from './catalog-models';

const colorOf = (f: Furniture) => getItem(f.catalogId)?.color ?? '#808080';
const all = () => true;

function layer(instancing = true) {
	const solid = new MeshStandardNodeMaterial();
	const glass = new MeshStandardNodeMaterial();
	return { solid, glass, layer: new FurnitureLayer(solid, glass, { instancing, colorOf }) };
}

const meshes = (l: FurnitureLayer) => l.group.children as Mesh[];

/** The document with every piece copied `n` times (shifted 1 cm each time). */
function multiplied(doc: PlanDocument, n: number): PlanDocument {
	const furniture: Record<string, Furniture> = {};
	for (const f of Object.values(doc.furniture))
		for (let k = 0; k < n; k++) {
			const id = `${f.id}-${k}`;
			furniture[id] = { ...f, id: id as Furniture['id'], x: f.x + k };
		}
	return { ...doc, furniture } as PlanDocument;
}

function vertexBox(g: BufferGeometry, from: number, to: number): Box3 {
	const box = new Box3();
	const p = new Vector3();
	const pos = g.getAttribute('position');
	for (let i = from; i < to; i++) box.expandByPoint(p.fromBufferAttribute(pos, i));
	return box;
}

describe('FurnitureLayer', () => {
	const doc = buildTwoBedroomHouse();
	const pieces = Object.values(doc.furniture);

	it('draws a level with at most two meshes (solid, glass), however many pieces', () => {
		const { layer: one } = layer();
		one.update(doc, all, 0);
		expect(one.meshCount).toBeGreaterThanOrEqual(1);
		expect(one.meshCount).toBeLessThanOrEqual(2);
		const { layer: many } = layer();
		many.update(multiplied(doc, 5), all, 0);
		expect(many.meshCount).toBe(one.meshCount);
		const triangles = (l: FurnitureLayer) =>
			meshes(l).reduce((n, m) => n + m.geometry.getIndex()!.count / 3, 0);
		expect(triangles(many)).toBe(triangles(one) * 5);
		expect(triangles(one)).toBe(FurnitureLayer.triangles(doc, all, 0));
	});

	it('uses each piece’s catalog model, scaled to the piece (triangles and extent)', () => {
		const { layer: l } = layer();
		const bed = pieces.find((f) => f.catalogId === 'bed:double')!;
		const single = { ...doc, furniture: { [bed.id]: { ...bed, rotation: 0, width: 300 } } };
		l.update(single as PlanDocument, all, 0);
		const [mesh] = meshes(l);
		expect(mesh.geometry.getIndex()!.count / 3).toBe(modelTemplate('bed:double').triangles);
		const size = vertexBox(mesh.geometry, 0, mesh.geometry.getAttribute('position').count).getSize(
			new Vector3()
		);
		expect(size.x).toBeCloseTo(300, 3);
		expect(size.y).toBeCloseTo(bed.height, 3);
		expect(size.z).toBeCloseTo(bed.depth, 3);
	});

	it('gives body parts the piece’s colour or finish and fixed parts their own finish', () => {
		const bed = pieces.find((f) => f.catalogId === 'bed:double')!;
		expect(partLook('body', { ...bed, color: '#123456' }, colorOf).color.getHexString()).toBe(
			new Color('#123456').getHexString()
		);
		const oak = partLook('body', { ...bed, material: 'wood:oak' }, colorOf);
		expect(oak.kind).toBe(KIND_ID.wood);
		expect(oak.scale).toBe(getFinish('wood:oak')!.scale);
		expect(oak.accent.getHexString()).toBe(new Color(getFinish('wood:oak')!.accent).getHexString());
		expect(partLook('wood', bed, colorOf)).toBe(lookOf(PART_FINISHES.wood));
		expect(partLook('glass', bed, colorOf).kind).toBe(KIND_ID.glass);
	});

	it('writes the finish attributes the shared material reads', () => {
		const { layer: l } = layer();
		const bed = pieces.find((f) => f.catalogId === 'bed:double')!;
		const red = { ...bed, color: '#ff0000' };
		l.update({ ...doc, furniture: { [bed.id]: red } } as PlanDocument, all, 0);
		const g = meshes(l)[0].geometry;
		const colours = g.getAttribute(FINISH_ATTRIBUTES.color);
		const params = g.getAttribute(FINISH_ATTRIBUTES.params);
		const kinds = new Set<number>();
		let reds = 0;
		for (let i = 0; i < colours.count; i++) {
			kinds.add(params.getX(i));
			if (colours.getX(i) === 1 && colours.getY(i) === 0 && colours.getZ(i) === 0) reds++;
		}
		// The frame is red, the sheets keep their own (white) finish.
		expect(reds).toBeGreaterThan(0);
		expect(reds).toBeLessThan(colours.count);
		expect(kinds.has(KIND_ID.paint)).toBe(true);
	});

	it('moving a piece rewrites only its vertices; adding one rebuilds the level', () => {
		const { layer: l } = layer();
		l.update(doc, all, 0);
		const mesh = meshes(l)[0];
		const before = Float32Array.from(mesh.geometry.getAttribute('position').array);
		const f = pieces[3];
		const moved = { ...doc, furniture: { ...doc.furniture, [f.id]: { ...f, x: f.x + 50 } } };
		l.update(moved as PlanDocument, all, 0);
		expect(l.lastRebuilt).toBe(1);
		expect(l.lastBatchesPatched).toBe(1);
		expect(l.lastBatchesRebuilt).toBe(0);
		expect(meshes(l)[0]).toBe(mesh);
		const after = mesh.geometry.getAttribute('position').array as Float32Array;
		let changed = 0;
		for (let i = 0; i < after.length; i += 3) {
			if (after[i] !== before[i]) {
				expect(after[i]).toBeCloseTo(before[i] + 50, 3);
				changed++;
			}
		}
		expect(changed).toBe(modelTemplate(f.catalogId, f.mirrored).vertices);
		// Only that range is uploaded again.
		const ranges = (mesh.geometry.getAttribute('position') as BufferAttribute).updateRanges;
		expect(ranges.reduce((n, r) => n + r.count, 0)).toBe(changed * 3);
		const added = {
			...moved,
			furniture: { ...moved.furniture, 'furniture:new': { ...f, id: 'furniture:new' } }
		};
		l.update(added as PlanDocument, all, 0);
		expect(l.lastBatchesRebuilt).toBe(1);
	});

	it('picks and highlights a piece by its triangles', () => {
		const { layer: l } = layer();
		l.update(doc, all, 0);
		const mesh = meshes(l).find((m) => m.name.startsWith('furniture:'))!;
		const index = mesh.geometry.getIndex()!;
		const found = new Set<string>();
		for (let t = 0; t < index.count / 3; t += 7) found.add(l.idOf(mesh, t)!);
		// Every piece has solid parts, so every id is reachable.
		expect(found).toEqual(new Set(pieces.map((f) => f.id)));
		const target = pieces[5];
		l.setSelection(new Set([target.id]));
		const h = mesh.geometry.getAttribute(FINISH_ATTRIBUTES.highlight);
		let lit = 0;
		for (let i = 0; i < h.count; i++) lit += h.getX(i);
		expect(lit).toBeGreaterThan(0);
		expect(lit).toBeLessThan(h.count / 4);
	});

	it('mirrors a model across its width', () => {
		const sofa = { ...pieces[0], catalogId: 'sofa:corner', rotation: 0, x: 0, y: 0 };
		const centreX = (mirrored: boolean) => {
			const { layer: l } = layer();
			const d = { ...doc, furniture: { [sofa.id]: { ...sofa, mirrored } } };
			l.update(d as PlanDocument, all, 0);
			const g = meshes(l)[0].geometry;
			// The chaise is the second run of body vertices: compare the whole model's centroid.
			const pos = g.getAttribute('position');
			let sum = 0;
			for (let i = 0; i < pos.count; i++) sum += pos.getX(i);
			return sum / pos.count;
		};
		expect(centreX(true)).toBeCloseTo(-centreX(false), 3);
		expect(Math.abs(centreX(false))).toBeGreaterThan(1);
	});

	it('without instancing gives every piece its own meshes', () => {
		const { layer: l } = layer(false);
		l.update(doc, all, 0);
		expect(l.meshCount).toBeGreaterThanOrEqual(pieces.length);
	});

	it('level of detail 1 draws 12 triangles a piece', () => {
		const { layer: l } = layer();
		l.update(doc, all, 1);
		const triangles = meshes(l).reduce((n, m) => n + m.geometry.getIndex()!.count / 3, 0);
		expect(triangles).toBe(12 * pieces.length);
	});
});
