import type { CornerId, Opening, PlanDocument, Vec2, Wall, WallId } from '../plan/types';
import { at, framePoint, joinInput, paramOf, wallFrame, type WallFrame } from './frame';
import { joinCorner, type JoinInput, type WallEnd } from './joins';
import { bulgeOf, type Shape } from './shape2d';
import { capOutline } from './wall';

/**
 * Walls and their openings as flat shapes for the plan drawing (editor and exports). The ends
 * come from the same joins as the 3D walls, so the plan and the 3D view agree at every corner;
 * curved walls get true arc faces (bulges), not chords. Pure and DOM-free.
 */

export interface JoinedWall {
	wall: Wall;
	frame: WallFrame;
	start: WallEnd;
	end: WallEnd;
}

/**
 * Frames and corner joins of `walls`. A wall's ends are right when every wall meeting it at
 * its corners is in `walls` (its neighbours' own far ends need not be).
 */
export function joinWalls(doc: PlanDocument, walls: Iterable<Wall>): Map<WallId, JoinedWall> {
	const frames = new Map<WallId, [Wall, WallFrame]>();
	const atCorner = new Map<CornerId, JoinInput[]>();
	const add = (c: CornerId, j: JoinInput) => {
		const list = atCorner.get(c);
		if (list) list.push(j);
		else atCorner.set(c, [j]);
	};
	for (const w of walls) {
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		const f = a && b && w.start !== w.end ? wallFrame(w, a, b) : null;
		if (!f) continue;
		frames.set(w.id, [w, f]);
		add(w.start, joinInput(w.id, f, true));
		add(w.end, joinInput(w.id, f, false));
	}
	const ends = new Map<CornerId, Map<string, WallEnd>>();
	for (const [cid, inputs] of atCorner) {
		const c = doc.corners[cid];
		ends.set(cid, joinCorner(c.x, c.y, inputs));
	}
	const out = new Map<WallId, JoinedWall>();
	for (const [id, [wall, frame]] of frames) {
		const start = ends.get(wall.start)?.get(id);
		const end = ends.get(wall.end)?.get(id);
		if (start && end) out.set(id, { wall, frame, start, end });
	}
	return out;
}

/** The frame of one wall (null when it has no length), for shapes that need no joins. */
export function frameOf(doc: PlanDocument, wall: Wall): WallFrame | null {
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	return a && b && wall.start !== wall.end ? wallFrame(wall, a, b) : null;
}

/**
 * A point of a face: side 1 = the wall's left (the side `finishLeft` faces), −1 = its right,
 * 0 = the centre line; t = 0 at the start corner, 1 at the end.
 */
export function facePoint(f: WallFrame, t: number, side: number): Vec2 {
	framePoint(f, t);
	return { x: at.x + side * f.half * at.ty, y: at.y - side * f.half * at.tx };
}

/** The middle of the centre line and its length (the arc length for curved walls). */
export function wallMiddle(f: WallFrame): { at: Vec2; length: number } {
	return { at: facePoint(f, 0.5, 0), length: f.length };
}

/** Intervals of the wall's centre line (0…length) that openings leave solid. */
export function solidSpans(length: number, openings: readonly Opening[]): [number, number][] {
	const cuts = openings
		.map((o) => [Math.max(0, o.offset - o.width / 2), Math.min(length, o.offset + o.width / 2)])
		.filter(([a, b]) => b > a)
		.sort((a, b) => a[0] - b[0]);
	const spans: [number, number][] = [];
	let from = 0;
	for (const [a, b] of cuts) {
		if (a > from) spans.push([from, a]);
		from = Math.max(from, b);
	}
	if (from < length) spans.push([from, length]);
	return spans;
}

const dist = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.y - b.y);
/** Points closer than a tenth of a millimetre are one point of an outline. */
const HOP = 0.01;

/** Builds a polygon point by point, each with the bulge of the edge leaving it. */
class Outline {
	points: Vec2[] = [];
	bulges: number[] = [];
	constructor(private f: WallFrame) {}

	add(p: Vec2, bulge = 0) {
		this.points.push(p);
		this.bulges.push(bulge);
	}

	/**
	 * Face `side` from p (at parameter tp) to just before q (at tq): straight, or for arcs an
	 * arc between the face circle's points at tp and tq. A mitre point lies on the tangent line
	 * at the corner, a hair off the circle: a short straight piece joins it.
	 */
	face(p: Vec2, tp: number, q: Vec2, tq: number, side: number) {
		const f = this.f;
		if (!f.arc) return this.add(p);
		const t0 = Math.min(1, Math.max(0, tp));
		const t1 = Math.min(1, Math.max(0, tq));
		const cp = facePoint(f, t0, side);
		const cq = facePoint(f, t1, side);
		if (dist(p, cp) > HOP) this.add(p);
		this.add(cp, dist(cp, cq) > HOP ? bulgeOf(f.extent * (t1 - t0)) : 0);
		if (dist(cq, q) > HOP) this.add(cq);
	}

	/** The inner points of an end outline (flat xy from `capOutline`), without its two ends. */
	cap(flat: number[]) {
		for (let i = 2; i + 2 < flat.length; i += 2) this.add({ x: flat[i], y: flat[i + 1] });
	}

