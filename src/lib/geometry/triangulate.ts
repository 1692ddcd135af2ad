/**
 * Ear clipping for the small polygons of a wall's top and bottom. Unlike earcut it keeps
 * every vertex, collinear ones included: the faces around must share those vertices' edges
 * for the solid to stay closed (no T-junctions), so no triangle may span across one.
 */

let prevScratch = new Int32Array(64);
let nextScratch = new Int32Array(64);

/** Relative tolerance below which three points count as collinear. */
const COLLINEAR = 1e-9;

/**
 * Triangulates the simple polygon `xy[0..2n)` and writes the triangles' vertex numbers
 * (0..n-1) to `out` from index 0 on, each counter-clockwise in the plane's math orientation
 * (positive cross product). Returns the number of indices written (3 per triangle); `out` is
 * overwritten, never shrunk, so a scratch array can be reused without reallocating.
 */
export function triangulatePolygon(xy: ArrayLike<number>, n: number, out: number[]): number {
	if (n < 3) return 0;
	if (prevScratch.length < n) {
		prevScratch = new Int32Array(n * 2);
		nextScratch = new Int32Array(n * 2);
	}
	const prev = prevScratch;
	const next = nextScratch;
	let area = 0;
	for (let i = 0, j = n - 1; i < n; j = i++)
		area += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
	// Walk the ring so that the interior is on the left (counter-clockwise).
	const ccw = area > 0;
	for (let i = 0; i < n; i++) {
		const a = (i + n - 1) % n;
		const b = (i + 1) % n;
		prev[i] = ccw ? a : b;
		next[i] = ccw ? b : a;
	}
	let left = n;
	let i = 0;
	let k = 0;
	let misses = 0;
	while (left > 3) {
		if (isEar(xy, prev, next, i, left)) {
			out[k++] = prev[i];
			out[k++] = i;
			out[k++] = next[i];
			next[prev[i]] = next[i];
			prev[next[i]] = prev[i];
			left--;
			i = next[i];
			misses = 0;
			continue;
		}
		i = next[i];
		if (++misses < left) continue;
		// No clean ear (a polygon that is not quite simple): take the most convex corner, or
		// drop a collinear one, so that the loop always ends.
		i = fallbackCorner(xy, prev, next, i, left);
		if (turn(xy, prev[i], i, next[i]) > 0) {
			out[k++] = prev[i];
			out[k++] = i;
			out[k++] = next[i];
		}
		next[prev[i]] = next[i];
		prev[next[i]] = prev[i];
		left--;
		i = next[i];
		misses = 0;
	}
	if (turn(xy, prev[i], i, next[i]) > 0) {
		out[k++] = prev[i];
		out[k++] = i;
		out[k++] = next[i];
	}
	return k;
}

/** Cross product of (b − a) × (c − b), zeroed when the three points are collinear. */
function turn(xy: ArrayLike<number>, a: number, b: number, c: number): number {
	const ux = xy[2 * b] - xy[2 * a];
	const uy = xy[2 * b + 1] - xy[2 * a + 1];
	const vx = xy[2 * c] - xy[2 * b];
	const vy = xy[2 * c + 1] - xy[2 * b + 1];
	const cr = ux * vy - uy * vx;
	// |u × v| ≤ ε·|u|·|v|, squared to keep square roots out of the inner loop.
	return cr * cr <= COLLINEAR * COLLINEAR * (ux * ux + uy * uy) * (vx * vx + vy * vy) ? 0 : cr;
}

function isEar(xy: ArrayLike<number>, prev: Int32Array, next: Int32Array, i: number, left: number) {
	const a = prev[i];
	const c = next[i];
	if (turn(xy, a, i, c) <= 0) return false;
	const ax = xy[2 * a],
		ay = xy[2 * a + 1];
	const bx = xy[2 * i],
		by = xy[2 * i + 1];
	const cx = xy[2 * c],
		cy = xy[2 * c + 1];
	const scale = Math.abs(bx - ax) + Math.abs(by - ay) + Math.abs(cx - bx) + Math.abs(cy - by);
	const eps = -1e-9 * scale * scale;
	let j = next[c];
	for (let k = 3; k < left; k++, j = next[j]) {
		const px = xy[2 * j],
			py = xy[2 * j + 1];
		if ((px === ax && py === ay) || (px === cx && py === cy)) continue;
		// Inside or on the boundary (including the new diagonal a–c) blocks the ear.
		if (
			(bx - ax) * (py - ay) - (by - ay) * (px - ax) >= eps &&
			(cx - bx) * (py - by) - (cy - by) * (px - bx) >= eps &&
			(ax - cx) * (py - cy) - (ay - cy) * (px - cx) >= eps
		)
			return false;
	}
	return true;
}

function fallbackCorner(
	xy: ArrayLike<number>,
	prev: Int32Array,
	next: Int32Array,
	start: number,
	left: number
): number {
	let best = start;
	let bestTurn = -Infinity;
	for (let k = 0, i = start; k < left; k++, i = next[i]) {
		const t = turn(xy, prev[i], i, next[i]);
		if (t > bestTurn) {
			bestTurn = t;
			best = i;
		}
	}
	if (bestTurn > 0) return best;
	for (let k = 0, i = start; k < left; k++, i = next[i])
		if (turn(xy, prev[i], i, next[i]) === 0) return i;
	return best;
}
