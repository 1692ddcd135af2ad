import type { Opening, Wall } from '../plan/types';
import type { MeshBuilder } from './builder';
import { at, framePoint, paramOf, type WallFrame } from './frame';
import type { WallEnd } from './joins';
import { triangulatePolygon } from './triangulate';
import type { MeshData } from './types';

/**
 * A wall as a closed solid: its two faces (split into columns around the opening holes),
 * the reveals inside each hole, the top, the bottom (cut where doors reach the floor) and
 * the end faces given by the joins. Every face shares its edges' vertices positions with
 * its neighbours, so the solid is watertight without any boolean operation.
 */

export const WALL_CAP = 'wall:cap';
export const WALL_REVEAL = 'wall:reveal';
/** Index groups of a wall mesh, in this order. */
export const WallGroup = { Left: 0, Right: 1, Cap: 2, Reveal: 3 } as const;
export const WALL_GROUP_COUNT = 4;

/** Openings keep this much wall (cm) to the wall's ends, its top and each other. */
const OPENING_MARGIN = 1;
/** A sill lower than this (cm) puts the opening on the floor, like a door. */
const FLOOR_SILL = 0.5;

interface Hole {
	t0: number;
	t1: number;
	sill: number;
	head: number;
}

/**
 * The column lines of one face: plan point, parameter, first vertex and vertex heights.
 * Scratch arrays are written by index up to `n` (and `hn`) and never shrunk: resetting a
 * length to 0 would free and regrow them for every wall.
 */
interface Chain {
	n: number;
	hn: number;
	x: number[];
	y: number[];
	t: number[];
	first: number[];
	count: number[];
	/** Heights of all lines' vertices, line after line; line i's start at `hFrom[i]`. */
	h: number[];
	hFrom: number[];
}
const newChain = (): Chain => ({
	n: 0,
	hn: 0,
	x: [],
	y: [],
	t: [],
	first: [],
	count: [],
	h: [],
	hFrom: []
});

// Scratch state of the wall being built, reused from wall to wall (no allocation per wall
// beyond its final arrays, and no closures: this runs tens of thousands of times a build).
const chains: [Chain, Chain] = [newChain(), newChain()];
const poly: number[] = [];
const polyVerts: number[] = [];
let polyN = 0;
const tris: number[] = [];
let breaks: number[] = [];
let holes: Hole[] = [];
let h0 = 0;
let rise = 0;
let elev = 0;
let eps = 0;

const heightAt = (t: number) => h0 + rise * t;
const byOffset = (p: Opening, q: Opening) => p.offset - q.offset || (p.id < q.id ? -1 : 1);
const ascending = (p: number, q: number) => p - q;

export function buildWallMesh(
	b: MeshBuilder,
	wall: Wall,
	f: WallFrame,
	elevation: number,
	start: WallEnd,
	end: WallEnd,
	openings: readonly Opening[]
): MeshData {
	b.reset();
	h0 = wall.height;
	rise = (wall.heightAtEnd ?? wall.height) - wall.height;
	elev = elevation;
	const L = f.length;

	const tSL = paramOf(f, start.left[0], start.left[1], false);
	const tSR = paramOf(f, start.right[0], start.right[1], false);
	const tEL = paramOf(f, end.left[0], end.left[1], true);
	const tER = paramOf(f, end.right[0], end.right[1], true);
	holes = clampOpenings(openings, L, Math.max(tSL, tSR), Math.min(tEL, tER));

	// Parameters where the faces need a column line: opening edges and arc segment joints.
	eps = 0.01 / L;
	breaks = [];
	for (const h of holes) breaks.push(h.t0, h.t1);
	if (f.arc) {
		for (let k = 1; k < f.segments; k++) {
			const t = k / f.segments;
			let nearEdge = false;
			for (const h of holes)
				if (Math.abs(h.t0 - t) < eps || Math.abs(h.t1 - t) < eps) nearEdge = true;
			if (!nearEdge) breaks.push(t);
		}
		breaks.sort(ascending);
	}

	buildFace(b, f, 1, start.left, end.left, tSL, tEL);
	buildFace(b, f, -1, start.right, end.right, tSR, tER);

	// End outlines: the end runs from the left face to the right one, the start back.
	const endCap = capOutline(end, true);
	const endT = capParams(f, endCap, true);
	const startCap = capOutline(start, false);
	const startT = capParams(f, startCap, false);

	buildTop(b, f, startCap, startT, endCap, endT);
	buildBottom(b, startCap, endCap);
	buildEnd(b, endCap, endT);
	buildEnd(b, startCap, startT);
	for (const h of holes) buildReveal(b, f, h);

	return b.finish(wall.id, wall.level, 'wall', [
		wall.finishLeft,
		wall.finishRight,
		WALL_CAP,
		WALL_REVEAL
	]);
}

