/**
 * What the geometry layer hands to renderers and exporters: plain typed arrays tagged with
 * the plan record they came from. Lengths in centimetres, in 3D coordinates where
 * plan (x, y) maps to (x, z) and y is up (height above ground).
 */

/** A run of indices drawn with one material. */
export interface MaterialGroup {
	/** First index (into `indices`) of the group. */
	start: number;
	/** Number of indices. */
	count: number;
	/** Finish id, e.g. `paint:white`, or a built-in like `wall:cap`, `glass`. */
	material: string;
}

export interface MeshData {
	/** Plan record id the mesh belongs to (`wall:…`, `room:…`, `opening:…`). */
	id: string;
	level: string;
	kind: 'wall' | 'floor' | 'ceiling';
	/** xyz triples. */
	positions: Float32Array;
	/** xyz unit normals, one per vertex. */
	normals: Float32Array;
	/** uv pairs in centimetres (real units: 1 = 1 cm), so textures keep their scale. */
	uvs: Float32Array;
	indices: Uint32Array;
	groups: MaterialGroup[];
}
