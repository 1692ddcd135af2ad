import type { Corner, CornerId, LevelId, PlanDocument, Vec2, Wall, WallId } from '../plan/types';

/** Which snaps are on; session state, kept with the editor's settings, never in a document. */
export interface SnapSettings {
	enabled: boolean;
	grid: boolean;
	gridSize: number;
	angles: boolean;
	/** Angle step in radians (15°). */
	angleStep: number;
	points: boolean;
	walls: boolean;
	alignment: boolean;
}

export const DEFAULT_SNAP: SnapSettings = {
	enabled: true,
	grid: true,
	gridSize: 10,
	angles: true,
	angleStep: Math.PI / 12,
	points: true,
	walls: true,
	alignment: true
};

export type SnapGuide =
	| { kind: 'point'; x: number; y: number; label: string }
	| { kind: 'line'; x1: number; y1: number; x2: number; y2: number; label: string };

export type SnapTarget =
	{ kind: 'corner'; id: CornerId } | { kind: 'wall'; id: WallId; t: number } | null;

export interface SnapResult {
	point: Vec2;
	guides: SnapGuide[];
	target: SnapTarget;
}

export interface SnapContext {
	doc: PlanDocument;
	level: LevelId;
	/** Snap radius in plan units (a few screen pixels divided by the zoom). */
	tolerance: number;
	/** The previous point of a chain (wall drawing): enables angle, parallel and perpendicular. */
	from?: Vec2 | null;
	/** Corners that move with the pointer and must not snap to themselves. */
	exclude?: ReadonlySet<string>;
}

const dist = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.y - b.y);

interface LevelGeometry {
	level: LevelId;
	exclude: ReadonlySet<string> | undefined;
	walls: PlanDocument['walls'];
	corners: Corner[];
	/** Walls of the level with their corners, none touching an excluded corner. */
	segments: { wall: Wall; a: Corner; b: Corner }[];
}

/**
 * The level's snap targets, kept per corners collection: a drag snaps against its start
 * document (the moving corners are excluded anyway), so every pointer move reuses one list.
 */
const geometryCache = new WeakMap<PlanDocument['corners'], LevelGeometry>();

function levelGeometry(ctx: Pick<SnapContext, 'doc' | 'level' | 'exclude'>): LevelGeometry {
	const { doc, level, exclude } = ctx;
	const hit = geometryCache.get(doc.corners);
	if (hit && hit.level === level && hit.exclude === exclude && hit.walls === doc.walls) return hit;
	const corners: Corner[] = [];
	for (const c of Object.values(doc.corners))
		if (c.level === level && !exclude?.has(c.id)) corners.push(c);
	const segments: LevelGeometry['segments'] = [];
	for (const wall of Object.values(doc.walls)) {
		if (wall.level !== level) continue;
		const a = doc.corners[wall.start];
		const b = doc.corners[wall.end];
		if (a && b && !exclude?.has(a.id) && !exclude?.has(b.id)) segments.push({ wall, a, b });
	}
	const geometry = { level, exclude, walls: doc.walls, corners, segments };
	geometryCache.set(doc.corners, geometry);
	return geometry;
}

function levelCorners(ctx: SnapContext) {
	return levelGeometry(ctx).corners;
}

/** Closest point on segment ab to p, with its parameter t ∈ [0, 1]. */
export function closestOnSegment(p: Vec2, a: Vec2, b: Vec2): { point: Vec2; t: number } {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
	return { point: { x: a.x + dx * t, y: a.y + dy * t }, t };
}

/**
 * Snaps a pointer position. Order of preference: a corner or a wall midpoint under the
 * pointer; then, when drawing from a point, a direction (15° steps, parallel or perpendicular
 * to a wall) with the length rounded to the grid and aligned with other corners; then a point
 * on a wall's centre line; then alignment with corners; then the grid.
 */
export function snapPoint(ctx: SnapContext, p: Vec2, s: SnapSettings): SnapResult {
	if (!s.enabled) return { point: p, guides: [], target: null };
	const corners = levelCorners(ctx);
	const tol = ctx.tolerance;

	if (s.points) {
		let best: { d: number; point: Vec2; target: SnapTarget; label: string } | null = null;
		for (const c of corners) {
			const d = dist(p, c);
			if (d <= tol && (!best || d < best.d))
				best = { d, point: { x: c.x, y: c.y }, target: { kind: 'corner', id: c.id }, label: 'end' };
		}
		if (!best)
			for (const { wall: w, a, b } of levelGeometry(ctx).segments) {
				const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
				const d = dist(p, m);
				if (d <= tol && (!best || d < best.d))
					best = { d, point: m, target: { kind: 'wall', id: w.id, t: 0.5 }, label: 'midpoint' };
			}
		if (best)
			return {
				point: best.point,
				target: best.target,
				guides: [{ kind: 'point', x: best.point.x, y: best.point.y, label: best.label }]
			};
	}

	if (ctx.from && dist(ctx.from, p) > tol) {
		const dir = snapDirection(ctx, p, s);
		if (dir) return alongDirection(ctx, p, s, dir, corners);
	}

	if (s.walls) {
		const onWall = nearestWall(ctx, p);
		if (onWall && onWall.d <= tol)
			return {
				point: onWall.point,
				target: { kind: 'wall', id: onWall.id, t: onWall.t },
				guides: [{ kind: 'point', x: onWall.point.x, y: onWall.point.y, label: 'on wall' }]
			};
	}

	const guides: SnapGuide[] = [];
	let x = s.grid ? Math.round(p.x / s.gridSize) * s.gridSize : p.x;
	let y = s.grid ? Math.round(p.y / s.gridSize) * s.gridSize : p.y;
	if (s.alignment) {
		const ax = nearestAlign(corners, p, 'x', tol);
		const ay = nearestAlign(corners, p, 'y', tol);
		if (ax) {
			x = ax.x;
			guides.push({ kind: 'line', x1: ax.x, y1: ax.y, x2: ax.x, y2: y, label: 'aligned' });
		}
		if (ay) {
			y = ay.y;
			guides.push({ kind: 'line', x1: ay.x, y1: ay.y, x2: x, y2: ay.y, label: 'aligned' });
		}
	}
	return { point: { x, y }, guides, target: null };
}