	shape(): Shape {
		const arcs = this.bulges.some((b) => b !== 0);
		return arcs
			? { type: 'polygon', points: this.points, bulges: this.bulges }
			: { type: 'polygon', points: this.points };
	}
}

const pointOf = (flat: number[]): Vec2 => ({ x: flat[0], y: flat[1] });

/** The wall's solid outline: one closed polygon per span between openings. */
export function wallShapes(j: JoinedWall, openings: readonly Opening[]): Shape[] {
	const { frame: f, start, end } = j;
	const L = f.length;
	const ends = {
		sl: { p: pointOf(start.left), t: paramOf(f, start.left[0], start.left[1], false) },
		sr: { p: pointOf(start.right), t: paramOf(f, start.right[0], start.right[1], false) },
		el: { p: pointOf(end.left), t: paramOf(f, end.left[0], end.left[1], true) },
		er: { p: pointOf(end.right), t: paramOf(f, end.right[0], end.right[1], true) }
	};
	const out: Shape[] = [];
	for (const [a, b] of openings.length ? solidSpans(L, openings) : [[0, L]]) {
		const fromStart = a <= 0;
		const toEnd = b >= L;
		const cut = (t: number, side: number) => ({ p: facePoint(f, t, side), t });
		const sl = fromStart ? ends.sl : cut(a / L, 1);
		const sr = fromStart ? ends.sr : cut(a / L, -1);
		const el = toEnd ? ends.el : cut(b / L, 1);
		const er = toEnd ? ends.er : cut(b / L, -1);
		const o = new Outline(f);
		// Left face forwards, the end, the right face backwards, the start.
		o.face(sl.p, sl.t, el.p, el.t, 1);
		o.add(el.p);
		if (toEnd) o.cap(capOutline(end, true));
		o.face(er.p, er.t, sr.p, sr.t, -1);
		o.add(sr.p);
		if (fromStart) o.cap(capOutline(start, false));
		out.push(o.shape());
	}
	return out;
}

/** The gap an opening cuts through its wall (for hit testing, selection and window frames). */
export function openingGap(f: WallFrame, o: Opening): Shape {
	const t0 = (o.offset - o.width / 2) / f.length;
	const t1 = (o.offset + o.width / 2) / f.length;
	const g = new Outline(f);
	g.face(facePoint(f, t0, 1), t0, facePoint(f, t1, 1), t1, 1);
	g.add(facePoint(f, t1, 1));
	g.face(facePoint(f, t1, -1), t1, facePoint(f, t0, -1), t0, -1);
	g.add(facePoint(f, t0, -1));
	return g.shape();
}

/** The centre line between parameters t0 and t1: a line, or an arc about the wall's centre. */
function centreLine(f: WallFrame, t0: number, t1: number): Shape {
	if (!f.arc) return { type: 'line', a: facePoint(f, t0, 0), b: facePoint(f, t1, 0) };
	const a = f.a0 + f.extent * t0;
	const b = f.a0 + f.extent * t1;
	const [start, end] = f.extent > 0 ? [a, b] : [b, a];
	return { type: 'arc', center: { x: f.cx, y: f.cy }, radius: f.radius, start, end };
}

/**
 * How an opening is drawn: a window as its frame (the gap) with the glass along the centre
 * line; a door as its jambs, the leaf standing open and its swing; a plain opening as its
 * jambs. On a curved wall the marks follow the arc; a door's leaf spans the chord.
 */
export function openingShapes(f: WallFrame, o: Opening): Shape[] {
	const t0 = (o.offset - o.width / 2) / f.length;
	const t1 = (o.offset + o.width / 2) / f.length;
	if (o.kind === 'window') return [openingGap(f, o), centreLine(f, t0, t1)];
	const jamb = (t: number): Shape => ({
		type: 'line',
		a: facePoint(f, t, 1),
		b: facePoint(f, t, -1)
	});
	const out = [jamb(t0), jamb(t1)];
	if (o.kind !== 'door') return out;
	// Swing 'right' opens into the wall's right side (side −1), 'left' into its left.
	const side = o.swing === 'right' ? -1 : 1;
	const hinge = facePoint(f, o.hinge === 'start' ? t0 : t1, side);
	const free = facePoint(f, o.hinge === 'start' ? t1 : t0, side);
	const width = dist(hinge, free);
	if (width < 1e-6) return out;
	// The open leaf stands square to the closed one, on the swing side.
	const face = facePoint(f, (t0 + t1) / 2, side);
	const mid = facePoint(f, (t0 + t1) / 2, 0);
	let nx = -(free.y - hinge.y) / width;
	let ny = (free.x - hinge.x) / width;
	if (nx * (face.x - mid.x) + ny * (face.y - mid.y) < 0) [nx, ny] = [-nx, -ny];
	const leaf = { x: hinge.x + nx * width, y: hinge.y + ny * width };
	out.push({ type: 'line', a: hinge, b: leaf });
	let start = Math.atan2(leaf.y - hinge.y, leaf.x - hinge.x);
	let end = Math.atan2(free.y - hinge.y, free.x - hinge.x);
	// A quarter turn, swept in the positive sense.
	if ((end - start + 4 * Math.PI) % (2 * Math.PI) > Math.PI) [start, end] = [end, start];
	out.push({ type: 'arc', center: hinge, radius: width, start, end });
	return out;
}
