import type { CornerId, Opening, PlanDocument, Vec2, Wall, WallId } from '../../plan/types';

/**
 * 2D wall outlines for the SVG plan: each wall a filled polygon with mitred joins where walls
 * meet, split into pieces where openings cut gaps through it. Pure and DOM-free.
 */

export interface WallEnds {
	/** The outline points at the start corner, on the wall's +normal and −normal sides. */
	startPos: Vec2;
	startNeg: Vec2;
	endPos: Vec2;
	endNeg: Vec2;
	/** Whether three or more walls meet at the start/end: the corner point closes the join. */
	startHub: Vec2 | null;
	endHub: Vec2 | null;
}

export interface WallAxis {
	start: Vec2;
	end: Vec2;
	/** Unit direction start → end. */
	dir: Vec2;
	/** Unit normal: `dir` turned +90° (in y-down plan coordinates: the right-hand side). */
	normal: Vec2;
	length: number;
	half: number;
}

/** A mitre longer than this many half-thicknesses is cut back to a square end. */
const MITRE_LIMIT = 4;

export function wallAxis(doc: PlanDocument, wall: Wall): WallAxis | null {
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	if (!a || !b) return null;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = Math.hypot(dx, dy);
	if (length < 1e-9) return null;
	const dir = { x: dx / length, y: dy / length };
	return {
		start: { x: a.x, y: a.y },
		end: { x: b.x, y: b.y },
		dir,
		normal: { x: -dir.y, y: dir.x },
		length,
		half: wall.thickness / 2
	};
}

interface Spoke {
	wall: Wall;
	/** Unit direction pointing away from the corner along the wall. */
	d: Vec2;
	half: number;
	angle: number;
	atStart: boolean;
}

function intersectLines(p: Vec2, d: Vec2, q: Vec2, e: Vec2): Vec2 | null {
	const den = d.x * e.y - d.y * e.x;
	if (Math.abs(den) < 1e-9) return null;
	const t = ((q.x - p.x) * e.y - (q.y - p.y) * e.x) / den;
	return { x: p.x + d.x * t, y: p.y + d.y * t };
}

/** Computes the joined end points of every wall on `level` (all levels when omitted). */
export function wallEnds(doc: PlanDocument, walls: Wall[]): Map<WallId, WallEnds> {
	const spokes = new Map<CornerId, Spoke[]>();
	const add = (c: CornerId, s: Spoke) => {
		const list = spokes.get(c);
		if (list) list.push(s);
		else spokes.set(c, [s]);
	};
	for (const wall of walls) {
		const ax = wallAxis(doc, wall);
		if (!ax) continue;
		const back = { x: -ax.dir.x, y: -ax.dir.y };
		add(wall.start, {
			wall,
			d: ax.dir,
			half: ax.half,
			angle: Math.atan2(ax.dir.y, ax.dir.x),
			atStart: true
		});
		add(wall.end, {
			wall,
			d: back,
			half: ax.half,
			angle: Math.atan2(back.y, back.x),
			atStart: false
		});
	}
	const partial = new Map<WallId, Partial<WallEnds>>();
	for (const [cid, list] of spokes) {
		const c = doc.corners[cid];
		list.sort((a, b) => a.angle - b.angle);
		const k = list.length;
		const hub = k >= 3 ? { x: c.x, y: c.y } : null;
		for (let i = 0; i < k; i++) {
			const s = list[i];
			const n = { x: -s.d.y, y: s.d.x };
			let pos = { x: c.x + n.x * s.half, y: c.y + n.y * s.half };
			let neg = { x: c.x - n.x * s.half, y: c.y - n.y * s.half };
			if (k > 1) {
				const next = list[(i + 1) % k];
				const prev = list[(i - 1 + k) % k];
				pos = mitre(c, s, n, 1, next) ?? pos;
				neg = mitre(c, s, n, -1, prev) ?? neg;
			}
			const entry = partial.get(s.wall.id) ?? {};
			// Seen from the wall's own start→end direction the sides swap at its end corner.
			if (s.atStart) Object.assign(entry, { startPos: pos, startNeg: neg, startHub: hub });
			else Object.assign(entry, { endPos: neg, endNeg: pos, endHub: hub });
			partial.set(s.wall.id, entry);
		}
	}
	return partial as Map<WallId, WallEnds>;
}