/** Openings as holes in parameter space: clamped into the wall, sorted, not overlapping. */
function clampOpenings(openings: readonly Opening[], L: number, lo: number, hi: number): Hole[] {
	if (openings.length === 0) return [];
	const m = OPENING_MARGIN / L;
	const sorted = openings.length > 1 ? [...openings].sort(byOffset) : openings;
	const out: Hole[] = [];
	let prev = lo;
	for (const o of sorted) {
		const t0 = Math.max((o.offset - o.width / 2) / L, prev + m);
		const t1 = Math.min((o.offset + o.width / 2) / L, hi - m);
		if (!(t1 - t0 >= m)) continue;
		let sill = Math.max(0, o.sill);
		if (sill < FLOOR_SILL) sill = 0;
		const head = Math.min(sill + o.height, Math.min(heightAt(t0), heightAt(t1)) - OPENING_MARGIN);
		if (!(head - sill >= OPENING_MARGIN)) continue;
		out.push({ t0, t1, sill, head });
		prev = t1;
	}
	return out;
}

/** The hole whose span [t0, t1] (widened by eps) holds t, or null. */
function holeAt(t: number): Hole | null {
	for (const h of holes) if (t >= h.t0 - eps && t <= h.t1 + eps) return h;
	return null;
}

/**
 * One face (side 1 = left, −1 = right) as columns between lines of constant parameter. A
 * line carries vertices at the floor, the top, and the sill and head of a hole it touches.
 */
function buildFace(
	b: MeshBuilder,
	f: WallFrame,
	side: 1 | -1,
	startPts: number[],
	endPts: number[],
	tStart: number,
	tEnd: number
): void {
	const c = chains[side === 1 ? 0 : 1];
	c.n = c.hn = 0;
	const uScale = f.arc
		? (f.radius + side * (f.extent > 0 ? 1 : -1) * f.half) * Math.abs(f.extent)
		: f.length;

	addLine(b, f, c, side, uScale, startPts[0], startPts[1], tStart);
	for (const t of breaks) {
		if (t <= tStart + eps || t >= tEnd - eps) continue;
		framePoint(f, t);
		addLine(b, f, c, side, uScale, at.x + side * f.half * at.ty, at.y - side * f.half * at.tx, t);
	}
	addLine(b, f, c, side, uScale, endPts[0], endPts[1], tEnd);

	const g = side === 1 ? WallGroup.Left : WallGroup.Right;
	for (let i = 0; i + 1 < c.n; i++) {
		const tm = (c.t[i] + c.t[i + 1]) / 2;
		framePoint(f, tm < 0 ? 0 : tm > 1 ? 1 : tm);
		const nx = side * at.ty;
		const nz = -side * at.tx;
		const a0 = c.first[i];
		const b0 = c.first[i + 1];
		const na = c.count[i];
		const nb = c.count[i + 1];
		const hole = holeAt(tm);
		if (hole && tm > hole.t0 && tm < hole.t1) {
			if (hole.sill > 0) quad(b, g, a0, b0, b0 + 1, a0 + 1, nx, nz);
			quad(b, g, a0 + na - 2, b0 + nb - 2, b0 + nb - 1, a0 + na - 1, nx, nz);
			continue;
		}
		// Zip the two lines together from the floor up.
		const ha = c.hFrom[i];
		const hb = c.hFrom[i + 1];
		let p = 0;
		let q = 0;
		while (p < na - 1 || q < nb - 1) {
			if (q === nb - 1 || (p < na - 1 && c.h[ha + p + 1] <= c.h[hb + q + 1])) {
				b.tri(g, a0 + p, a0 + p + 1, b0 + q, nx, 0, nz);
				p++;
			} else {
				b.tri(g, a0 + p, b0 + q + 1, b0 + q, nx, 0, nz);
				q++;
			}
		}
	}
}

