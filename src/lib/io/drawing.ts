/**
 * A plan level as layered drawing primitives in plan coordinates (cm, y down): the one model
 * that the SVG, PDF and DXF exporters each serialise, so the three always agree.
 */
import type { LevelId, Opening, PlanDocument, Room, Vec2, Wall } from '../plan/types';
import { findFaces, roomAreas } from '../plan/topology';
import { joinWalls, openingShapes, wallShapes } from '../geometry/outline';
import { flatten, polygonCentroid, type Shape } from '../geometry/shape2d';

export { polygonCentroid };

export const LAYERS = ['WALLS', 'OPENINGS', 'ROOMS', 'FURNITURE', 'TEXT', 'DIMENSIONS'] as const;
export type Layer = (typeof LAYERS)[number];

/** A shape of the plan (walls and openings as the SVG editor draws them), or a text. */
export type Primitive =
	| (Shape & { layer: Layer; id: string })
	| {
			type: 'text';
			layer: Layer;
			at: Vec2;
			text: string;
			/** Letter height in cm on the plan. */
			size: number;
			/** Degrees, clockwise on screen (y down). */
			rotation: number;
			id: string;
	  };

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export interface PlanDrawing {
	level: LevelId;
	primitives: Primitive[];
	bounds: Bounds;
}

export interface DrawingOptions {
	/** Level to draw (default: the lowest). */
	level?: LevelId;
	/** Letter height of room names and labels in cm on the plan (default 20 = 2 mm at 1:100). */
	textSize?: number;
}

/** The lowest level of the document (by order, then elevation). */
export function defaultLevel(doc: PlanDocument): LevelId {
	const levels = Object.values(doc.levels).sort(
		(a, b) => a.order - b.order || a.elevation - b.elevation
	);
	if (!levels.length) throw new Error('The plan has no level');
	return levels[0].id;
}

/** Area in m² with one decimal, e.g. `12.5 m²`. */
export function formatArea(cm2: number): string {
	return `${(cm2 / 10_000).toFixed(1)} m²`;
}

const onLevel = <T extends { level: LevelId }>(records: Record<string, T>, level: LevelId) =>
	Object.values(records).filter((r) => r.level === level);

/** Walls and their openings, drawn from the same shapes as the SVG plan editor. */
function wallPrimitives(doc: PlanDocument, walls: Wall[], openings: Map<string, Opening[]>) {
	const out: Primitive[] = [];
	for (const j of joinWalls(doc, walls).values()) {
		const ops = openings.get(j.wall.id) ?? [];
		for (const s of wallShapes(j, ops)) out.push({ ...s, layer: 'WALLS', id: j.wall.id });
		for (const o of ops)
			for (const s of openingShapes(j.frame, o)) out.push({ ...s, layer: 'OPENINGS', id: o.id });
	}
	return out;
}

function roomPrimitives(doc: PlanDocument, rooms: Room[], textSize: number): Primitive[] {
	const out: Primitive[] = [];
	const faces = rooms.length ? findFaces(doc, rooms[0].level) : [];
	for (const room of rooms) {
		if (room.polygon.length < 3) continue;
		out.push({ type: 'polygon', layer: 'ROOMS', points: room.polygon, id: room.id });
		const c = polygonCentroid(room.polygon);
		const area = formatArea(roomAreas(doc, room, faces).net);
		if (room.name)
			out.push({
				type: 'text',
				layer: 'TEXT',
				at: { x: c.x, y: c.y - textSize * 0.7 },
				text: room.name,
				size: textSize,
				rotation: 0,
				id: room.id
			});
		out.push({
			type: 'text',
			layer: 'TEXT',
			at: { x: c.x, y: c.y + textSize * 0.7 },
			text: area,
			size: textSize * 0.8,
			rotation: 0,
			id: room.id
		});
	}
	return out;
}

/** The four corners of a piece's footprint, back edge first (back-left, back-right, …). */
export function footprint(f: {
	x: number;
	y: number;
	width: number;
	depth: number;
	rotation: number;
}): Vec2[] {
	const c = Math.cos(f.rotation);
	const s = Math.sin(f.rotation);
	const w = f.width / 2;
	const d = f.depth / 2;
	return [
		[-w, -d],
		[w, -d],
		[w, d],
		[-w, d]
	].map(([u, v]) => ({ x: f.x + u * c - v * s, y: f.y + u * s + v * c }));
}

