/**
 * Small 2D helpers for topology. Plan coordinates have y pointing down, but every formula
 * here is plain algebra: "positive signed area" means the shoelace sum is positive, which
 * looks clockwise on screen.
 */
import type { Vec2 } from '../types';

export const vec = (x: number, y: number): Vec2 => ({ x, y });
export const add = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Vec2, s: number): Vec2 => ({ x: a.x * s, y: a.y * s });
export const dot = (a: Vec2, b: Vec2): number => a.x * b.x + a.y * b.y;
export const cross = (a: Vec2, b: Vec2): number => a.x * b.y - a.y * b.x;
export const length = (a: Vec2): number => Math.hypot(a.x, a.y);
export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a.x - b.x, a.y - b.y);
export const lerp = (a: Vec2, b: Vec2, t: number): Vec2 => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});

export function normalize(a: Vec2): Vec2 {
	const l = length(a);
	return l > 0 ? { x: a.x / l, y: a.y / l } : { x: 0, y: 0 };
}

/**
 * The normal on the LEFT of direction `d` as a person sees the plan on screen (y down):
 * walking towards +x, the left is −y. This is the side `Wall.finishLeft` faces.
 */
export const leftNormal = (d: Vec2): Vec2 => ({ x: d.y, y: -d.x });

/** Shoelace signed area (positive = clockwise on screen, since y points down). */
export function signedArea(points: readonly Vec2[]): number {
	let s = 0;
	for (let i = 0, n = points.length; i < n; i++) {
		const a = points[i];
		const b = points[(i + 1) % n];
		s += a.x * b.y - b.x * a.y;
	}
	return s / 2;
}

export function perimeter(points: readonly Vec2[]): number {
	let s = 0;
	for (let i = 0, n = points.length; i < n; i++) s += distance(points[i], points[(i + 1) % n]);
	return s;
}

export interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export function boundsOf(points: readonly Vec2[]): Box {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const p of points) {
		if (p.x < minX) minX = p.x;
		if (p.y < minY) minY = p.y;
		if (p.x > maxX) maxX = p.x;
		if (p.y > maxY) maxY = p.y;
	}
	return { minX, minY, maxX, maxY };
}

export const boxesOverlap = (a: Box, b: Box, pad = 0): boolean =>
	a.minX <= b.maxX + pad &&
	b.minX <= a.maxX + pad &&
	a.minY <= b.maxY + pad &&
	b.minY <= a.maxY + pad;

/** Even-odd point in polygon; points exactly on the boundary may go either way. */
export function pointInPolygon(p: Vec2, poly: readonly Vec2[]): boolean {
	let inside = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const a = poly[i];
		const b = poly[j];
		if (a.y > p.y !== b.y > p.y) {
			const x = a.x + ((p.y - a.y) * (b.x - a.x)) / (b.y - a.y);
			if (p.x < x) inside = !inside;
		}
	}
	return inside;
}

/** Closest point on segment ab to p, with its parameter t in [0, 1]. */
export function closestOnSegment(p: Vec2, a: Vec2, b: Vec2): { point: Vec2; t: number } {
	const ab = sub(b, a);
	const len2 = dot(ab, ab);
	const t = len2 > 0 ? Math.min(1, Math.max(0, dot(sub(p, a), ab) / len2)) : 0;
	return { point: lerp(a, b, t), t };
}

/**
 * Where segments ab and cd cross: parameters t along ab and u along cd, or null when they
 * are parallel (cross product within `eps` of zero, relative to their lengths).
 */
export function segmentIntersection(
	a: Vec2,
	b: Vec2,
	c: Vec2,
	d: Vec2,
	eps = 1e-12
): { t: number; u: number } | null {
	const r = sub(b, a);
	const s = sub(d, c);
	const den = cross(r, s);
	if (Math.abs(den) <= eps * length(r) * length(s)) return null;
	const ac = sub(c, a);
	return { t: cross(ac, s) / den, u: cross(ac, r) / den };
}

/** Intersection of the infinite lines p1 + s·d1 and p2 + s·d2, or null when parallel. */
export function lineIntersection(p1: Vec2, d1: Vec2, p2: Vec2, d2: Vec2, eps = 1e-9): Vec2 | null {
	const den = cross(d1, d2);
	if (Math.abs(den) <= eps * length(d1) * length(d2)) return null;
	const s = cross(sub(p2, p1), d2) / den;
	return add(p1, scale(d1, s));
}

/** The ring without repeated points and without corners where it runs straight on. */
export function simplifyRing(points: readonly Vec2[], eps = 1e-9): Vec2[] {
	let out = points.filter((p, i) => distance(p, points[(i + 1) % points.length]) > eps);
	const straight = (p: Vec2, i: number, ring: Vec2[]) => {
		const u = sub(p, ring[(i + ring.length - 1) % ring.length]);
		const v = sub(ring[(i + 1) % ring.length], p);
		return Math.abs(cross(u, v)) <= eps * length(u) * length(v) && dot(u, v) > 0;
	};
	// Removing one corner can make its neighbour straight-on in turn: repeat until stable.
	while (out.length > 3) {
		const keep = out.filter((p, i) => !straight(p, i, out));
		if (keep.length === out.length) break;
		out = keep;
	}
	return out;
}

/** Same points in the same cyclic order (any starting point), within `eps`. */
export function sameRing(a: readonly Vec2[], b: readonly Vec2[], eps = 1e-6): boolean {
	if (a.length !== b.length || a.length === 0) return a.length === b.length;
	const n = a.length;
	const close = (p: Vec2, q: Vec2) => Math.abs(p.x - q.x) <= eps && Math.abs(p.y - q.y) <= eps;
	for (let s = 0; s < n; s++) {
		if (!close(a[0], b[s])) continue;
		let all = true;
		for (let i = 1; i < n && all; i++) all = close(a[i], b[(s + i) % n]);
		if (all) return true;
	}
	return false;
}
