/**
 * Sweet Home 3D walls → our wall graph. SH3D stores each wall with its own end points and
 * optional references to the walls joined at its start and end; traced homes also have ends
 * that merely touch, overlap or stop at another wall's face. Ends are first grouped (joins by
 * reference, then points within the tolerance) and moved to one shared point; a free end that
 * stops within half a wall's thickness of another wall is extended onto that wall's centre
 * line. Then every wall goes through topology's `addWall`, which shares corners, splits walls
 * at T-junctions and never duplicates overlapping stretches.
 */
import type { LevelId, PlanDocument, Vec2, WallId } from '../../plan/types';
import { addWall } from '../../plan/topology';
import { LIMITS } from '../../plan/limits';

export interface Sh3dWall {
	id: string;
	start: Vec2;
	end: Vec2;
	thickness: number;
	height: number;
	heightAtEnd: number | null;
	arcExtent: number | null;
	wallAtStart: string | null;
	wallAtEnd: string | null;
}

class UnionFind {
	private parent: number[];
	constructor(n: number) {
		this.parent = Array.from({ length: n }, (_, i) => i);
	}
	find(i: number): number {
		while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
		return i;
	}
	union(a: number, b: number) {
		this.parent[this.find(a)] = this.find(b);
	}
}

const dist = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.y - b.y);

/** End points (index 2w = start of wall w, 2w+1 = its end) moved so that joined ends coincide. */
export function joinEnds(walls: Sh3dWall[], tolerance: number): Vec2[] {
	const points = walls.flatMap((w) => [w.start, w.end]);
	const uf = new UnionFind(points.length);
	const index = new Map(walls.map((w, i) => [w.id, i]));
	const joinTo = (from: number, other: string | null) => {
		const j = other === null ? undefined : index.get(other);
		if (j === undefined) return;
		const p = points[from];
		// The end of the other wall nearest to ours (SH3D joins either end).
		const k = dist(p, points[2 * j]) <= dist(p, points[2 * j + 1]) ? 2 * j : 2 * j + 1;
		if (dist(p, points[k]) <= Math.max(tolerance, walls[j].thickness + walls[from >> 1].thickness))
			uf.union(from, k);
	};
	walls.forEach((w, i) => {
		joinTo(2 * i, w.wallAtStart);
		joinTo(2 * i + 1, w.wallAtEnd);
	});
	// Points within the tolerance: sort by x so each point only looks at near neighbours.
	const order = points.map((_, i) => i).sort((a, b) => points[a].x - points[b].x);
	for (let a = 0; a < order.length; a++)
		for (let b = a + 1; b < order.length; b++) {
			const p = points[order[a]];
			const q = points[order[b]];
			if (q.x - p.x > tolerance) break;
			if (dist(p, q) <= tolerance) uf.union(order[a], order[b]);
		}
	const groups = new Map<number, number[]>();
	points.forEach((_, i) => {
		const root = uf.find(i);
		const g = groups.get(root);
		if (g) g.push(i);
		else groups.set(root, [i]);
	});
	const out = points.map((p) => ({ ...p }));
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const x = members.reduce((s, i) => s + points[i].x, 0) / members.length;
		const y = members.reduce((s, i) => s + points[i].y, 0) / members.length;
		for (const i of members) out[i] = { x, y };
	}
	// Free ends stopping at another wall's face: extend them onto its centre line.
	for (const members of groups.values()) {
		if (members.length !== 1) continue;
		const i = members[0];
		const w = i >> 1;
		if (walls[w].arcExtent) continue;
		const p = out[i];
		const q = out[i ^ 1];
		const len = dist(p, q);
		if (len < 1e-9) continue;
		const d = { x: (p.x - q.x) / len, y: (p.y - q.y) / len };
		let best: Vec2 | null = null;
		let bestMove = Infinity;
		walls.forEach((o, j) => {
			if (j === w || o.arcExtent) return;
			const a = out[2 * j];
			const b = out[2 * j + 1];
			const ol = dist(a, b);
			if (ol < 1e-9) return;
			const e = { x: (b.x - a.x) / ol, y: (b.y - a.y) / ol };
			const den = d.x * e.y - d.y * e.x;
			if (Math.abs(den) < Math.sin((20 * Math.PI) / 180)) return; // nearly parallel
			// p + d·s = a + e·t
			const s = ((a.x - p.x) * e.y - (a.y - p.y) * e.x) / den;
			const t = ((a.x - p.x) * d.y - (a.y - p.y) * d.x) / den;
			const reach = o.thickness / 2 + tolerance;
			if (Math.abs(s) > reach || t < -tolerance || t > ol + tolerance || s < -len / 2) return;
			if (Math.abs(s) < bestMove) {
				bestMove = Math.abs(s);
				best = { x: p.x + d.x * s, y: p.y + d.y * s };
			}
		});
		if (best) out[i] = best;
	}
	return out;
}

export interface AddedWalls {
	doc: PlanDocument;
	/** Our walls made from each SH3D wall id (several when it was split). */
	walls: Map<string, WallId[]>;
	tooShort: number;
}

/** Adds the walls of one level; rooms are left for the caller to update once. */
export function addSh3dWalls(
	doc: PlanDocument,
	level: LevelId,
	walls: Sh3dWall[],
	tolerance: number
): AddedWalls {
	const ends = joinEnds(walls, tolerance);
	const made = new Map<string, WallId[]>();
	let tooShort = 0;
	walls.forEach((w, i) => {
		const a = ends[2 * i];
		const b = ends[2 * i + 1];
		if (dist(a, b) < Math.max(LIMITS.minWallLength, tolerance)) {
			tooShort++;
			return;
		}
		const r = addWall(
			doc,
			level,
			a,
			b,
			{
				thickness: w.thickness,
				height: w.height,
				heightAtEnd: w.heightAtEnd,
				arcExtent: w.arcExtent
			},
			{ snap: tolerance, rooms: false }
		);
		doc = r.doc;
		made.set(w.id, r.walls);
	});
	return { doc, walls: made, tooShort };
}