function addLine(
	b: MeshBuilder,
	f: WallFrame,
	c: Chain,
	side: number,
	uScale: number,
	x: number,
	y: number,
	t: number
): void {
	framePoint(f, t < 0 ? 0 : t > 1 ? 1 : t);
	const nx = side * at.ty;
	const nz = -side * at.tx;
	const top = heightAt(t);
	const from = c.hn;
	const h = c.h;
	const hole = holeAt(t);
	if (!hole) {
		h[c.hn++] = 0;
		h[c.hn++] = top;
	} else {
		const edge = t <= hole.t0 + eps || t >= hole.t1 - eps;
		if (edge || hole.sill > 0) h[c.hn++] = 0;
		if (hole.sill > 0) h[c.hn++] = hole.sill;
		h[c.hn++] = hole.head;
		h[c.hn++] = top;
	}
	const i = c.n++;
	c.x[i] = x;
	c.y[i] = y;
	c.t[i] = t;
	c.hFrom[i] = from;
	c.count[i] = c.hn - from;
	c.first[i] = b.vertexCount;
	const u = t * uScale;
	for (let k = from; k < c.hn; k++) b.vertex(x, elev + h[k], y, nx, 0, nz, u, h[k]);
}

function quad(
	b: MeshBuilder,
	g: number,
	p: number,
	q: number,
	r: number,
	s: number,
	nx: number,
	nz: number
) {
	b.tri(g, p, q, r, nx, 0, nz);
	b.tri(g, p, r, s, nx, 0, nz);
}

/**
 * The outline of one end, flat xy: for the end, from the left face's last point to the right
 * face's; for the start, from the right face's first point to the left face's. Duplicate and
 * collinear in-between points are dropped (they would only make slivers).
 */
export function capOutline(end: WallEnd, isEnd: boolean): number[] {
	const from = isEnd ? end.left : end.right;
	const to = isEnd ? end.right : end.left;
	const pts: number[] = [];
	for (let i = 0; i < from.length; i += 2) pts.push(from[i], from[i + 1]);
	if (end.hub) pts.push(end.cx, end.cy);
	for (let i = to.length - 2; i >= 0; i -= 2) pts.push(to[i], to[i + 1]);
	const out: number[] = [pts[0], pts[1]];
	for (let i = 2; i < pts.length; i += 2) {
		const x = pts[i];
		const y = pts[i + 1];
		const last = i === pts.length - 2;
		let k = out.length;
		if (!last && near(x, y, out[k - 2], out[k - 1])) continue;
		// The face's own point stays; drop in-between points that coincide with it.
		if (last) while (k > 2 && near(x, y, out[k - 2], out[k - 1])) out.length = k -= 2;
		out.push(x, y);
	}
	// Drop in-between points lying on the straight line between their neighbours.
	for (let i = 2; i + 2 < out.length;) {
		const ux = out[i] - out[i - 2],
			uy = out[i + 1] - out[i - 1];
		const vx = out[i + 2] - out[i],
			vy = out[i + 3] - out[i + 1];
		const cr = ux * vy - uy * vx;
		if (cr * cr <= 1e-18 * (ux * ux + uy * uy) * (vx * vx + vy * vy) && ux * vx + uy * vy >= 0)
			out.splice(i, 2);
		else i += 2;
	}
	return out;
}

