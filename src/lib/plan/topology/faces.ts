/**
 * Rooms as faces of a level's planar wall graph.
 *
 * Each wall gives two half-edges (start→end and end→start). Leaving a corner along the twin
 * of the half-edge we arrived by, the walk takes the neighbour just before it in angular
 * order (the smallest turn), which traces every bounded face with a positive signed area and
 * the outside of each connected group of walls with a negative one.
 * Walls whose two sides land in the same face (a wall sticking into a room, a free-standing
 * wall, a wall joining an island to the room around it) bound nothing: they are dropped and
 * the walk is redone, so they never split a face nor change an area.
 * Groups of walls lying inside a face of another group (a room inside a room) become holes
 * of the smallest face around them.
 */
import type { CornerId, LevelId, PlanDocument, Vec2, WallId } from '../types';
import { boundsOf, pointInPolygon, signedArea, type Box } from './vec';
import { pathPoints } from './wallPath';

/** One closed boundary on wall centre lines. Arcs are sampled (see `wallPath.ts`). */
export interface BoundaryRing {
	points: Vec2[];
	/** `walls[i]` is the wall under the segment points[i] → points[i + 1] (cyclic). */
	walls: WallId[];
	/** True when segment i runs along its wall from start to end. */
	forward: boolean[];
	/** The corner at points[i], or null for a point sampled inside an arc. */
	corners: (CornerId | null)[];
}

export interface Face {
	level: LevelId;
	/** Outline on wall centre lines, positive signed area (clockwise on screen). */
	outer: BoundaryRing;
	/** Islands of walls inside the face, each walked around its outside (negative area). */
	holes: BoundaryRing[];
	/** Centre-line area: outer polygon minus the islands' outer polygons, cm². */
	area: number;
	bounds: Box;
}

/** Faces smaller than this (cm²) are numerical slivers, e.g. between two duplicate walls. */
export const MIN_FACE_AREA = 1e-6;
/** Walls shorter than this (cm) have no direction and are left out of the graph. */
const MIN_EDGE = 1e-7;

interface Graph {
	wallIds: WallId[];
	/** Sampled centre line of each wall, start to end. */
	paths: Vec2[][];
	/** Vertex index of the origin of each half-edge (2w = forward, 2w+1 = backward). */
	origin: Int32Array;
	angle: Float64Array;
	cornerIds: CornerId[];
}

function buildGraph(doc: PlanDocument, level: LevelId): Graph {
	const vertexOf = new Map<CornerId, number>();
	const cornerIds: CornerId[] = [];
	const wallIds: WallId[] = [];
	const paths: Vec2[][] = [];
	const origins: number[] = [];
	const angles: number[] = [];
	const vertex = (id: CornerId) => {
		let v = vertexOf.get(id);
		if (v === undefined) {
			v = cornerIds.length;
			vertexOf.set(id, v);
			cornerIds.push(id);
		}
		return v;
	};
	for (const wall of Object.values(doc.walls)) {
		if (wall.level !== level || wall.start === wall.end) continue;
		const a = doc.corners[wall.start];
		const b = doc.corners[wall.end];
		if (!a || !b) continue;
		const pts = pathPoints(a, b, wall.arcExtent);
		const n = pts.length;
		const dx0 = pts[1].x - pts[0].x;
		const dy0 = pts[1].y - pts[0].y;
		const dx1 = pts[n - 2].x - pts[n - 1].x;
		const dy1 = pts[n - 2].y - pts[n - 1].y;
		if (Math.hypot(dx0, dy0) < MIN_EDGE || Math.hypot(dx1, dy1) < MIN_EDGE) continue;
		wallIds.push(wall.id);
		paths.push(pts);
		origins.push(vertex(wall.start), vertex(wall.end));
		angles.push(Math.atan2(dy0, dx0), Math.atan2(dy1, dx1));
	}
	return {
		wallIds,
		paths,
		origin: Int32Array.from(origins),
		angle: Float64Array.from(angles),
		cornerIds
	};
}

