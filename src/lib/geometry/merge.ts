import type { IdRange, MergedMesh, MeshData } from './types';

interface Piece {
	mesh: MeshData;
	start: number;
	count: number;
	/** Vertex range the piece's indices use. */
	vFirst: number;
	vLast: number;
}

/**
 * Merges the meshes of one level into one mesh per material, so a renderer draws a level in
 * a few calls. Each merged mesh keeps, per source record, the range of indices it came from
 * (`ranges`), which maps a picked triangle back to its record (see `idAtTriangle`).
 * Materials come out sorted by name; pieces keep the meshes' iteration order.
 */
export function mergeByMaterial(meshes: Iterable<MeshData>, level: string): MergedMesh[] {
	const byMaterial = new Map<string, Piece[]>();
	for (const mesh of meshes) {
		if (mesh.level !== level) continue;
		for (const g of mesh.groups) {
			let vFirst = Infinity;
			let vLast = -1;
			const idx = mesh.indices;
			for (let i = g.start, e = g.start + g.count; i < e; i++) {
				const v = idx[i];
				if (v < vFirst) vFirst = v;
				if (v > vLast) vLast = v;
			}
			if (vLast < 0) continue;
			let list = byMaterial.get(g.material);
			if (!list) byMaterial.set(g.material, (list = []));
			list.push({ mesh, start: g.start, count: g.count, vFirst, vLast });
		}
	}
	const out: MergedMesh[] = [];
	for (const material of [...byMaterial.keys()].sort()) {
		const pieces = byMaterial.get(material)!;
		let vertices = 0;
		let indexCount = 0;
		for (const p of pieces) {
			vertices += p.vLast - p.vFirst + 1;
			indexCount += p.count;
		}
		const positions = new Float32Array(3 * vertices);
		const normals = new Float32Array(3 * vertices);
		const uvs = new Float32Array(2 * vertices);
		const indices = new Uint32Array(indexCount);
		const ranges: IdRange[] = [];
		let v = 0;
		let k = 0;
		for (const p of pieces) {
			const m = p.mesh;
			const n = p.vLast - p.vFirst + 1;
			positions.set(m.positions.subarray(3 * p.vFirst, 3 * (p.vLast + 1)), 3 * v);
			normals.set(m.normals.subarray(3 * p.vFirst, 3 * (p.vLast + 1)), 3 * v);
			uvs.set(m.uvs.subarray(2 * p.vFirst, 2 * (p.vLast + 1)), 2 * v);
			const shift = v - p.vFirst;
			for (let i = 0; i < p.count; i++) indices[k + i] = m.indices[p.start + i] + shift;
			ranges.push({ id: m.id, kind: m.kind, start: k, count: p.count });
			v += n;
			k += p.count;
		}
		out.push({ level, material, positions, normals, uvs, indices, ranges });
	}
	return out;
}

/** The record a triangle of a merged mesh came from (triangle = index offset / 3). */
export function idAtTriangle(merged: MergedMesh, triangle: number): IdRange | null {
	const at = triangle * 3;
	const r = merged.ranges;
	let lo = 0;
	let hi = r.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (at < r[mid].start) hi = mid - 1;
		else if (at >= r[mid].start + r[mid].count) lo = mid + 1;
		else return r[mid];
	}
	return null;
}
