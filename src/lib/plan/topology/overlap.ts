/**
 * Area of the intersection of two simple polygons, exactly, without a clipping library.
 *
 * By Green's theorem the area of A∩B is the boundary integral over ∂(A∩B), and ∂(A∩B) is
 * made of the parts of ∂A inside B plus the parts of ∂B inside A. Boundary pieces the two
 * share (very common: a room's old outline and the face it still is) count once when both
 * run the same way and not at all when they run opposite ways.
 */
import type { Vec2 } from '../types';
import {
	boundsOf,
	boxesOverlap,
	closestOnSegment,
	cross,
	distance,
	dot,
	lerp,
	pointInPolygon,
	signedArea,
	sub,
	segmentIntersection
} from './vec';

const EPS = 1e-6;

const positive = (p: readonly Vec2[]) => (signedArea(p) < 0 ? [...p].reverse() : [...p]);

/** Where on polygon `poly`'s boundary m lies: +1 along an edge running like `dir`, −1 opposite, 0 not on it. */
function onBoundary(m: Vec2, dir: Vec2, poly: readonly Vec2[]): number {
	for (let i = 0, n = poly.length; i < n; i++) {
		const a = poly[i];
		const b = poly[(i + 1) % n];
		if (distance(closestOnSegment(m, a, b).point, m) > EPS) continue;
		const e = sub(b, a);
		if (Math.abs(cross(e, dir)) > EPS * Math.hypot(e.x, e.y) * Math.hypot(dir.x, dir.y) * 1e3)
			continue;
		return dot(e, dir) > 0 ? 1 : -1;
	}
	return 0;
}

/** Sum of x·dy over the pieces of `poly`'s boundary inside `other`. */
function contribution(poly: readonly Vec2[], other: readonly Vec2[], keepShared: boolean) {
	let sum = 0;
	for (let i = 0, n = poly.length; i < n; i++) {
		const a = poly[i];
		const b = poly[(i + 1) % n];
		const ts = [0, 1];
		for (let j = 0, m = other.length; j < m; j++) {
			const c = other[j];
			const d = other[(j + 1) % m];
			const hit = segmentIntersection(a, b, c, d);
			if (hit && hit.t > 0 && hit.t < 1 && hit.u >= -1e-12 && hit.u <= 1 + 1e-12) ts.push(hit.t);
			// Endpoints of the other polygon lying on this edge (covers collinear overlaps).
			const on = closestOnSegment(c, a, b);
			if (on.t > 0 && on.t < 1 && distance(on.point, c) <= EPS) ts.push(on.t);
		}
		ts.sort((x, y) => x - y);
		const dir = sub(b, a);
		for (let k = 0; k + 1 < ts.length; k++) {
			if (ts[k + 1] - ts[k] < 1e-12) continue;
			const p = lerp(a, b, ts[k]);
			const q = lerp(a, b, ts[k + 1]);
			const mid = lerp(p, q, 0.5);
			const shared = onBoundary(mid, dir, other);
			const inside = shared !== 0 ? keepShared && shared > 0 : pointInPolygon(mid, other);
			if (inside) sum += p.x * q.y - q.x * p.y;
		}
	}
	return sum / 2;
}

/** Area of A ∩ B for simple polygons of either orientation. */
export function intersectionArea(a: readonly Vec2[], b: readonly Vec2[]): number {
	if (a.length < 3 || b.length < 3) return 0;
	if (!boxesOverlap(boundsOf(a), boundsOf(b))) return 0;
	const pa = positive(a);
	const pb = positive(b);
	return Math.max(0, contribution(pa, pb, true) + contribution(pb, pa, false));
}
