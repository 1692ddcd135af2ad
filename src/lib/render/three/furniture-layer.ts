/**
 * Furniture drawn from each piece's catalog model (`catalog-models.ts`): per level, every
 * visible piece is baked into one merged mesh of solid parts and one of glass parts, each part
 * carrying its finish as vertex attributes (`finishSurfaceMaterial`). Draw calls therefore do
 * not grow with the number of pieces or of distinct models: two per level at most.
 *
 * The model is scaled to the piece's width, height and depth (so resizing keeps its
 * proportions), mirrored across its width when asked, turned and placed; uvs are in real cm on
 * each face so wood grain and tiles keep their size. Body parts take the piece's finish
 * (`material`) or else its colour; fixed parts take their part material's finish
 * (`PART_FINISHES`). Moving, turning, resizing or recolouring pieces rewrites only their own
 * vertex ranges; adding, removing or swapping models rebuilds the level's meshes.
 * With instancing turned off (PUBLIC_INSTANCING=false, the benchmark's naive baseline) every
 * piece gets its own meshes and casts its own shadow.
 */
import {
	BufferAttribute,
	BufferGeometry,
	Group,
	Matrix4,
	Mesh,
	Quaternion,
	Vector3,
	type Material
} from 'three';
import { PART_FINISHES, type PartMaterial } from '../../catalog/models';
import type { Furniture, PlanDocument } from '../../plan/types';
import { FINISH_ATTRIBUTES, KIND_ID } from '$shaders/finishes';
import { idAtTriangle, type IdRange } from './box-builder';
import { modelTemplate, type ModelTemplate } from './catalog-models';
import { LookArrays, colourLook, highlightOf, lookOf, type FinishLook } from './finishes';
import { SHADOW_LAYER } from './lighting';

export interface FurnitureOptions {
	instancing: boolean;
	/** Colour of a piece that has none of its own (its catalog item's). */
	colorOf: (piece: Furniture) => string;
}

/** The finish each part material of a piece is drawn with. */
export function partLook(
	material: PartMaterial,
	piece: Furniture,
	colorOf: (piece: Furniture) => string
): FinishLook {
	if (material !== 'body') return lookOf(PART_FINISHES[material]);
	// A finish of its own (oak, marble…) beats the plain colour.
	if (piece.material) return lookOf(piece.material);
	return colourLook(piece.color ?? colorOf(piece));
}

const isGlassLook = (look: FinishLook) => look.kind === KIND_ID.glass;

/** Where one piece's vertices sit in its batch's two meshes. */
interface Slot {
	piece: Furniture;
	template: ModelTemplate;
	solid: [number, number];
	glass: [number, number];
}

interface Batch {
	level: string;
	/** Pieces' ids, models and glass routing: equal signatures allow in-place updates. */
	signature: string;
	slots: Slot[];
	solid: Mesh | null;
	glass: Mesh | null;
	solidRanges: IdRange[];
	glassRanges: IdRange[];
}

const UP = new Vector3(0, 1, 0);

/** Arrays of a merged mesh being filled. */
class Arrays {
	positions: Float32Array;
	normals: Float32Array;
	uvs: Float32Array;
	indices: Uint32Array;
	looks: LookArrays;
	v = 0;
	i = 0;
	ranges: IdRange[] = [];

	constructor(vertices: number, indices: number) {
		this.positions = new Float32Array(vertices * 3);
		this.normals = new Float32Array(vertices * 3);
		this.uvs = new Float32Array(vertices * 2);
		this.indices = new Uint32Array(indices);
		this.looks = new LookArrays(vertices);
	}
}

export class FurnitureLayer {
	readonly group = new Group();
	private batches = new Map<string, Batch>();
	private selection = new Set<string>();
	private lastPieces = new Map<string, Furniture>();
	private lastLod: 0 | 1 = 0;
	/** Levels whose pieces changed in the last `update`. */
	changedLevels = new Set<string>();
	/** Ids whose record changed in the last `update`. */
	lastRebuilt = 0;
	/** Batches rebuilt from scratch / updated in place by the last `update` (for tests). */
	lastBatchesRebuilt = 0;
	lastBatchesPatched = 0;

	constructor(
		private material: Material,
		private glassMaterial: Material,
		private options: FurnitureOptions
	) {
		this.group.name = 'furniture';
	}

