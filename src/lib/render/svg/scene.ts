import type {
	Dimension,
	Furniture,
	Label,
	LevelId,
	Opening,
	PlanDocument,
	Room,
	Vec2,
	Wall
} from '../../plan/types';
import {
	frameOf,
	joinWalls,
	openingGap,
	openingShapes,
	wallMiddle,
	wallShapes
} from '../../geometry/outline';
import { polygonCentroid, svgPath, svgPaths } from '../../geometry/shape2d';
import type { WallFrame } from '../../geometry/frame';

/**
 * Turns the document into flat lists of ready-to-draw items for one level. Items keep their
 * identity between builds when nothing about them changed, so Svelte's keyed `each` blocks
 * touch only the DOM nodes of what changed (dragging one corner redraws a handful of walls).
 */

export interface WallItem {
	id: Wall['id'];
	d: string;
	/** The middle of the centre line (on the arc for curved walls) and its length. */
	mid: Vec2;
	length: number;
}
export interface OpeningItem {
	id: Opening['id'];
	kind: Opening['kind'];
	d: string;
	/** The gap's outline, for hit testing and selection. */
	gap: string;
}
export interface RoomItem {
	id: Room['id'];
	points: string;
	name: string;
	/** Net floor area in cm², or null when topology has none for the room. */
	area: number | null;
	labelAt: Vec2;
}
export interface FurnitureItem {
	record: Furniture;
	transform: string;
}

export interface PlanScene {
	walls: WallItem[];
	openings: OpeningItem[];
	rooms: RoomItem[];
	furniture: FurnitureItem[];
	labels: Label[];
	dimensions: Dimension[];
	/** Walls of the level below, drawn faded. */
	below: WallItem[];
}

export type RoomAreaFn = (doc: PlanDocument, level: LevelId) => Map<string, number>;

const byLevel = <T extends { level: LevelId }>(records: Record<string, T>, level: LevelId): T[] => {
	const out: T[] = [];
	for (const r of Object.values(records)) if (r.level === level) out.push(r);
	return out;
};

const round1 = (v: number) => Math.round(v * 10) / 10;

export class SceneBuilder {
	private wallCache = new Map<string, WallItem>();
	private openingCache = new Map<string, OpeningItem>();
	private roomCache = new Map<string, RoomItem>();
	private furnitureCache = new Map<string, FurnitureItem>();
	private last: {
		doc: PlanDocument;
		level: LevelId;
		scene: PlanScene;
	} | null = null;

	constructor(private roomAreas: RoomAreaFn | null = null) {}

	build(doc: PlanDocument, level: LevelId): PlanScene {
		const prev = this.last?.level === level ? this.last : null;
		const geometryChanged =
			!prev ||
			prev.doc.walls !== doc.walls ||
			prev.doc.corners !== doc.corners ||
			prev.doc.openings !== doc.openings;
		// Derived rooms store their outline inside the wall faces, so any wall change that moves
		// a room changes the rooms collection too: rooms (and their areas) follow it alone.
		const roomsChanged = !prev || prev.doc.rooms !== doc.rooms;
		const scene: PlanScene = {
			walls: geometryChanged ? [] : prev.scene.walls,
			openings: geometryChanged ? [] : prev.scene.openings,
			rooms: roomsChanged ? this.buildRooms(doc, level) : prev.scene.rooms,
			furniture:
				prev && prev.doc.furniture === doc.furniture
					? prev.scene.furniture
					: this.buildFurniture(doc, level),
			labels:
				prev && prev.doc.labels === doc.labels ? prev.scene.labels : byLevel(doc.labels, level),
			dimensions:
				prev && prev.doc.dimensions === doc.dimensions
					? prev.scene.dimensions
					: byLevel(doc.dimensions, level),
			below: prev ? prev.scene.below : []
		};
		const moved = geometryChanged ? this.movedCorners(doc, prev?.doc ?? null) : null;
		if (geometryChanged) this.buildWalls(doc, level, scene, moved, prev?.scene ?? null);
		// The level below changes only with the walls, the levels, or a corner moved off this level.
		const belowKept =
			prev &&
			prev.doc.levels === doc.levels &&
			(!geometryChanged ||
				(moved !== null && [...moved].every((c) => doc.corners[c as never]?.level === level)));
		if (!belowKept) scene.below = this.buildBelow(doc, level);
		this.last = { doc, level, scene };
		return scene;
	}

	/** The selected wall's drawn item (this level's last build), without a map of every wall. */
	wall(id: string): WallItem | undefined {
		return this.wallCache.get(id);
	}
	opening(id: string): OpeningItem | undefined {
		return this.openingCache.get(id);
	}

	private wallsAt = new Map<string, Wall[]>();
	private wallsRef: PlanDocument['walls'] | null = null;
	private wallsLevel: LevelId | null = null;
	private openingsByWall = new Map<string, Opening[]>();
	private openingsRef: PlanDocument['openings'] | null = null;

