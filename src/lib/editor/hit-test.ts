import type { Furniture, LevelId, PlanDocument, RecordId, Vec2, WallId } from '../plan/types';
import { closestOnSegment } from './snapping';
import { pointAlong, projectOnPath } from '../plan/topology/wallPath';

/**
 * What is under a point of the plan, and what lies inside a box. Order of preference when
 * several things overlap: furniture, openings, corners, walls, labels, dimensions, rooms —
 * the small things on top of the big ones, as they are drawn.
 */

const dist = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.y - b.y);

/** p in the piece's own frame (centre at 0, unrotated). */
function toLocal(f: Furniture, p: Vec2): Vec2 {
	const c = Math.cos(-f.rotation);
	const s = Math.sin(-f.rotation);
	const dx = p.x - f.x;
	const dy = p.y - f.y;
	return { x: dx * c - dy * s, y: dx * s + dy * c };
}

export function insideFurniture(f: Furniture, p: Vec2, pad = 0): boolean {
	const l = toLocal(f, p);
	return Math.abs(l.x) <= f.width / 2 + pad && Math.abs(l.y) <= f.depth / 2 + pad;
}

export function pointInPolygon(p: Vec2, poly: readonly Vec2[]): boolean {
	let inside = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const a = poly[i];
		const b = poly[j];
		if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x)
			inside = !inside;
	}
	return inside;
}

/** Where the rotation handle of a piece sits: beyond its front edge by `gap`. */
export function rotationHandle(f: Furniture, gap: number): Vec2 {
	const r = f.depth / 2 + gap;
	// The symbol's front is +y in its own frame.
	return { x: f.x - Math.sin(f.rotation) * r, y: f.y + Math.cos(f.rotation) * r };
}

export function openingSegment(doc: PlanDocument, id: RecordId): { a: Vec2; b: Vec2 } | null {
	const o = doc.openings[id as keyof PlanDocument['openings']];
	if (!o) return null;
	const w = doc.walls[o.wall];
	const s = w && doc.corners[w.start];
	const e = w && doc.corners[w.end];
	if (!s || !e) return null;
	// Ends on the centre line (on the arc of a curved wall).
	return {
		a: pointAlong(s, e, w.arcExtent, o.offset - o.width / 2),
		b: pointAlong(s, e, w.arcExtent, o.offset + o.width / 2)
	};
}

export function hitTest(doc: PlanDocument, level: LevelId, p: Vec2, tol: number): RecordId | null {
	const furniture = Object.values(doc.furniture).filter((f) => f.level === level);
	for (let i = furniture.length - 1; i >= 0; i--)
		if (insideFurniture(furniture[i], p)) return furniture[i].id;

	for (const o of Object.values(doc.openings)) {
		const w = doc.walls[o.wall];
		if (!w || w.level !== level) continue;
		const seg = openingSegment(doc, o.id);
		if (seg && dist(closestOnSegment(p, seg.a, seg.b).point, p) <= w.thickness / 2 + tol)
			return o.id;
	}

	let bestCorner: { id: RecordId; d: number } | null = null;
	for (const c of Object.values(doc.corners)) {
		if (c.level !== level) continue;
		const d = dist(c, p);
		if (d <= tol * 1.5 && (!bestCorner || d < bestCorner.d)) bestCorner = { id: c.id, d };
	}
	if (bestCorner) return bestCorner.id;

	let bestWall: { id: WallId; d: number } | null = null;
	for (const w of Object.values(doc.walls)) {
		if (w.level !== level) continue;
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (!a || !b) continue;
		const d = projectOnPath(a, b, w.arcExtent, p).distance;
		if (d <= w.thickness / 2 + tol && (!bestWall || d < bestWall.d)) bestWall = { id: w.id, d };
	}
	if (bestWall) return bestWall.id;

	for (const l of Object.values(doc.labels)) {
		if (l.level !== level) continue;
		const half = (l.size * Math.max(1, l.text.length)) / 3;
		if (Math.abs(p.x - l.x) <= half + tol && Math.abs(p.y - l.y) <= l.size / 2 + tol) return l.id;
	}
	for (const d of Object.values(doc.dimensions)) {
		if (d.level !== level) continue;
		const a = { x: d.x1, y: d.y1 };
		const b = { x: d.x2, y: d.y2 };
		const len = dist(a, b) || 1;
		const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
		const oa = { x: a.x + n.x * d.offset, y: a.y + n.y * d.offset };
		const ob = { x: b.x + n.x * d.offset, y: b.y + n.y * d.offset };
		if (dist(closestOnSegment(p, oa, ob).point, p) <= tol) return d.id;
	}
	const rooms = Object.values(doc.rooms).filter((r) => r.level === level);
	for (const r of rooms) if (pointInPolygon(p, r.polygon)) return r.id;
	return null;
}

/** Everything on the level lying wholly inside the box. */
export function recordsInBox(
	doc: PlanDocument,
	level: LevelId,
	box: { a: Vec2; b: Vec2 }
): RecordId[] {
	const minX = Math.min(box.a.x, box.b.x);
	const maxX = Math.max(box.a.x, box.b.x);
	const minY = Math.min(box.a.y, box.b.y);
	const maxY = Math.max(box.a.y, box.b.y);
	const inside = (p: Vec2) => p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
	const out: RecordId[] = [];
	for (const w of Object.values(doc.walls)) {
		if (w.level !== level) continue;
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (a && b && inside(a) && inside(b)) out.push(w.id);
	}
	for (const o of Object.values(doc.openings)) {
		const seg = openingSegment(doc, o.id);
		if (seg && doc.walls[o.wall]?.level === level && inside(seg.a) && inside(seg.b)) out.push(o.id);
	}
	for (const f of Object.values(doc.furniture)) if (f.level === level && inside(f)) out.push(f.id);
	for (const l of Object.values(doc.labels)) if (l.level === level && inside(l)) out.push(l.id);
	for (const d of Object.values(doc.dimensions))
		if (d.level === level && inside({ x: d.x1, y: d.y1 }) && inside({ x: d.x2, y: d.y2 }))
			out.push(d.id);
	for (const r of Object.values(doc.rooms))
		if (r.level === level && r.polygon.length > 2 && r.polygon.every(inside)) out.push(r.id);
	return out;
}
