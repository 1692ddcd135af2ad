import { addWall } from '../../../plan/topology';
import type { CornerId, Vec2 } from '../../../plan/types';
import { formatLength } from '../../units';
import type { EditorApi } from '../types';

/**
 * Adds one wall from `from` to `to` (points or existing corners); crossings and ends landing
 * on walls split them (topology), new closed faces become rooms. Returns the corner at `to`.
 */
export function placeWall(
	api: EditorApi,
	from: Vec2 | CornerId,
	to: Vec2 | CornerId
): { corner: CornerId; length: number } | null {
	const level = api.level;
	const r = addWall(
		api.doc,
		level,
		from,
		to,
		{ thickness: api.defaultWallThickness },
		{ autoRooms: true }
	);
	if (!r.walls.length) return null;
	api.apply('Add wall', r.diff);
	const a = typeof from === 'string' ? api.doc.corners[from] : from;
	const b = typeof to === 'string' ? api.doc.corners[to] : to;
	const length = Math.hypot(b.x - a.x, b.y - a.y);
	api.announce(`Wall ${formatLength(length, api.units)} added`);
	return { corner: r.corners[r.corners.length - 1], length };
}

/** Adds four walls around the box a–b as one undo step; the room inside appears with them. */
export function placeRectangle(api: EditorApi, a: Vec2, b: Vec2): boolean {
	if (Math.abs(a.x - b.x) < 1 || Math.abs(a.y - b.y) < 1) return false;
	const pts = [a, { x: b.x, y: a.y }, b, { x: a.x, y: b.y }];
	const level = api.level;
	const thickness = api.defaultWallThickness;
	api.apply('Add room walls', (doc) => {
		let d = doc;
		for (let i = 0; i < 4; i++)
			d = addWall(d, level, pts[i], pts[(i + 1) % 4], { thickness }, { autoRooms: i === 3 }).doc;
		return d;
	});
	const w = formatLength(Math.abs(b.x - a.x), api.units);
	const h = formatLength(Math.abs(b.y - a.y), api.units);
	api.announce(`Four walls added, ${w} by ${h}`);
	return true;
}
