/**
 * Plan document → merged (level, material) buckets, incrementally. The geometry layer's
 * GeometryCache rebuilds only the records an edit touched; here only the (level, material)
 * buckets those records draw into are merged again, so the renderer swaps a few meshes.
 * With `merge: false` (the benchmark's naive baseline) every record is its own bucket.
 */
import { GeometryCache, mergeByMaterial, type MergedMesh, type MeshData } from '../../geometry';
import type { PlanDocument } from '../../plan/types';

export interface Bucket {
	key: string;
	merged: MergedMesh;
}

export interface PlanUpdate {
	structure: Bucket[];
	ceilings: Bucket[];
	/** Meshes (walls, floors, ceilings) the geometry cache rebuilt or removed. */
	rebuiltIds: number;
}

interface MeshInfo {
	level: string;
	part: 'structure' | 'ceiling';
	materials: string[];
}

const partOf = (m: MeshData): MeshInfo['part'] => (m.kind === 'ceiling' ? 'ceiling' : 'structure');

/** Wall tops and opening reveals look the same: one bucket (and one draw call) for both. */
const TRIM = 'wall:trim';
const SAME_LOOK: Record<string, string> = { 'wall:cap': TRIM, 'wall:reveal': TRIM };

function unifyMaterials(mesh: MeshData): MeshData {
	if (!mesh.groups.some((g) => g.material in SAME_LOOK)) return mesh;
	return {
		...mesh,
		groups: mesh.groups.map((g) =>
			g.material in SAME_LOOK ? { ...g, material: SAME_LOOK[g.material] } : g
		)
	};
}

export class PlanSource {
	private cache = new GeometryCache();
	private info = new Map<string, MeshInfo>();
	/** The cache's meshes with look-alike materials unified (same object when unchanged). */
	private unified = new Map<string, MeshData>();
	/** `${part}|${level}|${material}` (or a per-record key when not merging) → bucket. */
	private buckets = new Map<string, Bucket>();
	private merge: boolean;

	constructor(options: { merge: boolean }) {
		this.merge = options.merge;
	}

	update(doc: PlanDocument): PlanUpdate {
		const { changed, removed } = this.cache.update(doc);
		const dirty = new Set<string>(); // `${part}|${level}|${material}`
		const touch = (i: MeshInfo | undefined) => {
			if (i) for (const m of i.materials) dirty.add(`${i.part}|${i.level}|${m}`);
		};
		for (const key of [...changed, ...removed]) touch(this.info.get(key));
		for (const key of removed) {
			this.info.delete(key);
			this.unified.delete(key);
		}
		for (const key of changed) {
			const raw = this.cache.meshes.get(key);
			if (!raw) continue;
			const mesh = unifyMaterials(raw);
			this.unified.set(key, mesh);
			const i: MeshInfo = {
				level: mesh.level,
				part: partOf(mesh),
				materials: [...new Set(mesh.groups.map((g) => g.material))]
			};
			this.info.set(key, i);
			touch(i);
		}
		if (this.merge) this.remerge(dirty);
		else this.separate(changed, removed);

		const structure: Bucket[] = [];
		const ceilings: Bucket[] = [];
		for (const [key, b] of this.buckets)
			(key.startsWith('ceiling|') ? ceilings : structure).push(b);
		return { structure, ceilings, rebuiltIds: changed.length + removed.length };
	}

	private remerge(dirty: Set<string>): void {
		// Group the dirty buckets by (part, level) and merge each group's meshes once.
		const byPartLevel = new Map<string, Set<string>>();
		for (const d of dirty) {
			const [part, level, ...rest] = d.split('|');
			const k = `${part}|${level}`;
			let set = byPartLevel.get(k);
			if (!set) byPartLevel.set(k, (set = new Set()));
			set.add(rest.join('|'));
		}
		for (const [k, materials] of byPartLevel) {
			const [part, level] = k.split('|');
			const inputs: MeshData[] = [];
			for (const [key, i] of this.info) {
				if (i.part !== part || i.level !== level) continue;
				if (!i.materials.some((m) => materials.has(m))) continue;
				const mesh = this.unified.get(key);
				if (mesh) inputs.push(mesh);
			}
			const merged = mergeByMaterial(inputs, level);
			for (const material of materials) this.buckets.delete(`${part}|${level}|${material}`);
			for (const m of merged) {
				if (!materials.has(m.material)) continue;
				const key = `${part}|${level}|${m.material}`;
				this.buckets.set(key, { key, merged: m });
			}
		}
	}

	private separate(changed: string[], removed: string[]): void {
		for (const key of [...changed, ...removed]) {
			for (const k of [...this.buckets.keys()]) if (k.endsWith(`#${key}`)) this.buckets.delete(k);
		}
		for (const key of changed) {
			const mesh = this.unified.get(key);
			if (!mesh) continue;
			for (const m of mergeByMaterial([mesh], mesh.level)) {
				const k = `${partOf(mesh)}|${mesh.level}|${m.material}#${key}`;
				this.buckets.set(k, { key: k, merged: m });
			}
		}
	}

	/** Triangles of the plan buckets on levels that pass `visible`. */
	triangles(visible: (level: string) => boolean): number {
		let n = 0;
		for (const { merged } of this.buckets.values()) {
			if (visible(merged.level)) n += merged.indices.length / 3;
		}
		return n;
	}
}
