import type { Vec2 } from '../plan/types';
import { ARC_STEP, arcOf, arcPoint } from '../plan/topology/wallPath';

/**
 * Flat drawing shapes in plan coordinates (cm, y down), shared by the SVG plan editor and the
 * SVG, PDF and DXF exports, so the editor and every export draw the same outlines.
 *
 * Arcs inside outlines are stored as DXF-style bulges: edge i of a polygon (points[i] →
 * points[i + 1], the last edge back to points[0]) is straight when bulges[i] is 0 or missing,
 * else a circular arc turning θ = 4·atan(bulge) radians, positive θ turning from +x towards +y
 * (clockwise on screen), the plan's arc convention (`plan/topology/wallPath.ts`).
 */
export type Shape =
	| { type: 'polygon'; points: Vec2[]; bulges?: number[] }
	| { type: 'line'; a: Vec2; b: Vec2 }
	/** Angles in radians, plan convention, swept in the positive sense from `start` to `end`. */
	| { type: 'arc'; center: Vec2; radius: number; start: number; end: number };

export const bulgeOf = (turn: number) => Math.tan(turn / 4);
export const turnOf = (bulge: number) => 4 * Math.atan(bulge);

/** Positive sweep of an arc shape from `start` to `end`, in (0, 2π]. */
export function arcSweep(s: { start: number; end: number }): number {
	const d = (((s.end - s.start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
	return d === 0 ? 2 * Math.PI : d;
}

const r = (v: number) => Math.round(v * 10) / 10;
const pt = (p: Vec2) => `${r(p.x)} ${r(p.y)}`;
const onCircle = (c: Vec2, radius: number, a: number): Vec2 => ({
	x: c.x + Math.cos(a) * radius,
	y: c.y + Math.sin(a) * radius
});

/** SVG arc command from the current point to q turning `turn` radians (plan sense). */
function svgArcTo(p: Vec2, q: Vec2, turn: number): string {
	const chord = Math.hypot(q.x - p.x, q.y - p.y);
	const radius = chord / (2 * Math.abs(Math.sin(turn / 2)));
	// SVG angles grow clockwise on screen like the plan's, so sweep-flag 1 = positive turn.
	const large = Math.abs(turn) > Math.PI ? 1 : 0;
	const sweep = turn > 0 ? 1 : 0;
	return `A${r(radius)} ${r(radius)} 0 ${large} ${sweep} ${pt(q)}`;
}

/** The shape as SVG path data (one closed sub-path per polygon). */
export function svgPath(s: Shape): string {
	if (s.type === 'line') return `M${pt(s.a)}L${pt(s.b)}`;
	if (s.type === 'arc') {
		const sweep = arcSweep(s);
		const a = onCircle(s.center, s.radius, s.start);
		const b = onCircle(s.center, s.radius, s.start + sweep);
		return `M${pt(a)}${svgArcTo(a, b, sweep)}`;
	}
	const { points, bulges } = s;
	let d = `M${pt(points[0])}`;
	for (let i = 0; i < points.length; i++) {
		const p = points[i];
		const q = points[(i + 1) % points.length];
		const b = bulges?.[i] ?? 0;
		if (b !== 0 && Math.hypot(q.x - p.x, q.y - p.y) > 1e-6) d += svgArcTo(p, q, turnOf(b));
		else if (i + 1 < points.length) d += `L${pt(q)}`;
	}
	return d + 'Z';
}

export const svgPaths = (shapes: Shape[]) => shapes.map(svgPath).join('');

/** Cubic Bézier pieces ([control 1, control 2, end]) of the arc from p to q turning `turn`. */
export function arcBeziers(p: Vec2, q: Vec2, turn: number): [Vec2, Vec2, Vec2][] {
	const arc = arcOf(p, q, turn);
	return circleBeziers(arc.centre, arc.radius, arc.startAngle, turn);
}

/** Bézier pieces of at most 90° for the arc about `c` from angle `a0` turning `turn`. */
export function circleBeziers(c: Vec2, radius: number, a0: number, turn: number) {
	const n = Math.max(1, Math.ceil(Math.abs(turn) / (Math.PI / 2) - 1e-9));
	const step = turn / n;
	const k = (4 / 3) * Math.tan(step / 4) * radius;
	const out: [Vec2, Vec2, Vec2][] = [];
	for (let i = 0; i < n; i++) {
		const a = a0 + step * i;
		const b = a + step;
		const p = onCircle(c, radius, a);
		const q = onCircle(c, radius, b);
		out.push([
			{ x: p.x - Math.sin(a) * k, y: p.y + Math.cos(a) * k },
			{ x: q.x + Math.sin(b) * k, y: q.y - Math.cos(b) * k },
			q
		]);
	}
	return out;
}

/** Every point of the shape's outline, arcs sampled every `ARC_STEP` (for bounds and tests). */
export function flatten(s: Shape): Vec2[] {
	if (s.type === 'line') return [s.a, s.b];
	if (s.type === 'arc') {
		const sweep = arcSweep(s);
		const n = Math.max(1, Math.ceil(sweep / ARC_STEP));
		const out: Vec2[] = [];
		for (let i = 0; i <= n; i++) out.push(onCircle(s.center, s.radius, s.start + (sweep * i) / n));
		return out;
	}
	const out: Vec2[] = [];
	const { points, bulges } = s;
	for (let i = 0; i < points.length; i++) {
		const p = points[i];
		const q = points[(i + 1) % points.length];
		out.push(p);
		const b = bulges?.[i] ?? 0;
		if (b === 0 || Math.hypot(q.x - p.x, q.y - p.y) < 1e-6) continue;
		const turn = turnOf(b);
		const arc = arcOf(p, q, turn);
		const n = Math.max(1, Math.ceil(Math.abs(turn) / ARC_STEP));
		for (let k = 1; k < n; k++) out.push(arcPoint(arc, k / n));
	}
	return out;
}

/** Centroid of a simple polygon (its vertex average when it has no area). */
export function polygonCentroid(poly: Vec2[]): Vec2 {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0; i < poly.length; i++) {
		const p = poly[i];
		const q = poly[(i + 1) % poly.length];
		const c = p.x * q.y - q.x * p.y;
		a += c;
		cx += (p.x + q.x) * c;
		cy += (p.y + q.y) * c;
	}
	if (Math.abs(a) < 1e-9) {
		const n = poly.length || 1;
		return { x: poly.reduce((s, p) => s + p.x, 0) / n, y: poly.reduce((s, p) => s + p.y, 0) / n };
	}
	return { x: cx / (3 * a), y: cy / (3 * a) };
}
