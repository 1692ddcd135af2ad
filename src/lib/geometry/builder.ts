import type { MaterialGroup, MeshData } from './types';

/**
 * Meshes' arrays are carved out of shared slabs: allocating thousands of small ArrayBuffers
 * costs more than building the meshes (each is a separate backing store for the garbage
 * collector). A slab lives as long as any mesh cut from it; `GeometryCache` copies its
 * meshes to fresh slabs when too much of them is dead (`compactMesh`).
 */
const SLAB_BYTES = 1 << 22;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
const slot = { buffer: slab, offset: 0 };

function allocate(bytes: number): { buffer: ArrayBuffer; offset: number } {
	if (bytes > SLAB_BYTES / 4) {
		slot.buffer = new ArrayBuffer(bytes);
		slot.offset = 0;
		return slot;
	}
	if (slabUsed + bytes > SLAB_BYTES) {
		slab = new ArrayBuffer(SLAB_BYTES);
		slabUsed = 0;
	}
	slot.buffer = slab;
	slot.offset = slabUsed;
	slabUsed += bytes;
	return slot;
}

/** Moves a mesh's arrays to fresh slab storage, in place (same contents, same object). */
export function compactMesh(m: MeshData): void {
	const v = m.positions.length / 3;
	const total = m.indices.length;
	const { buffer, offset } = allocate(4 * (8 * v + total));
	const positions = new Float32Array(buffer, offset, 3 * v);
	const normals = new Float32Array(buffer, offset + 12 * v, 3 * v);
	const uvs = new Float32Array(buffer, offset + 24 * v, 2 * v);
	const indices = new Uint32Array(buffer, offset + 32 * v, total);
	positions.set(m.positions);
	normals.set(m.normals);
	uvs.set(m.uvs);
	indices.set(m.indices);
	Object.assign(m, { positions, normals, uvs, indices });
}

/**
 * Accumulates one mesh into growable scratch buffers (reused from mesh to mesh, so building
 * thousands of meshes allocates only their final, exactly sized arrays). Triangles go into
 * numbered index groups; `finish` lays the groups out one after the other.
 */
export class MeshBuilder {
	private pos = new Float32Array(3 * 1024);
	private nrm = new Float32Array(3 * 1024);
	private uv = new Float32Array(2 * 1024);
	private groups: Uint32Array[] = [];
	private groupLen: number[] = [];
	vertexCount = 0;

	constructor(groupCount: number) {
		for (let g = 0; g < groupCount; g++) {
			this.groups.push(new Uint32Array(1024));
			this.groupLen.push(0);
		}
	}

	reset(): void {
		this.vertexCount = 0;
		this.groupLen.fill(0);
	}

	/** Adds a vertex in 3D coordinates and returns its index. */
	vertex(
		x: number,
		y: number,
		z: number,
		nx: number,
		ny: number,
		nz: number,
		u: number,
		v: number
	) {
		const i = this.vertexCount++;
		if (3 * this.vertexCount > this.pos.length) this.grow();
		const p = 3 * i;
		this.pos[p] = x;
		this.pos[p + 1] = y;
		this.pos[p + 2] = z;
		this.nrm[p] = nx;
		this.nrm[p + 1] = ny;
		this.nrm[p + 2] = nz;
		this.uv[2 * i] = u;
		this.uv[2 * i + 1] = v;
		return i;
	}

	/**
	 * Adds triangle (a, b, c) to group `g`, wound counter-clockwise seen from the side the
	 * normal (nx, ny, nz) points to (three.js front faces), whatever order it was given in.
	 */
	tri(g: number, a: number, b: number, c: number, nx: number, ny: number, nz: number) {
		const p = this.pos;
		const ax = p[3 * a],
			ay = p[3 * a + 1],
			az = p[3 * a + 2];
		const ux = p[3 * b] - ax,
			uy = p[3 * b + 1] - ay,
			uz = p[3 * b + 2] - az;
		const vx = p[3 * c] - ax,
			vy = p[3 * c + 1] - ay,
			vz = p[3 * c + 2] - az;
		const d = (uy * vz - uz * vy) * nx + (uz * vx - ux * vz) * ny + (ux * vy - uy * vx) * nz;
		let list = this.groups[g];
		const len = this.groupLen[g];
		if (len + 3 > list.length) {
			const bigger = new Uint32Array(list.length * 2);
			bigger.set(list);
			this.groups[g] = list = bigger;
		}
		list[len] = a;
		if (d >= 0) {
			list[len + 1] = b;
			list[len + 2] = c;
		} else {
			list[len + 1] = c;
			list[len + 2] = b;
		}
		this.groupLen[g] = len + 3;
	}

	/**
	 * Copies the mesh out; groups with no triangles are left out. The four arrays are views
	 * of one slab (see `allocate`).
	 */
	finish(id: string, level: string, kind: MeshData['kind'], materials: string[]): MeshData {
		let total = 0;
		for (const n of this.groupLen) total += n;
		const v = this.vertexCount;
		const { buffer, offset } = allocate(4 * (8 * v + total));
		const positions = new Float32Array(buffer, offset, 3 * v);
		const normals = new Float32Array(buffer, offset + 12 * v, 3 * v);
		const uvs = new Float32Array(buffer, offset + 24 * v, 2 * v);
		const indices = new Uint32Array(buffer, offset + 32 * v, total);
		// Plain loops: these arrays are small, and subarray() would allocate a view each.
		const pos = this.pos;
		const nrm = this.nrm;
		for (let i = 0; i < 3 * v; i++) {
			positions[i] = pos[i];
			normals[i] = nrm[i];
		}
		const uv = this.uv;
		for (let i = 0; i < 2 * v; i++) uvs[i] = uv[i];
		const groups: MaterialGroup[] = [];
		let at = 0;
		for (let g = 0; g < this.groups.length; g++) {
			const n = this.groupLen[g];
			if (n === 0) continue;
			const list = this.groups[g];
			for (let i = 0; i < n; i++) indices[at + i] = list[i];
			groups.push({ start: at, count: n, material: materials[g] });
			at += n;
		}
		return { id, level, kind, positions, normals, uvs, indices, groups };
	}

	private grow(): void {
		const n = this.pos.length * 2;
		const pos = new Float32Array(n);
		pos.set(this.pos);
		const nrm = new Float32Array(n);
		nrm.set(this.nrm);
		const uv = new Float32Array((n / 3) * 2);
		uv.set(this.uv);
		this.pos = pos;
		this.nrm = nrm;
		this.uv = uv;
	}
}
