import type { MeshData } from './types';

/**
 * Geometric checks of meshes, for tests: watertightness, orientation, volume, ray casts.
 * Vertices are welded by position (faces keep their own vertices for flat normals).
 */

const key = (m: MeshData, i: number) => {
	const p = m.positions;
	return `${Math.round(p[3 * i] * 1000)},${Math.round(p[3 * i + 1] * 1000)},${Math.round(p[3 * i + 2] * 1000)}`;
};

/**
 * Edges of the welded mesh that are not shared by exactly one triangle in each direction
 * (a closed, consistently wound solid has none). Returns descriptions of the bad edges.
 */
export function openEdges(m: MeshData, first = 0, count = m.indices.length): string[] {
	const directed = new Map<string, number>();
	const idx = m.indices;
	for (let t = first; t < first + count; t += 3) {
		const k = [key(m, idx[t]), key(m, idx[t + 1]), key(m, idx[t + 2])];
		for (let e = 0; e < 3; e++) {
			const a = k[e];
			const b = k[(e + 1) % 3];
			if (a === b) continue;
			const name = `${a}>${b}`;
			directed.set(name, (directed.get(name) ?? 0) + 1);
		}
	}
	const bad: string[] = [];
	for (const [name, n] of directed) {
		const [a, b] = name.split('>');
		const back = directed.get(`${b}>${a}`) ?? 0;
		if (n !== 1 || back !== 1) bad.push(`${name} ×${n}, reverse ×${back}`);
	}
	return bad;
}

/** Signed volume (positive when triangles wind counter-clockwise seen from outside). */
export function signedVolume(m: MeshData): number {
	const p = m.positions;
	const idx = m.indices;
	let v = 0;
	for (let t = 0; t < idx.length; t += 3) {
		const a = 3 * idx[t],
			b = 3 * idx[t + 1],
			c = 3 * idx[t + 2];
		v +=
			p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) -
			p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c]) +
			p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
	}
	return v / 6;
}

/** Triangles whose winding disagrees with their vertices' normals (count). */
export function windingMismatches(m: MeshData): number {
	const p = m.positions;
	const n = m.normals;
	const idx = m.indices;
	let bad = 0;
	for (let t = 0; t < idx.length; t += 3) {
		const a = 3 * idx[t],
			b = 3 * idx[t + 1],
			c = 3 * idx[t + 2];
		const ux = p[b] - p[a],
			uy = p[b + 1] - p[a + 1],
			uz = p[b + 2] - p[a + 2];
		const vx = p[c] - p[a],
			vy = p[c + 1] - p[a + 1],
			vz = p[c + 2] - p[a + 2];
		const cx = uy * vz - uz * vy,
			cy = uz * vx - ux * vz,
			cz = ux * vy - uy * vx;
		for (const i of [a, b, c]) if (cx * n[i] + cy * n[i + 1] + cz * n[i + 2] <= 0) bad++;
	}
	return bad;
}

export function allFinite(m: MeshData): boolean {
	for (const arr of [m.positions, m.normals, m.uvs])
		for (const x of arr) if (!Number.isFinite(x)) return false;
	return true;
}

/** Total area of the triangles. */
export function surfaceArea(m: MeshData): number {
	const p = m.positions;
	const idx = m.indices;
	let s = 0;
	for (let t = 0; t < idx.length; t += 3) {
		const a = 3 * idx[t],
			b = 3 * idx[t + 1],
			c = 3 * idx[t + 2];
		const ux = p[b] - p[a],
			uy = p[b + 1] - p[a + 1],
			uz = p[b + 2] - p[a + 2];
		const vx = p[c] - p[a],
			vy = p[c + 1] - p[a + 1],
			vz = p[c + 2] - p[a + 2];
		s += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
	}
	return s;
}

/** How many triangles the ray from `o` along `d` crosses (Möller–Trumbore, t > 0). */
export function rayHits(m: MeshData, o: number[], d: number[]): number {
	const p = m.positions;
	const idx = m.indices;
	let hits = 0;
	for (let t = 0; t < idx.length; t += 3) {
		const a = 3 * idx[t],
			b = 3 * idx[t + 1],
			c = 3 * idx[t + 2];
		const e1 = [p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]];
		const e2 = [p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]];
		const h = [
			d[1] * e2[2] - d[2] * e2[1],
			d[2] * e2[0] - d[0] * e2[2],
			d[0] * e2[1] - d[1] * e2[0]
		];
		const det = e1[0] * h[0] + e1[1] * h[1] + e1[2] * h[2];
		if (Math.abs(det) < 1e-12) continue;
		const s = [o[0] - p[a], o[1] - p[a + 1], o[2] - p[a + 2]];
		const u = (s[0] * h[0] + s[1] * h[1] + s[2] * h[2]) / det;
		if (u < 0 || u > 1) continue;
		const q = [
			s[1] * e1[2] - s[2] * e1[1],
			s[2] * e1[0] - s[0] * e1[2],
			s[0] * e1[1] - s[1] * e1[0]
		];
		const v = (d[0] * q[0] + d[1] * q[1] + d[2] * q[2]) / det;
		if (v < 0 || u + v > 1) continue;
		if ((e2[0] * q[0] + e2[1] * q[1] + e2[2] * q[2]) / det > 1e-9) hits++;
	}
	return hits;
}

/** Whether a point is inside a closed mesh (odd crossings along an oblique ray). */
export function contains(m: MeshData, point: number[]): boolean {
	return rayHits(m, point, [0.3127, 0.1913, 0.9302]) % 2 === 1;
}
