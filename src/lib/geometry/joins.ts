/**
 * How wall ends meet at a corner. The walls at a corner are sorted by the angle they leave
 * it at; each wall's face towards its angular neighbour is joined to the neighbour's face
 * towards it at the intersection of the two face lines (a mitre). With two or more walls the
 * end of each wall also passes through the corner point itself, so the walls tile the
 * corner like slices of a pie: an L gets a plain mitre, a T or a crossing gets wedges that
 * meet at the centre, and no two solids overlap.
 */

/** One wall end at a corner, as the join needs it. */
export interface JoinInput {
	id: string;
	/** Unit direction leaving the corner along the wall (its tangent there for arcs). */
	dx: number;
	dy: number;
	half: number;
	/** How far along the wall a mitre point may lie before it would run past the wall. */
	reach: number;
	/** Whether the wall starts (true) or ends at this corner. */
	atStart: boolean;
}

/**
 * The outline of a wall's end: on each face the points from the face's last point towards
 * the corner, flat [x0, y0, x1, y1, …]; `hub` = the corner point closes the end between them.
 */
export interface WallEnd {
	left: number[];
	right: number[];
	hub: boolean;
	cx: number;
	cy: number;
}

/** Gaps wider than 2π minus this (a spike behind a very sharp corner) are bevelled. */
export const MIN_JOIN_ANGLE = (10 * Math.PI) / 180;
/** Face lines closer to parallel than this (sine of the angle) meet at their own ends. */
const PARALLEL = 1e-6;

/**
 * Joins every wall at a corner at (cx, cy). Returns each wall's end, keyed by wall id.
 * The result depends only on the inputs, not on their order (ties sorted by id).
 */
export function joinCorner(cx: number, cy: number, walls: JoinInput[]): Map<string, WallEnd> {
	const ends = new Map<string, WallEnd>();
	const n = walls.length;
	if (n === 1) {
		const w = walls[0];
		const end: WallEnd = { left: [], right: [], hub: false, cx, cy };
		// A free end is square: each face stops level with the corner.
		pushFace(end, w, true, [cx + -w.dy * w.half, cy + w.dx * w.half]);
		pushFace(end, w, false, [cx + w.dy * w.half, cy - w.dx * w.half]);
		ends.set(w.id, end);
		return ends;
	}
	const order: Around[] = [];
	for (const w of walls) order.push({ w, angle: Math.atan2(w.dy, w.dx) });
	order.sort(byAngle);
	for (const { w } of order) ends.set(w.id, { left: [], right: [], hub: true, cx, cy });
	for (let i = 0; i < n; i++) {
		const a = order[i];
		const b = order[(i + 1) % n];
		let gap = b.angle - a.angle;
		if (gap <= 0) gap += 2 * Math.PI;
		const [pa, pb] = joinPair(cx, cy, a.w, b.w, gap);
		pushFace(ends.get(a.w.id)!, a.w, true, pa);
		pushFace(ends.get(b.w.id)!, b.w, false, pb);
	}
	return ends;
}

interface Around {
	w: JoinInput;
	angle: number;
}
const byAngle = (a: Around, b: Around) =>
	a.angle - b.angle || (a.w.id < b.w.id ? -1 : a.w.id > b.w.id ? 1 : 0);

/**
 * The points of wall a's counter-clockwise face and wall b's clockwise face (the two faces
 * looking at each other across the gap), each from its face line towards the corner.
 */
function joinPair(
	cx: number,
	cy: number,
	a: JoinInput,
	b: JoinInput,
	gap: number
): [number[], number[]] {
	// Face of a towards b: offset by (−dy, dx), the side of increasing angle; b's towards a: (dy, −dx).
	const ax = cx - a.dy * a.half;
	const ay = cy + a.dx * a.half;
	const bx = cx + b.dy * b.half;
	const by = cy - b.dx * b.half;
	const cross = a.dx * b.dy - a.dy * b.dx;
	if (gap > 2 * Math.PI - MIN_JOIN_ANGLE) return bevel(ax, ay, bx, by);
	if (Math.abs(cross) < PARALLEL) {
		// Collinear walls (or a wall doubling back on its neighbour): each face stops at the corner.
		return gap > Math.PI / 2 && gap < (3 * Math.PI) / 2
			? [
					[ax, ay],
					[bx, by]
				]
			: bevel(ax, ay, bx, by);
	}
	// Solve A + s·da = B + r·db for the face lines through A and B.
	const wx = bx - ax;
	const wy = by - ay;
	const s = (wx * b.dy - wy * b.dx) / cross;
	const r = (wx * a.dy - wy * a.dx) / cross;
	if (!(s <= a.reach && r <= b.reach && s >= -a.reach && r >= -b.reach))
		return bevel(ax, ay, bx, by);
	const px = ax + a.dx * s;
	const py = ay + a.dy * s;
	return [
		[px, py],
		[px, py]
	];
}

/** Both faces stop at their own point by the corner and meet halfway between them. */
function bevel(ax: number, ay: number, bx: number, by: number): [number[], number[]] {
	const mx = (ax + bx) / 2;
	const my = (ay + by) / 2;
	return [
		[ax, ay, mx, my],
		[bx, by, mx, my]
	];
}

/** Appends the points of one face's end; `ccw` says which face of the wall they are on. */
function pushFace(end: WallEnd, w: JoinInput, ccw: boolean, pts: number[]): void {
	// Leaving the corner along a wall that starts there, the counter-clockwise side is its
	// right face; along a wall that ends there (travel reversed), its left face.
	const isLeft = ccw !== w.atStart;
	(isLeft ? end.left : end.right).push(...pts);
}
