/**
 * Walls, floors and ceilings: one three Mesh per merged (level, material) bucket from the
 * geometry layer, so a whole storey costs a handful of draw calls. Picking maps a hit triangle
 * back to its record through the bucket's id ranges; selecting a record lights a vertex range
 * of the bucket's `highlight` attribute instead of creating new meshes.
 */
import { BufferAttribute, BufferGeometry, Group, Mesh } from 'three';
import type { IdRange, MergedMesh } from '../../geometry/types';
import { LookArrays, highlightOf, lookOf, type MaterialLibrary } from './finishes';
import { SHADOW_LAYER } from './lighting';

interface Bucket {
	mesh: Mesh;
	merged: MergedMesh;
	/** Vertex span per range, computed on first highlight. */
	spans: Map<string, [number, number][]> | null;
}

export class PlanLayer {
	readonly group = new Group();
	private buckets = new Map<string, Bucket>();
	private selection = new Set<string>();
	private touched = new Set<string>();

	/**
	 * `shadowProxies: false` lets every bucket cast its own shadow (the naive baseline, where
	 * each record is its own bucket); otherwise ShadowProxies stand in for them.
	 */
	constructor(
		private materials: MaterialLibrary,
		private shadowProxies = true
	) {
		this.group.name = 'plan';
	}

	/**
	 * Replaces the buckets of one part ('structure' or 'ceiling'). Buckets whose merged arrays
	 * are the same objects as before are kept as they are (the plan source re-merges only
	 * what changed). Returns how many meshes were replaced, added or removed.
	 */
	setBuckets(part: string, buckets: readonly { key: string; merged: MergedMesh }[]): number {
		const wanted = new Set<string>();
		const levels = new Set<string>();
		let replaced = 0;
		for (const { key: k, merged: m } of buckets) {
			const key = `${part}:${k}`;
			wanted.add(key);
			const old = this.buckets.get(key);
			if (old && old.merged === m) continue;
			if (old) this.remove(key, old);
			this.add(key, m, part);
			levels.add(m.level);
			replaced++;
		}
		for (const [key, b] of this.buckets) {
			if (key.startsWith(`${part}:`) && !wanted.has(key)) {
				levels.add(b.merged.level);
				this.remove(key, b);
				replaced++;
			}
		}
		for (const l of levels) this.touched.add(l);
		return replaced;
	}

	/** Levels whose buckets changed since the last call (for the shadow stand-ins). */
	takeTouchedLevels(): Set<string> {
		const t = this.touched;
		this.touched = new Set();
		return t;
	}

	/** The merged walls and floors of a level. */
	structure(level: string): MergedMesh[] {
		const out: MergedMesh[] = [];
		for (const b of this.buckets.values()) {
			if (b.merged.level === level && b.mesh.userData.part === 'structure') out.push(b.merged);
		}
		return out;
	}

	private add(key: string, m: MergedMesh, part: string): void {
		const g = new BufferGeometry();
		g.setAttribute('position', new BufferAttribute(m.positions, 3));
		g.setAttribute('normal', new BufferAttribute(m.normals, 3));
		g.setAttribute('uv', new BufferAttribute(m.uvs, 2));
		// The bucket's finish as vertex attributes: every bucket shares one material.
		const looks = new LookArrays(m.positions.length / 3);
		looks.write(lookOf(m.material));
		looks.attach(g);
		g.setIndex(new BufferAttribute(m.indices, 1));
		g.computeBoundingSphere();
		g.computeBoundingBox();
		const mesh = new Mesh(g, this.materials.get(m.material));
		mesh.name = key;
		mesh.userData.level = m.level;
		mesh.userData.part = part;
		mesh.receiveShadow = true;
		if (!this.shadowProxies && part !== 'ceiling') {
			mesh.castShadow = true;
			mesh.layers.enable(SHADOW_LAYER);
		}
		const bucket: Bucket = { mesh, merged: m, spans: null };
		this.buckets.set(key, bucket);
		this.group.add(mesh);
		this.paint(bucket);
	}

	private remove(key: string, b: Bucket): void {
		this.group.remove(b.mesh);
		b.mesh.geometry.dispose();
		this.buckets.delete(key);
	}

	/** Shows the buckets of visible levels; ceilings only when asked (walking inside). */
	setVisibility(visible: (level: string) => boolean, ceilings: boolean): void {
		for (const b of this.buckets.values()) {
			const part = b.mesh.userData.part as string;
			b.mesh.visible = visible(b.merged.level) && (part !== 'ceiling' || ceilings);
		}
	}

	setSelection(ids: ReadonlySet<string>): void {
		const before = this.selection;
		this.selection = new Set(ids);
		for (const b of this.buckets.values()) {
			const touches = b.merged.ranges.some((r) => before.has(r.id) || this.selection.has(r.id));
			if (touches) this.paint(b);
		}
	}

	private paint(b: Bucket): void {
		const attr = highlightOf(b.mesh.geometry);
		const data = attr.array as Float32Array;
		data.fill(0);
		let any = false;
		if (this.selection.size > 0) {
			b.spans ??= spansOf(b.merged);
			for (const id of this.selection) {
				for (const [from, to] of b.spans.get(id) ?? []) {
					data.fill(1, from, to);
					any = true;
				}
			}
		}
		if (any || attr.version > 0) attr.needsUpdate = true;
	}

	/** Record id of triangle `faceIndex` of a mesh of this layer, or null. */
	idOf(object: unknown, faceIndex: number | null | undefined): string | null {
		if (faceIndex == null) return null;
		for (const b of this.buckets.values()) {
			if (b.mesh === object) return rangeAt(b.merged.ranges, faceIndex * 3)?.id ?? null;
		}
		return null;
	}

	get meshCount(): number {
		return this.buckets.size;
	}

	dispose(): void {
		for (const [key, b] of this.buckets) this.remove(key, b);
	}
}

/** The range holding index position `index` (ranges sorted by start, without gaps). */
export function rangeAt(ranges: readonly IdRange[], index: number): IdRange | null {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid];
		if (index < r.start) hi = mid - 1;
		else if (index >= r.start + r.count) lo = mid + 1;
		else return r;
	}
	return null;
}

/** Vertex spans [from, to) used by each record's indices. */
function spansOf(m: MergedMesh): Map<string, [number, number][]> {
	const out = new Map<string, [number, number][]>();
	for (const r of m.ranges) {
		let lo = Infinity;
		let hi = -1;
		for (let i = r.start; i < r.start + r.count; i++) {
			const v = m.indices[i];
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
		if (hi < 0) continue;
		let list = out.get(r.id);
		if (!list) out.set(r.id, (list = []));
		list.push([lo, hi + 1]);
	}
	return out;
}