	/** Triangles the visible furniture would have at a level of detail. */
	static triangles(doc: PlanDocument, visible: (level: string) => boolean, lod: 0 | 1): number {
		let n = 0;
		for (const f of Object.values(doc.furniture)) {
			if (visible(f.level)) n += modelTemplate(f.catalogId, f.mirrored, lod).triangles;
		}
		return n;
	}

	update(doc: PlanDocument, visible: (level: string) => boolean, lod: 0 | 1): void {
		const changedIds = new Set<string>();
		this.changedLevels = new Set();
		for (const f of Object.values(doc.furniture)) {
			const old = this.lastPieces.get(f.id);
			if (old !== f) {
				changedIds.add(f.id);
				this.changedLevels.add(f.level);
				if (old) this.changedLevels.add(old.level);
			}
			this.lastPieces.set(f.id, f);
		}
		for (const [id, old] of [...this.lastPieces]) {
			if (doc.furniture[id as keyof typeof doc.furniture] !== old) {
				this.lastPieces.delete(id);
				this.changedLevels.add(old.level);
				changedIds.add(id);
			}
		}
		this.lastRebuilt = changedIds.size;
		this.lastBatchesRebuilt = 0;
		this.lastBatchesPatched = 0;
		const lodChanged = lod !== this.lastLod;
		this.lastLod = lod;

		const groups = new Map<string, Furniture[]>();
		for (const f of Object.values(doc.furniture)) {
			if (!visible(f.level)) continue;
			const key = this.options.instancing ? `level:${f.level}` : `piece:${f.id}`;
			let list = groups.get(key);
			if (!list) groups.set(key, (list = []));
			list.push(f);
		}
		for (const [key, batch] of this.batches) {
			if (!groups.has(key)) this.removeBatch(key, batch);
		}
		for (const [key, pieces] of groups) {
			const old = this.batches.get(key);
			const signature = this.signatureOf(pieces, lod);
			if (old && !lodChanged && old.signature === signature) {
				const moved = old.slots.filter((s, i) => pieces[i] !== s.piece);
				if (moved.length === 0) continue;
				moved.forEach((s) => (s.piece = pieces[old.slots.indexOf(s)]));
				this.patch(old, moved, doc);
				this.lastBatchesPatched++;
				continue;
			}
			if (old) this.removeBatch(key, old);
			this.batches.set(key, this.build(key, pieces, doc, lod, signature));
			this.lastBatchesRebuilt++;
		}
	}

	private signatureOf(pieces: Furniture[], lod: 0 | 1): string {
		return (
			pieces
				.map((f) => {
					const bodyGlass = isGlassLook(partLook('body', f, this.options.colorOf));
					return `${f.id}|${f.catalogId}|${f.mirrored}|${bodyGlass}`;
				})
				.join(',') + `#${lod}`
		);
	}

	/** The merged solid furniture of a level (for the shadow stand-ins); none when not batching. */
	castersOf(level: string): { positions: Float32Array; indices: Uint32Array }[] {
		const b = this.batches.get(`level:${level}`);
		const a = b?.solid?.userData.arrays as Arrays | undefined;
		return a ? [{ positions: a.positions, indices: a.indices }] : [];
	}

	private readonly q = new Quaternion();
	private readonly p = new Vector3();
	private readonly s = new Vector3();

	/** Place, turn and size of a piece: plan (x, y) → 3D (x, z), rotation −θ about y. */
	private matrixOf(f: Furniture, doc: PlanDocument, out: Matrix4): Matrix4 {
		const base = doc.levels[f.level as keyof typeof doc.levels]?.elevation ?? 0;
		this.p.set(f.x, base + f.elevation, f.y);
		// Plan rotation turns +x towards +y (down); in 3D that is towards +z: −θ about y.
		this.q.setFromAxisAngle(UP, -f.rotation);
		this.s.set(Math.max(f.width, 0.1), Math.max(f.height, 0.1), Math.max(f.depth, 0.1));
		return out.compose(this.p, this.q, this.s);
	}