	/** Corners that moved when only corners changed (a drag); null when walls or openings did. */
	private movedCorners(doc: PlanDocument, prev: PlanDocument | null): Set<string> | null {
		if (!prev || prev.walls !== doc.walls || prev.openings !== doc.openings) return null;
		const corners = new Set<string>();
		if (prev.corners !== doc.corners)
			for (const id in doc.corners)
				if (
					doc.corners[id as keyof typeof doc.corners] !==
					prev.corners[id as keyof typeof doc.corners]
				)
					corners.add(id);
		return corners;
	}

	/** Which walls need a new outline: walls at moved corners, and their neighbours. */
	private dirtyWalls(corners: Set<string>): Set<string> {
		const dirty = new Set<string>();
		for (const c of corners)
			for (const w of this.wallsAt.get(c) ?? []) {
				dirty.add(w.id);
				// A neighbour's mitre at the far corner of a moved wall changes too.
				for (const end of [w.start, w.end])
					for (const n of this.wallsAt.get(end) ?? []) dirty.add(n.id);
			}
		return dirty;
	}

	private buildWalls(
		doc: PlanDocument,
		level: LevelId,
		scene: PlanScene,
		moved: Set<string> | null,
		prevScene: PlanScene | null
	) {
		// Only corners moved: `wallsAt` is still this level's (walls and level unchanged).
		const dirty =
			moved && this.wallsRef === doc.walls && this.wallsLevel === level
				? this.dirtyWalls(moved)
				: null;
		if (dirty && prevScene && this.patchWalls(doc, dirty, scene, prevScene)) return;
		const walls = byLevel(doc.walls, level);
		if (this.wallsRef !== doc.walls || this.wallsLevel !== level) {
			this.wallsRef = doc.walls;
			this.wallsLevel = level;
			this.wallsAt = new Map();
			for (const w of walls)
				for (const c of [w.start, w.end]) {
					const list = this.wallsAt.get(c);
					if (list) list.push(w);
					else this.wallsAt.set(c, [w]);
				}
		}
		if (this.openingsRef !== doc.openings) {
			this.openingsRef = doc.openings;
			this.openingsByWall = new Map();
			for (const o of Object.values(doc.openings)) {
				const list = this.openingsByWall.get(o.wall);
				if (list) list.push(o);
				else this.openingsByWall.set(o.wall, [o]);
			}
		}
		// Joins only for the walls to redraw, with every wall meeting them at their corners.
		let toJoin = walls;
		if (dirty) {
			const near = new Set<Wall>();
			for (const id of dirty) {
				const w = doc.walls[id as Wall['id']];
				if (!w) continue;
				for (const c of [w.start, w.end]) for (const n of this.wallsAt.get(c) ?? []) near.add(n);
			}
			toJoin = [...near];
		}
		const joined = joinWalls(doc, toJoin);
		const nextWalls = new Map<string, WallItem>();
		const nextOpenings = new Map<string, OpeningItem>();
		for (const w of walls) {
			const cached = this.wallCache.get(w.id);
			if (dirty && !dirty.has(w.id) && cached) {
				nextWalls.set(w.id, cached);
				scene.walls.push(cached);
				for (const o of this.openingsByWall.get(w.id) ?? []) {
					const oc = this.openingCache.get(o.id);
					if (oc) {
						nextOpenings.set(o.id, oc);
						scene.openings.push(oc);
					}
				}
				continue;
			}
			const j = joined.get(w.id);
			if (!j) continue;
			const ops = this.openingsByWall.get(w.id) ?? [];
			const item = wallItem(j.frame, svgPaths(wallShapes(j, ops)), w.id, cached);
			nextWalls.set(w.id, item);
			scene.walls.push(item);
			for (const o of ops) {
				const od = svgPaths(openingShapes(j.frame, o));
				const gap = svgPath(openingGap(j.frame, o));
				const oc = this.openingCache.get(o.id);
				const oi =
					oc && oc.d === od && oc.gap === gap && oc.kind === o.kind
						? oc
						: { id: o.id, kind: o.kind, d: od, gap };
				nextOpenings.set(o.id, oi);
				scene.openings.push(oi);
			}
		}
		this.wallCache = nextWalls;
		this.openingCache = nextOpenings;
		this.wallIndex = new Map(scene.walls.map((w, i) => [w.id, i]));
		this.openingIndex = new Map(scene.openings.map((o, i) => [o.id, i]));
	}

	/** Where each item sits in the last built lists, for patching them in place. */
	private wallIndex = new Map<string, number>();
	private openingIndex = new Map<string, number>();