/** Points closer than a hundredth of a millimetre count as one. */
function near(ax: number, ay: number, bx: number, by: number): boolean {
	return (ax - bx) * (ax - bx) + (ay - by) * (ay - by) < 1e-12;
}

function capParams(f: WallFrame, pts: number[], isEnd: boolean): number[] {
	const ts: number[] = [];
	for (let i = 0; i < pts.length; i += 2) ts.push(paramOf(f, pts[i], pts[i + 1], isEnd));
	return ts;
}

/** The footprint at the top: left face, end outline, right face backwards, start outline. */
function buildTop(
	b: MeshBuilder,
	f: WallFrame,
	startCap: number[],
	startT: number[],
	endCap: number[],
	endT: number[]
): void {
	polyN = 0;
	const slope = rise / f.length;
	const [lc, rc] = chains;
	for (let i = 0; i < lc.n; i++) topVertex(b, f, slope, lc.x[i], lc.y[i], lc.t[i]);
	for (let i = 2; i + 2 < endCap.length; i += 2)
		topVertex(b, f, slope, endCap[i], endCap[i + 1], endT[i / 2]);
	for (let i = rc.n - 1; i >= 0; i--) topVertex(b, f, slope, rc.x[i], rc.y[i], rc.t[i]);
	for (let i = 2; i + 2 < startCap.length; i += 2)
		topVertex(b, f, slope, startCap[i], startCap[i + 1], startT[i / 2]);
	fillPolygon(b, 1);
}

function topVertex(b: MeshBuilder, f: WallFrame, slope: number, x: number, y: number, t: number) {
	let nx = 0;
	let nz = 0;
	let k = 1;
	if (slope !== 0) {
		// The top's normal tilts back against the slope along the wall's direction at t.
		framePoint(f, t < 0 ? 0 : t > 1 ? 1 : t);
		nx = -slope * at.tx;
		nz = -slope * at.ty;
		k = 1 / Math.sqrt(nx * nx + 1 + nz * nz);
	}
	poly[2 * polyN] = x;
	poly[2 * polyN + 1] = y;
	polyVerts[polyN++] = b.vertex(x, elev + heightAt(t), y, nx * k, k, nz * k, x, y);
}

function bottomVertex(b: MeshBuilder, x: number, y: number) {
	poly[2 * polyN] = x;
	poly[2 * polyN + 1] = y;
	polyVerts[polyN++] = b.vertex(x, elev, y, 0, -1, 0, x, y);
}

/** The footprint at the floor, in pieces between the doors that reach the floor. */
function buildBottom(b: MeshBuilder, startCap: number[], endCap: number[]): void {
	const [lc, rc] = chains;
	// A piece runs over parameters [from, to]; a door's edges are exact chain parameters.
	let from = -Infinity;
	let d = 0;
	for (;;) {
		while (d < holes.length && holes[d].sill !== 0) d++;
		const to = d < holes.length ? holes[d].t0 : Infinity;
		polyN = 0;
		for (let i = 0; i < lc.n; i++)
			if (lc.t[i] >= from && lc.t[i] <= to) bottomVertex(b, lc.x[i], lc.y[i]);
		if (to === Infinity)
			for (let i = 2; i + 2 < endCap.length; i += 2) bottomVertex(b, endCap[i], endCap[i + 1]);
		for (let i = rc.n - 1; i >= 0; i--)
			if (rc.t[i] >= from && rc.t[i] <= to) bottomVertex(b, rc.x[i], rc.y[i]);
		if (from === -Infinity)
			for (let i = 2; i + 2 < startCap.length; i += 2)
				bottomVertex(b, startCap[i], startCap[i + 1]);
		fillPolygon(b, -1);
		if (to === Infinity) break;
		from = holes[d].t1;
		d++;
	}
}

/** Triangulates `poly` (whose vertices are `polyVerts`) as a face looking up or down. */
function fillPolygon(b: MeshBuilder, up: 1 | -1): void {
	const n = triangulatePolygon(poly, polyN, tris);
	for (let i = 0; i < n; i += 3)
		b.tri(
			WallGroup.Cap,
			polyVerts[tris[i]],
			polyVerts[tris[i + 1]],
			polyVerts[tris[i + 2]],
			0,
			up,
			0
		);
}

