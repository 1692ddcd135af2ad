/**
 * Catalog models (parts in a unit cell, `src/lib/catalog/models`) → one merged BufferGeometry
 * per item, ready for instancing: the instance matrix scales the cell to the piece's width,
 * height and depth. Attributes match the furniture material: `position`, `normal`, `uv`
 * (cell units × 100, about cm for a metre-sized piece), `color` (a part's own colour, linear)
 * and `tint` (1 where the piece's colour applies). Parts are sorted by material and each
 * material is a geometry group (`materialIndex` = index in PART_MATERIALS), so a renderer may
 * also draw each material with its own finish.
 */
import {
	BoxGeometry,
	BufferAttribute,
	BufferGeometry,
	Color,
	ConeGeometry,
	CylinderGeometry,
	Euler,
	Matrix4,
	Quaternion,
	SphereGeometry,
	Vector3
} from 'three';
import {
	BOX_MODEL,
	PART_COLORS,
	PART_MATERIALS,
	itemModel,
	type ModelPart,
	type PartMaterial
} from '../../catalog/models';

/** Segments of round parts: enough to read as round in a thumbnail, few for instancing. */
const ROUND_SEGMENTS = 16;

function unitShape(part: ModelPart): BufferGeometry {
	switch (part.shape) {
		case 'box':
			return new BoxGeometry(1, 1, 1);
		case 'cylinder':
			return new CylinderGeometry(0.5, 0.5, 1, ROUND_SEGMENTS);
		case 'cone':
			return new ConeGeometry(0.5, 1, ROUND_SEGMENTS);
		case 'sphere':
			return new SphereGeometry(0.5, ROUND_SEGMENTS, ROUND_SEGMENTS / 2);
	}
}

const m = new Matrix4();
const q = new Quaternion();
const e = new Euler();
const v = new Vector3();
const s = new Vector3();

/** One geometry for a list of parts; `mirrored` flips it across the width. */
export function partsGeometry(parts: readonly ModelPart[], mirrored = false): BufferGeometry {
	const order = PART_MATERIALS as readonly string[];
	const sorted = [...parts].sort((a, b) => order.indexOf(a.material) - order.indexOf(b.material));
	const pieces = sorted.map((part) => {
		const g = unitShape(part).toNonIndexed();
		e.set(...(part.rotation ?? [0, 0, 0]));
		m.compose(v.set(...part.position), q.setFromEuler(e), s.set(...part.size));
		if (mirrored) m.premultiply(new Matrix4().makeScale(-1, 1, 1));
		g.applyMatrix4(m);
		return { part, g };
	});
	const vertexCount = pieces.reduce((n, p) => n + p.g.getAttribute('position').count, 0);
	const positions = new Float32Array(vertexCount * 3);
	const normals = new Float32Array(vertexCount * 3);
	const uvs = new Float32Array(vertexCount * 2);
	const colors = new Float32Array(vertexCount * 3);
	const tint = new Float32Array(vertexCount);
	const out = new BufferGeometry();
	const c = new Color();
	let at = 0;
	let groupStart = 0;
	let groupMaterial = -1;
	for (const { part, g } of pieces) {
		const pos = g.getAttribute('position');
		const count = pos.count;
		positions.set(pos.array as Float32Array, at * 3);
		normals.set(g.getAttribute('normal').array as Float32Array, at * 3);
		const uv = g.getAttribute('uv').array as Float32Array;
		for (let i = 0; i < uv.length; i++) uvs[at * 2 + i] = uv[i] * 100;
		const body = part.material === 'body';
		c.set(body ? '#ffffff' : PART_COLORS[part.material as Exclude<typeof part.material, 'body'>]);
		for (let i = 0; i < count; i++) {
			colors.set([c.r, c.g, c.b], (at + i) * 3);
			tint[at + i] = body ? 1 : 0;
		}
		const index = order.indexOf(part.material);
		if (index !== groupMaterial) {
			if (groupMaterial >= 0) out.addGroup(groupStart, at - groupStart, groupMaterial);
			groupMaterial = index;
			groupStart = at;
		}
		at += count;
		g.dispose();
	}
	if (groupMaterial >= 0) out.addGroup(groupStart, at - groupStart, groupMaterial);
	if (mirrored) {
		// Mirroring turns triangles inside out: swap two corners of each to face out again.
		for (const arr of [positions, normals, colors] as Float32Array[])
			for (let t = 0; t < vertexCount; t += 3)
				for (let k = 0; k < 3; k++) {
					const a = (t + 1) * 3 + k;
					const b = (t + 2) * 3 + k;
					[arr[a], arr[b]] = [arr[b], arr[a]];
				}
		for (let t = 0; t < vertexCount; t += 3)
			for (let k = 0; k < 2; k++) {
				const a = (t + 1) * 2 + k;
				const b = (t + 2) * 2 + k;
				[uvs[a], uvs[b]] = [uvs[b], uvs[a]];
			}
		for (let t = 0; t < vertexCount; t += 3)
			[tint[t + 1], tint[t + 2]] = [tint[t + 2], tint[t + 1]];
	}
	out.setAttribute('position', new BufferAttribute(positions, 3));
	out.setAttribute('normal', new BufferAttribute(normals, 3));
	out.setAttribute('uv', new BufferAttribute(uvs, 2));
	out.setAttribute('color', new BufferAttribute(colors, 3));
	out.setAttribute('tint', new BufferAttribute(tint, 1));
	out.computeBoundingBox();
	out.computeBoundingSphere();
	return out;
}

