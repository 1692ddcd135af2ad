/** Constructors for model parts by their extents in the unit cell (see `types.ts`). */
import type { ModelPart, PartMaterial, Vec3 } from './types';

/** A cuboid from x0..x1, y0..y1, z0..z1. */
export function box(
	x0: number,
	x1: number,
	y0: number,
	y1: number,
	z0: number,
	z1: number,
	material: PartMaterial = 'body'
): ModelPart {
	return {
		shape: 'box',
		position: [(x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2],
		size: [x1 - x0, y1 - y0, z1 - z0],
		material
	};
}

/** An upright cylinder centred on (x, z) from y0 to y1 with radii rx (across) and rz (deep). */
export function column(
	x: number,
	z: number,
	y0: number,
	y1: number,
	rx: number,
	rz = rx,
	material: PartMaterial = 'body'
): ModelPart {
	return {
		shape: 'cylinder',
		position: [x, (y0 + y1) / 2, z],
		size: [2 * rx, y1 - y0, 2 * rz],
		material
	};
}

/** An upright cone, point at the top. */
export function cone(
	x: number,
	z: number,
	y0: number,
	y1: number,
	rx: number,
	rz = rx,
	material: PartMaterial = 'body'
): ModelPart {
	return { ...column(x, z, y0, y1, rx, rz, material), shape: 'cone' };
}

/** An ellipsoid centred at (x, y, z) with radii rx, ry, rz. */
export function ball(
	[x, y, z]: Vec3,
	[rx, ry, rz]: Vec3,
	material: PartMaterial = 'body'
): ModelPart {
	return { shape: 'sphere', position: [x, y, z], size: [2 * rx, 2 * ry, 2 * rz], material };
}

/** The same part turned about its centre (radians, XYZ). */
export function turned(part: ModelPart, rotation: Vec3): ModelPart {
	return { ...part, rotation };
}

/** Four square legs `t` thick (cell fraction) from the floor to `top`, `inset` from the edges. */
export function legs(t: number, top: number, material: PartMaterial = 'wood', inset = 0.03) {
	const a = -0.5 + inset;
	const b = 0.5 - inset - t;
	return [
		box(a, a + t, 0, top, a, a + t, material),
		box(b, b + t, 0, top, a, a + t, material),
		box(a, a + t, 0, top, b, b + t, material),
		box(b, b + t, 0, top, b, b + t, material)
	];
}

/** Evenly spaced copies of a part-maker across x from x0 to x1 (`n` items). */
export function across(
	n: number,
	x0: number,
	x1: number,
	make: (a: number, b: number) => ModelPart[]
) {
	const step = (x1 - x0) / n;
	return Array.from({ length: n }, (_, i) => make(x0 + i * step, x0 + (i + 1) * step)).flat();
}

/** Parts squashed to the bottom `k` of the cell's height (a model reused under a taller one). */
export function lowered(parts: ModelPart[], k: number): ModelPart[] {
	return parts.map((p) => ({
		...p,
		position: [p.position[0], p.position[1] * k, p.position[2]],
		size: [p.size[0], p.size[1] * k, p.size[2]]
	}));
}