/** Where side `sign` of spoke `s` meets the facing side of its neighbour `o`. */
function mitre(c: Vec2, s: Spoke, n: Vec2, sign: 1 | -1, o: Spoke): Vec2 | null {
	if (o === s) return null;
	const on = { x: -o.d.y, y: o.d.x };
	const p = { x: c.x + n.x * s.half * sign, y: c.y + n.y * s.half * sign };
	const q = { x: c.x - on.x * o.half * sign, y: c.y - on.y * o.half * sign };
	const hit = intersectLines(p, s.d, q, o.d);
	if (!hit) return null;
	const limit = MITRE_LIMIT * Math.max(s.half, o.half);
	if (Math.hypot(hit.x - c.x, hit.y - c.y) > limit) return null;
	return hit;
}

const r = (v: number) => Math.round(v * 10) / 10;
const pt = (p: Vec2) => `${r(p.x)} ${r(p.y)}`;

/** Intervals of the wall's axis (0…length) that openings leave solid. */
export function solidSpans(length: number, openings: Opening[]): [number, number][] {
	const cuts = openings
		.map((o) => [Math.max(0, o.offset - o.width / 2), Math.min(length, o.offset + o.width / 2)])
		.filter(([a, b]) => b > a)
		.sort((a, b) => a[0] - b[0]);
	const spans: [number, number][] = [];
	let at = 0;
	for (const [a, b] of cuts) {
		if (a > at) spans.push([at, a]);
		at = Math.max(at, b);
	}
	if (at < length) spans.push([at, length]);
	return spans;
}

/** The SVG path of one wall: one closed sub-path per solid span between openings. */
export function wallPath(ax: WallAxis, ends: WallEnds, openings: Opening[]): string {
	const at = (t: number, side: number): Vec2 => ({
		x: ax.start.x + ax.dir.x * t + ax.normal.x * ax.half * side,
		y: ax.start.y + ax.dir.y * t + ax.normal.y * ax.half * side
	});
	const spans = openings.length ? solidSpans(ax.length, openings) : [[0, ax.length]];
	const parts: string[] = [];
	for (const [a, b] of spans) {
		const pts: Vec2[] = [];
		const fromStart = a <= 0;
		const toEnd = b >= ax.length;
		pts.push(fromStart ? ends.startPos : at(a, 1));
		pts.push(toEnd ? ends.endPos : at(b, 1));
		if (toEnd && ends.endHub) pts.push(ends.endHub);
		pts.push(toEnd ? ends.endNeg : at(b, -1));
		pts.push(fromStart ? ends.startNeg : at(a, -1));
		if (fromStart && ends.startHub) pts.push(ends.startHub);
		parts.push('M' + pts.map(pt).join('L') + 'Z');
	}
	return parts.join('');
}

/** Door leaf and swing arc, or window frame marks, for an opening on the wall `ax`. */
export function openingPath(ax: WallAxis, o: Opening): string {
	const t0 = o.offset - o.width / 2;
	const t1 = o.offset + o.width / 2;
	const p = (t: number, side: number): Vec2 => ({
		x: ax.start.x + ax.dir.x * t + ax.normal.x * ax.half * side,
		y: ax.start.y + ax.dir.y * t + ax.normal.y * ax.half * side
	});
	if (o.kind === 'window') {
		// Frame on both faces plus the glass line along the axis.
		return (
			`M${pt(p(t0, 1))}L${pt(p(t1, 1))}L${pt(p(t1, -1))}L${pt(p(t0, -1))}Z` +
			`M${pt(p(t0, 0))}L${pt(p(t1, 0))}`
		);
	}
	if (o.kind === 'opening')
		return `M${pt(p(t0, 1))}L${pt(p(t0, -1))}M${pt(p(t1, 1))}L${pt(p(t1, -1))}`;
	// Swing 'right' is the +normal side (see WallAxis.normal), 'left' the −normal side.
	const side = o.swing === 'right' ? 1 : -1;
	const hingeT = o.hinge === 'start' ? t0 : t1;
	const freeT = o.hinge === 'start' ? t1 : t0;
	const hinge = p(hingeT, side);
	const jamb = p(freeT, side);
	const leaf = {
		x: hinge.x + ax.normal.x * side * o.width,
		y: hinge.y + ax.normal.y * side * o.width
	};
	const a = { x: leaf.x - hinge.x, y: leaf.y - hinge.y };
	const b = { x: jamb.x - hinge.x, y: jamb.y - hinge.y };
	const sweep = a.x * b.y - a.y * b.x > 0 ? 1 : 0;
	const w = r(o.width);
	return `M${pt(hinge)}L${pt(leaf)}A${w} ${w} 0 0 ${sweep} ${pt(jamb)}`;
}
