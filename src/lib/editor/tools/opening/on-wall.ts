/**
 * Where a door or window goes on a wall for a pointer position, measured along the wall's
 * centre line — the arc for a curved wall, not its chord (an opening's `offset` is a distance
 * along that line, as the renderers and exports read it). Pure: no editor state.
 */
import { pathLength, pointAlong, projectOnPath, tangentAt } from '../../../plan/topology/wallPath';
import type { LevelId, Opening, PlanDocument, Vec2, WallId } from '../../../plan/types';

export interface WallHit {
	wall: WallId;
	/** Distance from the wall's start corner along its centre line. */
	offset: number;
	/** Length of the centre line (arc length for a curved wall). */
	length: number;
	/** How far the pointer is from the centre line. */
	distance: number;
	/** The nearest point of the centre line. */
	point: Vec2;
}

/**
 * The wall of `level` whose centre line (arc or segment) passes nearest to p. Snapping's
 * `nearestWall` measures to chords, which for a bulging arc is the wrong wall or the wrong
 * place, hence this one.
 */
export function nearestWallOnPath(doc: PlanDocument, level: LevelId, p: Vec2): WallHit | null {
	let best: WallHit | null = null;
	for (const w of Object.values(doc.walls)) {
		if (w.level !== level) continue;
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (!a || !b) continue;
		const hit = projectOnPath(a, b, w.arcExtent, p);
		if (!best || hit.distance < best.distance)
			best = {
				wall: w.id,
				offset: hit.offset,
				length: pathLength(a, b, w.arcExtent),
				distance: hit.distance,
				point: hit.point
			};
	}
	return best;
}

/** An offset rounded to `grid` along the wall, then kept so the opening lies inside it. */
export function clampOffset(offset: number, length: number, width: number, grid = 1): number {
	const snapped = grid > 0 ? Math.round(offset / grid) * grid : offset;
	return Math.min(length - width / 2, Math.max(width / 2, snapped));
}

export interface Placement {
	wall: WallId;
	offset: number;
	/** The side of the wall (walking start → end) the pointer is on: the leaf swings there. */
	side: 'left' | 'right';
}

/**
 * Where an opening of `width` goes for pointer p: on the nearest wall if p is within
 * `reach` of its face, at the offset along the wall nearest p. Null when no wall is close
 * enough or the wall is shorter than the opening.
 */
export function placeOnWall(
	doc: PlanDocument,
	level: LevelId,
	p: Vec2,
	opts: { width: number; reach: number; grid?: number }
): Placement | null {
	const hit = nearestWallOnPath(doc, level, p);
	if (!hit) return null;
	const w = doc.walls[hit.wall];
	if (hit.distance > w.thickness / 2 + opts.reach) return null;
	if (hit.length < opts.width) return null;
	const offset = clampOffset(hit.offset, hit.length, opts.width, opts.grid);
	// Which side: the pointer against the direction of travel where it meets the wall.
	const a = doc.corners[w.start];
	const b = doc.corners[w.end];
	const t = tangentAt(a, b, w.arcExtent, hit.length > 0 ? hit.offset / hit.length : 0);
	const cross = t.x * (p.y - hit.point.y) - t.y * (p.x - hit.point.x);
	return { wall: hit.wall, offset, side: cross >= 0 ? 'right' : 'left' };
}

/**
 * The offset of an opening dragged by `d` along its own wall: its centre moved by d, projected
 * back onto the wall's centre line (the arc for a curved wall) and kept inside the wall. Null
 * when its wall is missing or shorter than the opening. For the select tool's translate, which
 * today measures along the chord.
 */
export function slideOffset(doc: PlanDocument, opening: Opening, d: Vec2): number | null {
	const w = doc.walls[opening.wall];
	const a = w && doc.corners[w.start];
	const b = w && doc.corners[w.end];
	if (!a || !b) return null;
	const length = pathLength(a, b, w.arcExtent);
	if (length < opening.width) return null;
	const centre = pointAlong(a, b, w.arcExtent, opening.offset);
	const moved = { x: centre.x + d.x, y: centre.y + d.y };
	return clampOffset(projectOnPath(a, b, w.arcExtent, moved).offset, length, opening.width, 0);
}