	private build(
		key: string,
		pieces: Furniture[],
		doc: PlanDocument,
		lod: 0 | 1,
		signature: string
	): Batch {
		// Count first, then fill typed arrays once.
		const count = { solid: [0, 0], glass: [0, 0] };
		const templates = pieces.map((f) => modelTemplate(f.catalogId, f.mirrored, lod));
		pieces.forEach((f, k) => {
			for (const run of templates[k].runs) {
				const c = isGlassLook(partLook(run.material, f, this.options.colorOf))
					? count.glass
					: count.solid;
				c[0] += run.positions.length / 3;
				c[1] += run.indices.length;
			}
		});
		const solid = new Arrays(count.solid[0], count.solid[1]);
		const glass = new Arrays(count.glass[0], count.glass[1]);
		const slots: Slot[] = [];
		const matrix = new Matrix4();
		pieces.forEach((f, k) => {
			const template = templates[k];
			const starts = [solid.v, glass.v, solid.i / 3, glass.i / 3];
			this.matrixOf(f, doc, matrix);
			for (const run of template.runs) {
				const look = partLook(run.material, f, this.options.colorOf);
				const a = isGlassLook(look) ? glass : solid;
				for (let i = 0; i < run.indices.length; i++) a.indices[a.i + i] = run.indices[i] + a.v;
				a.i += run.indices.length;
				a.v = this.place(a, a.v, run, f, matrix, look);
			}
			slots.push({ piece: f, template, solid: [starts[0], solid.v], glass: [starts[1], glass.v] });
			const range = (a: Arrays, v0: number, t0: number) => {
				if (a.i / 3 > t0)
					a.ranges.push({
						id: f.id,
						triangleStart: t0,
						triangleEnd: a.i / 3,
						vertexStart: v0,
						vertexEnd: a.v
					});
			};
			range(solid, starts[0], starts[2]);
			range(glass, starts[1], starts[3]);
		});
		const batch: Batch = {
			level: pieces[0].level,
			signature,
			slots,
			solid: solid.v ? this.mesh(solid, this.material, `furniture:${key}`) : null,
			glass: glass.v ? this.mesh(glass, this.glassMaterial, `furniture-glass:${key}`) : null,
			solidRanges: solid.ranges,
			glassRanges: glass.ranges
		};
		this.paint(batch);
		return batch;
	}

	private readonly n = new Vector3();
	private readonly w = new Vector3();
	private readonly rot = new Quaternion();

	/** Writes a run of a piece's model, placed by `matrix`, from vertex `at`; returns the end. */
	private place(
		a: Arrays,
		at: number,
		run: ModelTemplate['runs'][number],
		f: Furniture,
		matrix: Matrix4,
		look: FinishLook
	): number {
		const count = run.positions.length / 3;
		const sx = Math.max(f.width, 0.1);
		const sy = Math.max(f.height, 0.1);
		const sz = Math.max(f.depth, 0.1);
		this.rot.setFromAxisAngle(UP, -f.rotation);
		const e = matrix.elements;
		for (let i = 0; i < count; i++) {
			const x = run.positions[i * 3];
			const y = run.positions[i * 3 + 1];
			const z = run.positions[i * 3 + 2];
			const o = (at + i) * 3;
			a.positions[o] = e[0] * x + e[4] * y + e[8] * z + e[12];
			a.positions[o + 1] = e[1] * x + e[5] * y + e[9] * z + e[13];
			a.positions[o + 2] = e[2] * x + e[6] * y + e[10] * z + e[14];
			const nx = run.normals[i * 3];
			const ny = run.normals[i * 3 + 1];
			const nz = run.normals[i * 3 + 2];
			// Non-uniform scale: normals go through the inverse scale, then the turn.
			this.n
				.set(nx / sx, ny / sy, nz / sz)
				.normalize()
				.applyQuaternion(this.rot);
			this.n.toArray(a.normals, o);
			// uvs in cm on the face's plane, picked by the cell normal's main axis.
			const ax = Math.abs(nx);
			const ay = Math.abs(ny);
			const az = Math.abs(nz);
			this.w.set(x * sx, y * sy, z * sz);
			const u = (at + i) * 2;
			if (ax >= ay && ax >= az) {
				a.uvs[u] = this.w.z;
				a.uvs[u + 1] = this.w.y;
			} else if (ay >= az) {
				a.uvs[u] = this.w.x;
				a.uvs[u + 1] = this.w.z;
			} else {
				a.uvs[u] = this.w.x;
				a.uvs[u + 1] = this.w.y;
			}
		}
		a.looks.write(look, at, at + count);
		return at + count;
	}