/** Traces all face cycles over the walls with `active[w]` set; returns half-edge cycles. */
function walk(g: Graph, active: Uint8Array): number[][] {
	const H = g.origin.length;
	const nv = g.cornerIds.length;
	// Outgoing half-edges per vertex in CSR layout, sorted by angle.
	const count = new Int32Array(nv + 1);
	for (let h = 0; h < H; h++) if (active[h >> 1]) count[g.origin[h] + 1]++;
	for (let v = 0; v < nv; v++) count[v + 1] += count[v];
	const start = count.slice();
	const out = new Int32Array(count[nv]);
	for (let h = 0; h < H; h++) if (active[h >> 1]) out[start[g.origin[h]]++] = h;
	// Walls leaving in exactly the same direction (duplicates): opposite orders at their two
	// ends keep the embedding planar, so they enclose an empty sliver and nothing else.
	const tie = (h: number) => {
		const w = h >> 1;
		return g.origin[h] < g.origin[h ^ 1] ? w : -w;
	};
	const pos = new Int32Array(H);
	for (let v = 0; v < nv; v++) {
		const s = count[v];
		const e = count[v + 1];
		if (e - s > 1) {
			const slice = Array.from(out.subarray(s, e));
			slice.sort((p, q) => g.angle[p] - g.angle[q] || tie(p) - tie(q));
			out.set(slice, s);
		}
		for (let i = s; i < e; i++) pos[out[i]] = i;
	}
	const next = (h: number) => {
		const twin = h ^ 1;
		const v = g.origin[twin];
		const s = count[v];
		const k = count[v + 1] - s;
		return out[s + ((pos[twin] - s - 1 + k) % k)];
	};
	const seen = new Uint8Array(H);
	const cycles: number[][] = [];
	for (let h0 = 0; h0 < H; h0++) {
		if (!active[h0 >> 1] || seen[h0]) continue;
		const cycle: number[] = [];
		for (let h = h0; !seen[h]; h = next(h)) {
			seen[h] = 1;
			cycle.push(h);
		}
		cycles.push(cycle);
	}
	return cycles;
}

function ringOf(g: Graph, cycle: number[]): BoundaryRing {
	const ring: BoundaryRing = { points: [], walls: [], forward: [], corners: [] };
	for (const h of cycle) {
		const w = h >> 1;
		const forward = (h & 1) === 0;
		const path = g.paths[w];
		const n = path.length;
		for (let i = 0; i < n - 1; i++) {
			ring.points.push(forward ? path[i] : path[n - 1 - i]);
			ring.walls.push(g.wallIds[w]);
			ring.forward.push(forward);
			ring.corners.push(i === 0 ? g.cornerIds[g.origin[h]] : null);
		}
	}
	return ring;
}

function find(parent: Int32Array, v: number): number {
	while (parent[v] !== v) v = parent[v] = parent[parent[v]];
	return v;
}

/** The bounded faces of one level's wall graph. */
export function findFaces(doc: PlanDocument, level: LevelId): Face[] {
	const g = buildGraph(doc, level);
	const W = g.wallIds.length;
	const active = new Uint8Array(W).fill(1);
	let cycles = walk(g, active);
	// Drop walls with the same face on both sides, then walk again without them.
	const faceOf = new Int32Array(2 * W);
	cycles.forEach((c, i) => c.forEach((h) => (faceOf[h] = i)));
	let dropped = false;
	for (let w = 0; w < W; w++)
		if (faceOf[2 * w] === faceOf[2 * w + 1]) {
			active[w] = 0;
			dropped = true;
		}
	if (dropped) cycles = walk(g, active);

	const parent = Int32Array.from({ length: g.cornerIds.length }, (_, i) => i);
	for (let w = 0; w < W; w++) {
		if (!active[w]) continue;
		const a = find(parent, g.origin[2 * w]);
		const b = find(parent, g.origin[2 * w + 1]);
		if (a !== b) parent[a] = b;
	}

	const faces: Face[] = [];
	const faceGroup: number[] = [];
	const outlines: { ring: BoundaryRing; group: number }[] = [];
	for (const cycle of cycles) {
		const ring = ringOf(g, cycle);
		const area = signedArea(ring.points);
		const group = find(parent, g.origin[cycle[0]]);
		if (area > MIN_FACE_AREA) {
			faces.push({ level, outer: ring, holes: [], area, bounds: boundsOf(ring.points) });
			faceGroup.push(group);
		} else if (area < -MIN_FACE_AREA) outlines.push({ ring, group });
	}
	// Each group's outline is a hole of the smallest face of another group around it.
	for (const { ring, group } of outlines) {
		const p = ring.points[0];
		let best = -1;
		for (let f = 0; f < faces.length; f++) {
			if (faceGroup[f] === group) continue;
			const b = faces[f].bounds;
			if (p.x < b.minX || p.x > b.maxX || p.y < b.minY || p.y > b.maxY) continue;
			if (best >= 0 && faces[f].area >= faces[best].area) continue;
			if (pointInPolygon(p, faces[f].outer.points)) best = f;
		}
		if (best >= 0) faces[best].holes.push(ring);
	}
	for (const f of faces) for (const h of f.holes) f.area += signedArea(h.points);
	return faces;
}

/** True when p is inside the face: inside its outline and outside its islands. */
export function faceContains(face: Face, p: Vec2): boolean {
	const b = face.bounds;
	if (p.x < b.minX || p.x > b.maxX || p.y < b.minY || p.y > b.maxY) return false;
	if (!pointInPolygon(p, face.outer.points)) return false;
	return !face.holes.some((h) => pointInPolygon(p, h.points));
}
