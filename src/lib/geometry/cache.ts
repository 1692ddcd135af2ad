import type { Diff } from '../plan/diff';
import type { Corner, Level, Opening, PlanDocument, Room, Wall } from '../plan/types';
import { MeshBuilder, compactMesh } from './builder';
import { joinInput, wallFrame, type WallFrame } from './frame';
import { joinCorner, type JoinInput, type WallEnd } from './joins';
import { buildRoomSurface, ceilingKey } from './room';
import type { GeometryStats, MeshData, PlanGeometry } from './types';
import { WALL_GROUP_COUNT, buildWallMesh } from './wall';

/** Which meshes an update rebuilt (or added) and which it removed, by mesh key. */
export interface GeometryChanges {
	changed: string[];
	removed: string[];
}

const wallBuilder = new MeshBuilder(WALL_GROUP_COUNT);
const roomBuilder = new MeshBuilder(1);

/**
 * The geometry of a document kept up to date edit by edit. Documents are immutable, so a
 * record that did not change is the same object: `update` compares records by reference
 * and rebuilds only changed walls, the walls joined to them (their mitres depend on each
 * other), walls whose openings or level changed, and changed rooms. The result is exactly
 * what a full build of the same document gives.
 */
export class GeometryCache {
	/** Live map of the current meshes (see `PlanGeometry` for its keys). */
	readonly meshes = new Map<string, MeshData>();
	private doc: PlanDocument | null = null;
	private wallsAt = new Map<string, Set<string>>();
	private openingsOf = new Map<string, Map<string, Opening>>();
	private totals: GeometryStats = { meshes: 0, vertices: 0, triangles: 0, bytes: 0 };
	/** Bytes of meshes made since the last compaction (live or replaced since). */
	private made = 0;

	/**
	 * @param slack Mesh arrays are cut from shared slabs (see `builder.ts`), and a slab lives
	 *   while any mesh cut from it does. Once the meshes made since the last compaction exceed
	 *   twice the live ones plus `slack` bytes, the live meshes' arrays are copied to fresh
	 *   slabs (in place: same objects, same contents), so replaced meshes cannot pin old slabs
	 *   for ever during a long editing session.
	 */
	constructor(private readonly slack = 16 << 20) {}

	get geometry(): PlanGeometry {
		return { meshes: this.meshes, stats: { ...this.totals } };
	}

	/**
	 * Brings the geometry up to `doc`. `diff`, when given, must be the exact change from the
	 * previously passed document to `doc` (as the editor's history has it): then only its
	 * records are looked at, instead of comparing every record of each changed collection.
	 */
	update(doc: PlanDocument, diff?: Diff): GeometryChanges {
		const prev = this.doc;
		this.doc = doc;
		const changes: GeometryChanges = { changed: [], removed: [] };
		/** Corners whose walls must all be rebuilt (their joins changed). */
		const corners = new Set<string>();
		const rebuild = new Set<string>();
		const rooms = new Set<string>();

		for (const id of changedIds(prev, doc, diff, 'walls')) {
			const w = doc.walls[id as Wall['id']];
			const old = prev?.walls[id as Wall['id']];
			if (old === w) continue;
			if (old) this.unlinkWall(old);
			if (w) this.linkWall(w);
			rebuild.add(id);
			if (old && w && sameShape(old, w)) continue;
			if (old) corners.add(old.start).add(old.end);
			if (w) corners.add(w.start).add(w.end);
		}
		if (prev)
			for (const id of changedIds(prev, doc, diff, 'corners'))
				if (prev.corners[id as Corner['id']] !== doc.corners[id as Corner['id']])
					this.addCornerWithNeighbours(id, corners);
		for (const c of corners) for (const w of this.wallsAt.get(c) ?? []) rebuild.add(w);

		for (const id of changedIds(prev, doc, diff, 'openings')) {
			const o = doc.openings[id as Opening['id']];
			const old = prev?.openings[id as Opening['id']];
			if (old === o) continue;
			if (old) this.unlinkOpening(old, rebuild);
			if (o) this.linkOpening(o, rebuild);
		}

		for (const id of changedIds(prev, doc, diff, 'rooms'))
			if (prev?.rooms[id as Room['id']] !== doc.rooms[id as Room['id']]) rooms.add(id);

		if (prev) {
			const levels = new Set<string>();
			for (const id of changedIds(prev, doc, diff, 'levels'))
				if (prev.levels[id as Level['id']] !== doc.levels[id as Level['id']]) levels.add(id);
			if (levels.size) {
				for (const id in doc.walls)
					if (levels.has(doc.walls[id as Wall['id']].level)) rebuild.add(id);
				for (const id in doc.rooms)
					if (levels.has(doc.rooms[id as Room['id']].level)) rooms.add(id);
			}
		}

		const joins = new Map<string, Map<string, WallEnd> | null>();
		const frames = new Map<string, WallFrame | null>();
		for (const id of rebuild) {
			const wall = doc.walls[id as Wall['id']];
			const mesh = wall ? this.buildWall(wall, joins, frames) : null;
			this.put(id, mesh, changes);
		}
		for (const id of rooms) {
			const room = doc.rooms[id as Room['id']];
			const level = room ? doc.levels[room.level] : undefined;
			this.put(id, room ? buildRoomSurface(roomBuilder, room, level, 'floor') : null, changes);
			const ceiling = room ? buildRoomSurface(roomBuilder, room, level, 'ceiling') : null;
			this.put(ceilingKey(id), ceiling, changes);
		}
		if (this.made > 2 * this.totals.bytes + this.slack) {
			for (const m of this.meshes.values()) compactMesh(m);
			this.made = this.totals.bytes;
		}
		return changes;
	}

