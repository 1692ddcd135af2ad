/**
 * The centre line of a wall, straight or arc, and positions along it.
 *
 * Arc convention: a wall with `arcExtent` θ ≠ 0 is the circular arc from its start corner to
 * its end corner that turns θ radians about its centre; positive θ turns from +x towards +y,
 * i.e. clockwise on screen (y down). Walking from start to end, a positive arc has its centre
 * on the right and bulges to the left; its left face is the outer one.
 * Arcs become polylines of `arcSegmentCount(θ)` chords wherever a polygon is needed.
 */
import type { Vec2, Wall } from '../types';
import { distance, lerp, closestOnSegment, sub, normalize } from './vec';

/** Largest angle one chord of an arc may span (5°): area error under 0.2 %. */
export const ARC_STEP = Math.PI / 36;

export const isArc = (extent: number | null | undefined): extent is number =>
	typeof extent === 'number' && extent !== 0;

export function arcSegmentCount(extent: number): number {
	return Math.max(1, Math.ceil(Math.abs(extent) / ARC_STEP));
}

export interface Arc {
	centre: Vec2;
	radius: number;
	/** Angle of the start point about the centre. */
	startAngle: number;
	extent: number;
}

export function arcOf(a: Vec2, b: Vec2, extent: number): Arc {
	const chord = distance(a, b);
	const mid = lerp(a, b, 0.5);
	const d = normalize(sub(b, a));
	// The centre sits on the chord's perpendicular bisector, on the side the arc turns towards.
	const h = chord / 2 / Math.tan(extent / 2);
	const centre = { x: mid.x - d.y * h, y: mid.y + d.x * h };
	const radius = chord / (2 * Math.abs(Math.sin(extent / 2)));
	return { centre, radius, startAngle: Math.atan2(a.y - centre.y, a.x - centre.x), extent };
}

export function arcPoint(arc: Arc, t: number): Vec2 {
	const phi = arc.startAngle + arc.extent * t;
	return {
		x: arc.centre.x + arc.radius * Math.cos(phi),
		y: arc.centre.y + arc.radius * Math.sin(phi)
	};
}

/** Centre-line points from a to b inclusive (2 for a straight wall). */
export function pathPoints(a: Vec2, b: Vec2, extent: number | null): Vec2[] {
	if (!isArc(extent)) return [a, b];
	const arc = arcOf(a, b, extent);
	const n = arcSegmentCount(extent);
	const out: Vec2[] = [a];
	for (let i = 1; i < n; i++) out.push(arcPoint(arc, i / n));
	out.push(b);
	return out;
}

export function pathLength(a: Vec2, b: Vec2, extent: number | null): number {
	if (!isArc(extent)) return distance(a, b);
	return arcOf(a, b, extent).radius * Math.abs(extent);
}

/** The point at distance `offset` along the centre line from a. */
export function pointAlong(a: Vec2, b: Vec2, extent: number | null, offset: number): Vec2 {
	const len = pathLength(a, b, extent);
	const t = len > 0 ? offset / len : 0;
	return isArc(extent) ? arcPoint(arcOf(a, b, extent), t) : lerp(a, b, t);
}

/** Unit direction of travel at parameter t (0 = start, 1 = end), walking from a to b. */
export function tangentAt(a: Vec2, b: Vec2, extent: number | null, t: number): Vec2 {
	if (!isArc(extent)) return normalize(sub(b, a));
	const arc = arcOf(a, b, extent);
	const phi = arc.startAngle + extent * t;
	const s = Math.sign(extent);
	return { x: -Math.sin(phi) * s, y: Math.cos(phi) * s };
}

/** Nearest point of the centre line to p: its distance from a along the line, and how far p is. */
export function projectOnPath(
	a: Vec2,
	b: Vec2,
	extent: number | null,
	p: Vec2
): { offset: number; distance: number; point: Vec2 } {
	if (!isArc(extent)) {
		const { point, t } = closestOnSegment(p, a, b);
		return { offset: t * distance(a, b), distance: distance(p, point), point };
	}
	const arc = arcOf(a, b, extent);
	let rel = Math.atan2(p.y - arc.centre.y, p.x - arc.centre.x) - arc.startAngle;
	// Measure the angle in the arc's own turning direction, in [0, 2π).
	rel = Math.sign(extent) * rel;
	rel = ((rel % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
	const sweep = Math.abs(extent);
	let t: number;
	if (rel <= sweep) t = rel / sweep;
	else t = rel - sweep < 2 * Math.PI - rel ? 1 : 0;
	const point = arcPoint(arc, t);
	return { offset: t * arc.radius * sweep, distance: distance(p, point), point };
}

/** Height of the wall's top at `offset` along it (sloped walls interpolate linearly). */
export function heightAt(wall: Pick<Wall, 'height' | 'heightAtEnd'>, offset: number, len: number) {
	if (wall.heightAtEnd === null || len <= 0) return wall.height;
	return wall.height + ((wall.heightAtEnd - wall.height) * offset) / len;
}