/** The vertical faces over an end outline, one flat quad per segment. */
function buildEnd(b: MeshBuilder, pts: number[], ts: number[]): void {
	let u = 0;
	for (let i = 0; i + 2 < pts.length; i += 2) {
		const px = pts[i],
			py = pts[i + 1];
		const qx = pts[i + 2],
			qy = pts[i + 3];
		const len = Math.sqrt((qx - px) * (qx - px) + (qy - py) * (qy - py));
		// Walking the footprint with the wall on the right, outside is on the left.
		const nx = (qy - py) / len;
		const nz = -(qx - px) / len;
		const hp = heightAt(ts[i / 2]);
		const hq = heightAt(ts[i / 2 + 1]);
		const v0 = b.vertex(px, elev, py, nx, 0, nz, u, 0);
		const v1 = b.vertex(qx, elev, qy, nx, 0, nz, u + len, 0);
		const v2 = b.vertex(qx, elev + hq, qy, nx, 0, nz, u + len, hq);
		const v3 = b.vertex(px, elev + hp, py, nx, 0, nz, u, hp);
		quad(b, WallGroup.Cap, v0, v1, v2, v3, nx, nz);
		u += len;
	}
}

/** The inside of a hole: its two sides, its head and (above the floor) its sill. */
function buildReveal(b: MeshBuilder, f: WallFrame, h: Hole): void {
	revealSide(b, f, h, h.t0, 1);
	revealSide(b, f, h, h.t1, -1);
	revealStrip(b, f, h, h.head, -1);
	if (h.sill > 0) revealStrip(b, f, h, h.sill, 1);
}

/** A side of a hole, across the wall at t, facing into the hole (dir = +1 towards the end). */
function revealSide(b: MeshBuilder, f: WallFrame, h: Hole, t: number, dir: number) {
	framePoint(f, t);
	const lx = at.x + f.half * at.ty,
		ly = at.y - f.half * at.tx;
	const rx = at.x - f.half * at.ty,
		ry = at.y + f.half * at.tx;
	const nx = dir * at.tx,
		nz = dir * at.ty;
	const thick = 2 * f.half;
	const v0 = b.vertex(lx, elev + h.sill, ly, nx, 0, nz, 0, h.sill);
	const v1 = b.vertex(rx, elev + h.sill, ry, nx, 0, nz, thick, h.sill);
	const v2 = b.vertex(rx, elev + h.head, ry, nx, 0, nz, thick, h.head);
	const v3 = b.vertex(lx, elev + h.head, ly, nx, 0, nz, 0, h.head);
	quad(b, WallGroup.Reveal, v0, v1, v2, v3, nx, nz);
}

/** A horizontal strip across the wall over the hole's span, split at its column lines. */
function revealStrip(b: MeshBuilder, f: WallFrame, h: Hole, height: number, up: 1 | -1) {
	const c = chains[0];
	let prevL = -1;
	let prevR = -1;
	const y = elev + height;
	for (let i = 0; i < c.n; i++) {
		const t = c.t[i];
		if (t < h.t0 || t > h.t1) continue;
		framePoint(f, t);
		const u = t * f.length;
		const lx = at.x + f.half * at.ty,
			ly = at.y - f.half * at.tx;
		const rx = at.x - f.half * at.ty,
			ry = at.y + f.half * at.tx;
		const l = b.vertex(lx, y, ly, 0, up, 0, u, 0);
		const r = b.vertex(rx, y, ry, 0, up, 0, u, 2 * f.half);
		if (prevL >= 0) {
			b.tri(WallGroup.Reveal, prevL, l, r, 0, up, 0);
			b.tri(WallGroup.Reveal, prevL, r, prevR, 0, up, 0);
		}
		prevL = l;
		prevR = r;
	}
}
