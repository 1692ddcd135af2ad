import type { Vec2 } from './types';

/**
 * Length of a wall's centre line between its corners: the chord for a straight wall, the arc
 * for a curved one (arc extent θ over chord c gives c·(θ/2)/sin(θ/2)).
 */
export function wallCentreLength(a: Vec2, b: Vec2, arcExtent: number | null): number {
	const chord = Math.hypot(b.x - a.x, b.y - a.y);
	if (!arcExtent) return chord;
	const half = Math.abs(arcExtent) / 2;
	return (chord * half) / Math.sin(half);
}