function nearestAlign(corners: Vec2[], p: Vec2, axis: 'x' | 'y', tol: number): Vec2 | null {
	let best: Vec2 | null = null;
	let bestD = tol;
	for (const c of corners) {
		const d = Math.abs(c[axis] - p[axis]);
		if (d <= bestD) {
			bestD = d;
			best = c;
		}
	}
	return best;
}

export function nearestWall(
	ctx: Pick<SnapContext, 'doc' | 'level' | 'exclude'>,
	p: Vec2
): { id: WallId; point: Vec2; t: number; d: number } | null {
	let best: { id: WallId; point: Vec2; t: number; d: number } | null = null;
	for (const { wall: w, a, b } of levelGeometry(ctx).segments) {
		const hit = closestOnSegment(p, a, b);
		const d = dist(p, hit.point);
		if (!best || d < best.d) best = { id: w.id, point: hit.point, t: hit.t, d };
	}
	return best;
}

interface Direction {
	angle: number;
	label: string;
}

/** The preferred direction from `ctx.from` toward p, if p lies close enough to one. */
function snapDirection(ctx: SnapContext, p: Vec2, s: SnapSettings): Direction | null {
	const from = ctx.from!;
	const r = dist(from, p);
	const angle = Math.atan2(p.y - from.y, p.x - from.x);
	const candidates: Direction[] = [];
	if (s.walls)
		for (const w of Object.values(ctx.doc.walls)) {
			if (w.level !== ctx.level) continue;
			const a = ctx.doc.corners[w.start];
			const b = ctx.doc.corners[w.end];
			if (!a || !b) continue;
			const wa = Math.atan2(b.y - a.y, b.x - a.x);
			candidates.push({ angle: wa, label: 'parallel' });
			candidates.push({ angle: wa + Math.PI / 2, label: 'perpendicular' });
		}
	if (s.angles) {
		const step = s.angleStep;
		candidates.push({ angle: Math.round(angle / step) * step, label: 'angle' });
	}
	let best: Direction | null = null;
	let bestOff = ctx.tolerance;
	for (const c of candidates) {
		// Lines through `from` in both senses: compare by distance of p from the line.
		const off = Math.abs(Math.sin(angle - c.angle)) * r;
		const forward = Math.cos(angle - c.angle) >= 0;
		if (off < bestOff - 1e-9) {
			bestOff = off;
			best = { angle: forward ? c.angle : c.angle + Math.PI, label: c.label };
		}
	}
	return best;
}

function alongDirection(
	ctx: SnapContext,
	p: Vec2,
	s: SnapSettings,
	dir: Direction,
	corners: Vec2[]
): SnapResult {
	const from = ctx.from!;
	const ux = Math.cos(dir.angle);
	const uy = Math.sin(dir.angle);
	let len = (p.x - from.x) * ux + (p.y - from.y) * uy;
	const guideLabel =
		dir.label === 'angle' ? `${Math.round(((dir.angle * 180) / Math.PI + 360) % 360)}°` : dir.label;
	const guides: SnapGuide[] = [];
	let aligned = false;
	if (s.alignment) {
		// A corner whose x or y the direction line crosses near p: stop exactly there.
		let best: { len: number; c: Vec2 } | null = null;
		for (const c of corners) {
			for (const axis of ['x', 'y'] as const) {
				const u = axis === 'x' ? ux : uy;
				if (Math.abs(u) < 1e-6) continue;
				const l = (c[axis] - from[axis]) / u;
				if (
					l > 0 &&
					Math.abs(l - len) <= ctx.tolerance &&
					(!best || Math.abs(l - len) < Math.abs(best.len - len))
				)
					best = { len: l, c };
			}
		}
		if (best) {
			len = best.len;
			aligned = true;
			const q = { x: from.x + ux * len, y: from.y + uy * len };
			guides.push({ kind: 'line', x1: best.c.x, y1: best.c.y, x2: q.x, y2: q.y, label: 'aligned' });
		}
	}
	if (!aligned && s.grid) len = Math.round(len / s.gridSize) * s.gridSize;
	const point = { x: from.x + ux * len, y: from.y + uy * len };
	guides.unshift({
		kind: 'line',
		x1: from.x,
		y1: from.y,
		x2: point.x,
		y2: point.y,
		label: guideLabel
	});
	return { point, guides, target: null };
}
