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

/**
 * The geometry layer cuts these arrays out of shared slabs (one ArrayBuffer holds many
 * meshes' arrays): use the views, and copy them before transferring or keeping `.buffer`.
 */
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

/** A run of indices (into a merged mesh's `indices`) that came from one plan record. */
export interface IdRange {
	/** Plan record id (`wall:…`, `room:…`). */
	id: string;
	kind: MeshData['kind'];
	start: number;
	count: number;
}

/** All the geometry of one (level, material): drawn in one call, picked back to ids by range. */
export interface MergedMesh {
	level: string;
	material: string;
	positions: Float32Array;
	normals: Float32Array;
	uvs: Float32Array;
	indices: Uint32Array;
	/** Sorted by `start`, covering `indices` without gaps. */
	ranges: IdRange[];
}

export interface GeometryStats {
	meshes: number;
	vertices: number;
	triangles: number;
	/** Bytes held by the meshes' typed arrays. */
	bytes: number;
}

/**
 * The derived geometry of a whole document. `meshes` is keyed by record id for walls
 * (`wall:…`) and floors (`room:…`); a room's ceiling is keyed `ceiling:room:…` (its
 * `MeshData.id` is still the room id and `kind` is `'ceiling'`).
 */
export interface PlanGeometry {
	meshes: Map<string, MeshData>;
	stats: GeometryStats;
}