	private mesh(a: Arrays, material: Material, name: string): Mesh {
		const g = new BufferGeometry();
		g.setAttribute('position', new BufferAttribute(a.positions, 3));
		g.setAttribute('normal', new BufferAttribute(a.normals, 3));
		g.setAttribute('uv', new BufferAttribute(a.uvs, 2));
		a.looks.attach(g);
		g.setIndex(new BufferAttribute(a.indices, 1));
		g.computeBoundingSphere();
		g.computeBoundingBox();
		const mesh = new Mesh(g, material);
		mesh.name = name;
		mesh.receiveShadow = true;
		if (!this.options.instancing) {
			// No stand-in without batching: each piece casts its own shadow (naive baseline).
			mesh.castShadow = true;
			mesh.layers.enable(SHADOW_LAYER);
		}
		mesh.userData.arrays = a;
		this.group.add(mesh);
		return mesh;
	}

	/** Rewrites the vertex ranges of pieces whose placement, size or colour changed. */
	private patch(batch: Batch, moved: Slot[], doc: PlanDocument): void {
		const matrix = new Matrix4();
		const solid = batch.solid?.userData.arrays as Arrays | undefined;
		const glass = batch.glass?.userData.arrays as Arrays | undefined;
		for (const slot of moved) {
			const f = slot.piece;
			this.matrixOf(f, doc, matrix);
			let atSolid = slot.solid[0];
			let atGlass = slot.glass[0];
			for (const run of slot.template.runs) {
				const look = partLook(run.material, f, this.options.colorOf);
				if (isGlassLook(look)) atGlass = this.place(glass!, atGlass, run, f, matrix, look);
				else atSolid = this.place(solid!, atSolid, run, f, matrix, look);
			}
		}
		// Upload only the rewritten vertex ranges (a drag rewrites one piece per frame).
		const upload = (mesh: Mesh | null, span: (slot: Slot) => [number, number]) => {
			if (!mesh) return;
			const g = mesh.geometry;
			for (const [name, attr] of Object.entries(g.attributes)) {
				if (name === FINISH_ATTRIBUTES.highlight || !(attr instanceof BufferAttribute)) continue;
				for (const slot of moved) {
					const [from, to] = span(slot);
					if (to > from) attr.addUpdateRange(from * attr.itemSize, (to - from) * attr.itemSize);
				}
				attr.needsUpdate = true;
			}
			g.computeBoundingSphere();
			g.computeBoundingBox();
		};
		upload(batch.solid, (slot) => slot.solid);
		upload(batch.glass, (slot) => slot.glass);
	}

	private removeBatch(key: string, batch: Batch): void {
		for (const mesh of [batch.solid, batch.glass]) {
			if (!mesh) continue;
			this.group.remove(mesh);
			mesh.geometry.dispose();
		}
		this.batches.delete(key);
	}

	setSelection(ids: ReadonlySet<string>): void {
		const before = this.selection;
		this.selection = new Set(ids);
		for (const batch of this.batches.values()) {
			if (batch.slots.some((s) => before.has(s.piece.id) || this.selection.has(s.piece.id)))
				this.paint(batch);
		}
	}

	/** Lights the selected pieces' vertices in the highlight attribute. */
	private paint(batch: Batch): void {
		for (const [mesh, ranges] of [
			[batch.solid, batch.solidRanges],
			[batch.glass, batch.glassRanges]
		] as const) {
			if (!mesh) continue;
			const attr = highlightOf(mesh.geometry);
			const data = attr.array as Float32Array;
			data.fill(0);
			for (const r of ranges) {
				if (this.selection.has(r.id)) data.fill(1, r.vertexStart, r.vertexEnd);
			}
			attr.needsUpdate = true;
		}
	}

	/** The furniture id of a raycast hit on one of this layer's meshes. */
	idOf(object: unknown, faceIndex: number | null | undefined): string | null {
		if (faceIndex == null) return null;
		for (const b of this.batches.values()) {
			if (object === b.solid) return idAtTriangle(b.solidRanges, faceIndex);
			if (object === b.glass) return idAtTriangle(b.glassRanges, faceIndex);
		}
		return null;
	}

	get meshCount(): number {
		let n = 0;
		for (const b of this.batches.values()) n += (b.solid ? 1 : 0) + (b.glass ? 1 : 0);
		return n;
	}

	dispose(): void {
		for (const [key, b] of [...this.batches]) this.removeBatch(key, b);
		this.group.clear();
	}
}