const cache = new Map<string, BufferGeometry>();

/**
 * The shared geometry of a catalog item (the plain box for unknown ids). Callers that add
 * attributes (per-instance colours) must clone it; dispose with `disposeCatalogGeometries`.
 */
export function catalogGeometry(catalogId: string, mirrored = false): BufferGeometry {
	const key = `${catalogId}|${mirrored}`;
	let g = cache.get(key);
	if (!g) cache.set(key, (g = partsGeometry(itemModel(catalogId), mirrored)));
	return g;
}

/** Triangles of one instance of an item's model. */
export function catalogTriangles(catalogId: string): number {
	return catalogGeometry(catalogId).getAttribute('position').count / 3;
}

export function disposeCatalogGeometries(): void {
	for (const g of cache.values()) g.dispose();
	cache.clear();
}

/** The vertices of one part material of a model, indexed, in the unit cell. */
export interface ModelRun {
	material: PartMaterial;
	positions: Float32Array;
	normals: Float32Array;
	/** Local to the run (0 = its first vertex). */
	indices: Uint32Array;
}

/** A model as runs of one part material each (what the 3D view merges per level). */
export interface ModelTemplate {
	runs: ModelRun[];
	vertices: number;
	triangles: number;
}

const templates = new Map<string, ModelTemplate>();

/**
 * The model of a catalog item (`lod` 1: the plain box) as indexed runs per part material;
 * `mirrored` flips it across the width (and the winding, so faces still face out).
 */
export function modelTemplate(catalogId: string, mirrored = false, lod: 0 | 1 = 0): ModelTemplate {
	const key = `${lod ? '' : catalogId}|${mirrored}|${lod}`;
	let t = templates.get(key);
	if (t) return t;
	const parts = lod ? BOX_MODEL : itemModel(catalogId);
	const runs: ModelRun[] = [];
	for (const material of PART_MATERIALS) {
		const mine = parts.filter((p) => p.material === material);
		if (mine.length === 0) continue;
		const shapes = mine.map((part) => {
			const g = unitShape(part);
			e.set(...(part.rotation ?? [0, 0, 0]));
			m.compose(v.set(...part.position), q.setFromEuler(e), s.set(...part.size));
			if (mirrored) m.premultiply(new Matrix4().makeScale(-1, 1, 1));
			return g.applyMatrix4(m);
		});
		const vertexCount = shapes.reduce((n, g) => n + g.getAttribute('position').count, 0);
		const indexCount = shapes.reduce((n, g) => n + g.getIndex()!.count, 0);
		const run: ModelRun = {
			material,
			positions: new Float32Array(vertexCount * 3),
			normals: new Float32Array(vertexCount * 3),
			indices: new Uint32Array(indexCount)
		};
		let at = 0;
		let k = 0;
		for (const g of shapes) {
			run.positions.set(g.getAttribute('position').array as Float32Array, at * 3);
			run.normals.set(g.getAttribute('normal').array as Float32Array, at * 3);
			const index = g.getIndex()!.array;
			for (let i = 0; i < index.length; i += 3) {
				// A mirror turns triangles inside out: swap two corners to face out again.
				run.indices[k + i] = index[i] + at;
				run.indices[k + i + 1] = index[mirrored ? i + 2 : i + 1] + at;
				run.indices[k + i + 2] = index[mirrored ? i + 1 : i + 2] + at;
			}
			at += g.getAttribute('position').count;
			k += index.length;
			g.dispose();
		}
		runs.push(run);
	}
	t = {
		runs,
		vertices: runs.reduce((n, r) => n + r.positions.length / 3, 0),
		triangles: runs.reduce((n, r) => n + r.indices.length / 3, 0)
	};
	templates.set(key, t);
	return t;
}