	private buildWall(
		wall: Wall,
		joins: Map<string, Map<string, WallEnd> | null>,
		frames: Map<string, WallFrame | null>
	): MeshData | null {
		const f = this.frame(wall.id, frames);
		if (!f) return null;
		const start = this.join(wall.start, joins, frames)?.get(wall.id);
		const end = this.join(wall.end, joins, frames)?.get(wall.id);
		if (!start || !end) return null;
		const openings = this.openingsOf.get(wall.id);
		const list = openings ? [...openings.values()] : [];
		const elevation = this.doc!.levels[wall.level]?.elevation ?? 0;
		return buildWallMesh(wallBuilder, wall, f, elevation, start, end, list);
	}

	private frame(id: string, frames: Map<string, WallFrame | null>): WallFrame | null {
		let f = frames.get(id);
		if (f !== undefined) return f;
		const doc = this.doc!;
		const w = doc.walls[id as Wall['id']];
		const a = w && w.start !== w.end ? doc.corners[w.start] : undefined;
		const b = w && a ? doc.corners[w.end] : undefined;
		f = a && b ? wallFrame(w, a, b) : null;
		frames.set(id, f);
		return f;
	}

	private join(
		cornerId: string,
		joins: Map<string, Map<string, WallEnd> | null>,
		frames: Map<string, WallFrame | null>
	): Map<string, WallEnd> | null {
		let j = joins.get(cornerId);
		if (j !== undefined) return j;
		const corner = this.doc!.corners[cornerId as `corner:${string}`];
		j = null;
		if (corner) {
			const inputs: JoinInput[] = [];
			for (const id of this.wallsAt.get(cornerId) ?? []) {
				const f = this.frame(id, frames);
				if (!f) continue;
				inputs.push(joinInput(id, f, this.doc!.walls[id as Wall['id']].start === cornerId));
			}
			j = inputs.length ? joinCorner(corner.x, corner.y, inputs) : null;
		}
		joins.set(cornerId, j);
		return j;
	}

	private put(key: string, mesh: MeshData | null, changes: GeometryChanges): void {
		const old = this.meshes.get(key);
		if (old) this.count(old, -1);
		if (mesh) {
			this.meshes.set(key, mesh);
			this.count(mesh, 1);
			this.made += bytesOf(mesh);
			changes.changed.push(key);
		} else if (old) {
			this.meshes.delete(key);
			changes.removed.push(key);
		}
	}

	private count(m: MeshData, sign: 1 | -1): void {
		const t = this.totals;
		t.meshes += sign;
		t.vertices += (sign * m.positions.length) / 3;
		t.triangles += (sign * m.indices.length) / 3;
		t.bytes += sign * bytesOf(m);
	}

	private addCornerWithNeighbours(cornerId: string, corners: Set<string>): void {
		corners.add(cornerId);
		// Walls at a moved corner change direction, so the joins at their far corners change too.
		for (const w of this.wallsAt.get(cornerId) ?? []) {
			const wall = this.doc!.walls[w as Wall['id']];
			if (wall) corners.add(wall.start).add(wall.end);
		}
	}

	private linkWall(w: Wall): void {
		for (const c of [w.start, w.end]) {
			let set = this.wallsAt.get(c);
			if (!set) this.wallsAt.set(c, (set = new Set()));
			set.add(w.id);
		}
	}

	private unlinkWall(w: Wall): void {
		for (const c of [w.start, w.end]) {
			const set = this.wallsAt.get(c);
			set?.delete(w.id);
			if (set?.size === 0) this.wallsAt.delete(c);
		}
	}

	private linkOpening(o: Opening, rebuild: Set<string>): void {
		let map = this.openingsOf.get(o.wall);
		if (!map) this.openingsOf.set(o.wall, (map = new Map()));
		map.set(o.id, o);
		rebuild.add(o.wall);
	}

	private unlinkOpening(o: Opening, rebuild: Set<string>): void {
		const map = this.openingsOf.get(o.wall);
		map?.delete(o.id);
		if (map?.size === 0) this.openingsOf.delete(o.wall);
		rebuild.add(o.wall);
	}
}

const bytesOf = (m: MeshData) =>
	m.positions.byteLength + m.normals.byteLength + m.uvs.byteLength + m.indices.byteLength;

type Keyed = 'walls' | 'corners' | 'openings' | 'rooms' | 'levels';

/** Ids of the records of collection `c` that may differ between `prev` and `next`. */
function changedIds(
	prev: PlanDocument | null,
	next: PlanDocument,
	diff: Diff | undefined,
	c: Keyed
): string[] {
	const after = next[c] as Record<string, unknown>;
	if (!prev) return Object.keys(after);
	const before = prev[c] as Record<string, unknown>;
	if (before === after) return [];
	if (diff) return Object.keys(diff.records[c] ?? {});
	const ids: string[] = [];
	for (const id in after) if (before[id] !== after[id]) ids.push(id);
	for (const id in before) if (!(id in after)) ids.push(id);
	return ids;
}

/** Fields of a wall that move its solid or its neighbours' joins. */
function sameShape(a: Wall, b: Wall): boolean {
	return (
		a.start === b.start &&
		a.end === b.end &&
		a.thickness === b.thickness &&
		a.arcExtent === b.arcExtent
	);
}

/** Builds the whole geometry of a document at once. */
export function buildPlanGeometry(doc: PlanDocument): PlanGeometry {
	const cache = new GeometryCache();
	cache.update(doc);
	return cache.geometry;
}