function dimensionPrimitives(doc: PlanDocument, level: LevelId, textSize: number): Primitive[] {
	const out: Primitive[] = [];
	for (const d of onLevel(doc.dimensions, level)) {
		const dx = d.x2 - d.x1;
		const dy = d.y2 - d.y1;
		const length = Math.hypot(dx, dy);
		if (length < 1e-9) continue;
		const n = { x: -dy / length, y: dx / length };
		const a = { x: d.x1 + n.x * d.offset, y: d.y1 + n.y * d.offset };
		const b = { x: d.x2 + n.x * d.offset, y: d.y2 + n.y * d.offset };
		const line = (p: Vec2, q: Vec2): Primitive => ({
			type: 'line',
			layer: 'DIMENSIONS',
			a: p,
			b: q,
			id: d.id
		});
		out.push(line({ x: d.x1, y: d.y1 }, a), line({ x: d.x2, y: d.y2 }, b), line(a, b));
		const tick = textSize * 0.4;
		for (const p of [a, b]) {
			const u = { x: (dx / length + n.x) * tick, y: (dy / length + n.y) * tick };
			out.push(line({ x: p.x - u.x, y: p.y - u.y }, { x: p.x + u.x, y: p.y + u.y }));
		}
		let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
		if (angle > 90) angle -= 180;
		if (angle < -90) angle += 180;
		out.push({
			type: 'text',
			layer: 'DIMENSIONS',
			at: { x: (a.x + b.x) / 2 - n.x * textSize * 0.3, y: (a.y + b.y) / 2 - n.y * textSize * 0.3 },
			text: `${Math.round(length)}`,
			size: textSize * 0.8,
			rotation: angle,
			id: d.id
		});
	}
	return out;
}

function boundsOf(primitives: Primitive[]): Bounds {
	const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	const add = (p: Vec2, r = 0) => {
		b.minX = Math.min(b.minX, p.x - r);
		b.minY = Math.min(b.minY, p.y - r);
		b.maxX = Math.max(b.maxX, p.x + r);
		b.maxY = Math.max(b.maxY, p.y + r);
	};
	for (const p of primitives) {
		if (p.type === 'text') add(p.at, p.size * Math.max(1, p.text.length * 0.3));
		else for (const q of flatten(p)) add(q);
	}
	if (!Number.isFinite(b.minX)) return { minX: 0, minY: 0, maxX: 100, maxY: 100 };
	return b;
}

/** Everything drawn on one level, walls first so fills paint under labels. */
export function planDrawing(doc: PlanDocument, options: DrawingOptions = {}): PlanDrawing {
	const level = options.level ?? defaultLevel(doc);
	const textSize = options.textSize ?? 20;
	const openings = new Map<string, Opening[]>();
	for (const o of Object.values(doc.openings)) {
		const list = openings.get(o.wall);
		if (list) list.push(o);
		else openings.set(o.wall, [o]);
	}
	const rooms = roomPrimitives(doc, onLevel(doc.rooms, level), textSize);
	const primitives: Primitive[] = [
		...rooms.filter((p) => p.layer === 'ROOMS'),
		...wallPrimitives(doc, onLevel(doc.walls, level), openings)
	];
	for (const f of onLevel(doc.furniture, level)) {
		const points = footprint(f);
		primitives.push({ type: 'polygon', layer: 'FURNITURE', points, id: f.id });
	}
	primitives.push(...rooms.filter((p) => p.layer === 'TEXT'));
	for (const l of onLevel(doc.labels, level))
		primitives.push({
			type: 'text',
			layer: 'TEXT',
			at: { x: l.x, y: l.y },
			text: l.text,
			size: l.size,
			rotation: (l.rotation * 180) / Math.PI,
			id: l.id
		});
	primitives.push(...dimensionPrimitives(doc, level, textSize));
	return { level, primitives, bounds: boundsOf(primitives) };
}