	/**
	 * Only corners moved (a drag): redraws the dirty walls and their openings in place of their
	 * old items, without walking every wall. The lists keep their identity when nothing drawn
	 * changed and are copied once otherwise. False when the lists cannot be patched (a dirty
	 * wall or opening that was not drawn, or no longer joins): then everything is rebuilt.
	 */
	private patchWalls(
		doc: PlanDocument,
		dirty: Set<string>,
		scene: PlanScene,
		prev: PlanScene
	): boolean {
		const near = new Set<Wall>();
		for (const id of dirty) {
			const w = doc.walls[id as Wall['id']];
			if (!w || !this.wallIndex.has(id)) return false;
			for (const c of [w.start, w.end]) for (const n of this.wallsAt.get(c) ?? []) near.add(n);
		}
		const joined = joinWalls(doc, near);
		const walls: [number, WallItem][] = [];
		const openings: [number, OpeningItem][] = [];
		for (const id of dirty) {
			const j = joined.get(id as Wall['id']);
			if (!j) return false;
			const ops = this.openingsByWall.get(id) ?? [];
			const cached = this.wallCache.get(id);
			const item = wallItem(j.frame, svgPaths(wallShapes(j, ops)), j.wall.id, cached);
			if (item !== cached) walls.push([this.wallIndex.get(id)!, item]);
			for (const o of ops) {
				const at = this.openingIndex.get(o.id);
				if (at === undefined) return false;
				const od = svgPaths(openingShapes(j.frame, o));
				const gap = svgPath(openingGap(j.frame, o));
				const oc = this.openingCache.get(o.id);
				if (oc && oc.d === od && oc.gap === gap && oc.kind === o.kind) continue;
				openings.push([at, { id: o.id, kind: o.kind, d: od, gap }]);
			}
		}
		scene.walls = walls.length ? prev.walls.slice() : prev.walls;
		for (const [at, item] of walls) {
			scene.walls[at] = item;
			this.wallCache.set(item.id, item);
		}
		scene.openings = openings.length ? prev.openings.slice() : prev.openings;
		for (const [at, item] of openings) {
			scene.openings[at] = item;
			this.openingCache.set(item.id, item);
		}
		return true;
	}

	private buildBelow(doc: PlanDocument, level: LevelId): WallItem[] {
		const current = doc.levels[level];
		if (!current) return [];
		const lower = Object.values(doc.levels)
			.filter((l) => l.order < current.order)
			.sort((a, b) => b.order - a.order)[0];
		if (!lower) return [];
		const out: WallItem[] = [];
		for (const j of joinWalls(doc, byLevel(doc.walls, lower.id)).values())
			out.push(wallItem(j.frame, svgPaths(wallShapes(j, [])), j.wall.id));
		return out;
	}

	private buildRooms(doc: PlanDocument, level: LevelId): RoomItem[] {
		const areas = this.roomAreas ? this.roomAreas(doc, level) : null;
		const next = new Map<string, RoomItem>();
		const out: RoomItem[] = [];
		for (const r of byLevel(doc.rooms, level)) {
			if (r.polygon.length < 3) continue;
			const points = r.polygon.map((p) => `${round1(p.x)},${round1(p.y)}`).join(' ');
			const area = areas?.get(r.id) ?? null;
			const cached = this.roomCache.get(r.id);
			const item =
				cached && cached.points === points && cached.name === r.name && cached.area === area
					? cached
					: { id: r.id, points, name: r.name, area, labelAt: polygonCentroid(r.polygon) };
			next.set(r.id, item);
			out.push(item);
		}
		this.roomCache = next;
		return out;
	}

	private buildFurniture(doc: PlanDocument, level: LevelId): FurnitureItem[] {
		const next = new Map<string, FurnitureItem>();
		const out: FurnitureItem[] = [];
		for (const f of byLevel(doc.furniture, level)) {
			const cached = this.furnitureCache.get(f.id);
			const item =
				cached && cached.record === f ? cached : { record: f, transform: furnitureTransform(f) };
			next.set(f.id, item);
			out.push(item);
		}
		this.furnitureCache = next;
		return out;
	}
}

function wallItem(f: WallFrame, d: string, id: Wall['id'], cached?: WallItem): WallItem {
	const { at, length } = wallMiddle(f);
	if (cached && cached.d === d && cached.length === length) return cached;
	return { id, d, mid: at, length };
}

/** The marks of an opening not in the document yet (the door and window tools' preview). */
export function openingPreviewPath(doc: PlanDocument, o: Opening): string {
	const w = doc.walls[o.wall];
	const f = w && frameOf(doc, w);
	return f ? svgPaths(openingShapes(f, o)) : '';
}

/** Places a catalog symbol (drawn from (0,0) to (width, depth)) at the piece's centre. */
export function furnitureTransform(f: Furniture): string {
	const deg = round1((f.rotation * 180) / Math.PI);
	const mirror = f.mirrored ? ` scale(-1 1)` : '';
	return `translate(${round1(f.x)} ${round1(f.y)}) rotate(${deg})${mirror} translate(${round1(-f.width / 2)} ${round1(-f.depth / 2)})`;
}
