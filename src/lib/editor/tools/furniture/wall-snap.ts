import type { Furniture, LevelId, PlanDocument } from '../../../plan/types';

/**
 * Puts a piece with its back flush against the face of the nearest wall when its back comes
 * within `tol` of that face: turned to face away from the wall, slid only across it.
 * Returns the same object when no wall is near.
 */
export function snapFurnitureToWalls(
	doc: PlanDocument,
	level: LevelId,
	f: Furniture,
	tol: number
): Furniture {
	let best: { gap: number; x: number; y: number; rotation: number } | null = null;
	for (const w of Object.values(doc.walls)) {
		if (w.level !== level) continue;
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (!a || !b) continue;
		const len = Math.hypot(b.x - a.x, b.y - a.y);
		if (len < 1) continue;
		const ux = (b.x - a.x) / len;
		const uy = (b.y - a.y) / len;
		const t = (f.x - a.x) * ux + (f.y - a.y) * uy;
		if (t < 0 || t > len) continue;
		const nx = -uy;
		const ny = ux;
		const s = (f.x - a.x) * nx + (f.y - a.y) * ny;
		const side = s >= 0 ? 1 : -1;
		const flush = w.thickness / 2 + f.depth / 2;
		const gap = Math.abs(Math.abs(s) - flush);
		if (gap > tol || (best && gap >= best.gap)) continue;
		const fx = side * nx;
		const fy = side * ny;
		best = {
			gap,
			x: a.x + ux * t + fx * flush,
			y: a.y + uy * t + fy * flush,
			// A piece's front is its local +y, which is (−sin r, cos r) on the plan.
			rotation: Math.atan2(-fx, fy)
		};
	}
	if (!best) return f;
	return { ...f, x: best.x, y: best.y, rotation: best.rotation };
}
