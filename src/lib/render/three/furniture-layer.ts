/**
 * Furniture as one InstancedMesh per model (kind × mirrored), so draw calls grow with the number
 * of distinct models, not with the number of pieces. With instancing turned off
 * (PUBLIC_INSTANCING=false, or the benchmark's naive baseline) every piece gets its own mesh.
 */
import {
	Group,
	InstancedBufferAttribute,
	InstancedMesh,
	Matrix4,
	Quaternion,
	Vector3,
	Color,
	type BufferGeometry,
	type Material
} from 'three';
import type { Furniture, PlanDocument } from '../../plan/types';
import { kindOf, modelGeometry, partsOf, trianglesOf } from './furniture-models';
import { SHADOW_LAYER } from './lighting';

export interface FurnitureOptions {
	instancing: boolean;
	/** Colour of a piece that has none of its own (its catalog item's). */
	colorOf: (piece: Furniture) => string;
}

const UP = new Vector3(0, 1, 0);

export class FurnitureLayer {
	readonly group = new Group();
	private meshes = new Map<string, InstancedMesh>();
	private geometries = new Map<string, BufferGeometry>();
	private selection = new Set<string>();
	private lastPieces = new Map<string, Furniture>();
	/** Levels whose pieces changed in the last `update`. */
	changedLevels = new Set<string>();
	/** Ids whose record changed in the last `update`. */
	lastRebuilt = 0;

	constructor(
		private material: Material,
		private options: FurnitureOptions
	) {
		this.group.name = 'furniture';
	}

	/** Triangles the visible furniture would have at a level of detail. */
	static triangles(doc: PlanDocument, visible: (level: string) => boolean, lod: 0 | 1): number {
		let n = 0;
		for (const f of Object.values(doc.furniture)) {
			if (visible(f.level)) n += trianglesOf(kindOf(f.catalogId), lod);
		}
		return n;
	}

	update(doc: PlanDocument, visible: (level: string) => boolean, lod: 0 | 1): void {
		let changed = 0;
		const seen = new Set<string>();
		this.changedLevels = new Set();
		for (const f of Object.values(doc.furniture)) {
			seen.add(f.id);
			const old = this.lastPieces.get(f.id);
			if (old !== f) {
				changed++;
				this.changedLevels.add(f.level);
				if (old) this.changedLevels.add(old.level);
			}
			this.lastPieces.set(f.id, f);
		}
		for (const [id, old] of [...this.lastPieces]) {
			if (!seen.has(id)) {
				this.lastPieces.delete(id);
				this.changedLevels.add(old.level);
				changed++;
			}
		}
		this.lastRebuilt = changed;

		const groups = new Map<string, Furniture[]>();
		for (const f of Object.values(doc.furniture)) {
			if (!visible(f.level)) continue;
			const kind = kindOf(f.catalogId);
			const key = this.options.instancing
				? `${kind}|${lod}|${f.mirrored ? 'm' : ''}`
				: `${kind}|${lod}|${f.mirrored ? 'm' : ''}|${f.id}`;
			let list = groups.get(key);
			if (!list) groups.set(key, (list = []));
			list.push(f);
		}
		for (const [key, mesh] of this.meshes) {
			if (!groups.has(key)) {
				this.group.remove(mesh);
				mesh.geometry.dispose();
				mesh.dispose();
				this.meshes.delete(key);
			}
		}
		for (const [key, pieces] of groups) this.fill(key, pieces, doc, lod);
	}

	/** Placement matrices of the visible pieces of a level (for the shadow stand-ins). */
	matricesOf(doc: PlanDocument, level: string): Matrix4[] {
		const out: Matrix4[] = [];
		for (const f of Object.values(doc.furniture)) {
			if (f.level === level) out.push(this.matrixOf(f, doc, new Matrix4()));
		}
		return out;
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

	private geometry(kind: string, lod: 0 | 1, mirrored: boolean): BufferGeometry {
		const key = `${kind}|${lod}|${mirrored}`;
		let g = this.geometries.get(key);
		if (!g) this.geometries.set(key, (g = modelGeometry(partsOf(kind, lod), mirrored)));
		return g;
	}

	private fill(key: string, pieces: Furniture[], doc: PlanDocument, lod: 0 | 1): void {
		let mesh = this.meshes.get(key);
		if (!mesh || mesh.instanceMatrix.count < pieces.length) {
			if (mesh) {
				this.group.remove(mesh);
				mesh.geometry.dispose();
				mesh.dispose();
			}
			const first = pieces[0];
			const capacity = this.options.instancing ? Math.max(4, pieces.length * 2) : 1;
			// Each mesh owns a shallow clone: the per-instance attributes live on the geometry.
			const geometry = this.geometry(kindOf(first.catalogId), lod, first.mirrored).clone();
			geometry.setAttribute(
				'pieceColor',
				new InstancedBufferAttribute(new Float32Array(capacity * 3), 3)
			);
			geometry.setAttribute(
				'pieceHighlight',
				new InstancedBufferAttribute(new Float32Array(capacity), 1)
			);
			mesh = new InstancedMesh(geometry, this.material, capacity);
			mesh.name = `furniture:${key}`;
			mesh.receiveShadow = true;
			if (!this.options.instancing) {
				// No stand-in without instancing: each piece casts its own shadow (naive baseline).
				mesh.castShadow = true;
				mesh.layers.enable(SHADOW_LAYER);
			}
			this.meshes.set(key, mesh);
			this.group.add(mesh);
		}
		const ids: string[] = [];
		const m = new Matrix4();
		const c = new Color();
		const colours = mesh.geometry.getAttribute('pieceColor') as InstancedBufferAttribute;
		const highlights = mesh.geometry.getAttribute('pieceHighlight') as InstancedBufferAttribute;
		pieces.forEach((f, i) => {
			mesh.setMatrixAt(i, this.matrixOf(f, doc, m));
			c.set(f.color ?? this.options.colorOf(f));
			colours.setXYZ(i, c.r, c.g, c.b);
			highlights.setX(i, this.selection.has(f.id) ? 1 : 0);
			ids.push(f.id);
		});
		mesh.count = pieces.length;
		mesh.userData.ids = ids;
		mesh.instanceMatrix.needsUpdate = true;
		colours.needsUpdate = true;
		highlights.needsUpdate = true;
		mesh.boundingSphere = null;
		mesh.boundingBox = null;
		mesh.computeBoundingSphere();
	}

	setSelection(ids: ReadonlySet<string>): void {
		this.selection = new Set(ids);
		for (const mesh of this.meshes.values()) {
			const list = mesh.userData.ids as string[];
			const h = mesh.geometry.getAttribute('pieceHighlight') as InstancedBufferAttribute;
			list.forEach((id, i) => h.setX(i, this.selection.has(id) ? 1 : 0));
			h.needsUpdate = true;
		}
	}

	/** The furniture id of a raycast hit on one of this layer's meshes. */
	idOf(object: unknown, instanceId: number | undefined): string | null {
		if (!(object instanceof InstancedMesh) || instanceId === undefined) return null;
		const ids = object.userData.ids as string[] | undefined;
		return ids?.[instanceId] ?? null;
	}

	get meshCount(): number {
		return this.meshes.size;
	}

	dispose(): void {
		for (const mesh of this.meshes.values()) {
			mesh.geometry.dispose();
			mesh.dispose();
		}
		for (const g of this.geometries.values()) g.dispose();
		this.meshes.clear();
		this.geometries.clear();
		this.group.clear();
	}
}
