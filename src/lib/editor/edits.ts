import { collectionOfId, newId } from '../plan/ids';
import { slideOffset } from './tools/opening/on-wall';
import {
	COLLECTIONS,
	ID_PREFIX,
	type CollectionName,
	type CornerId,
	type LevelId,
	type PlanDocument,
	type RecordId,
	type Vec2
} from '../plan/types';

/**
 * Pure edits of the selection: each takes a document and returns the next one, sharing every
 * collection it does not touch (so the renderer and diffs see only what changed).
 */

type AnyRecord = Record<string, unknown> & { id: string };
type Coll = Record<string, AnyRecord>;

const coll = (doc: PlanDocument, c: CollectionName) => doc[c] as unknown as Coll;

function byCollection(ids: Iterable<RecordId>): Map<CollectionName, Set<string>> {
	const out = new Map<CollectionName, Set<string>>();
	for (const id of ids) {
		const c = collectionOfId(id);
		if (!c) continue;
		if (!out.has(c)) out.set(c, new Set());
		out.get(c)!.add(id);
	}
	return out;
}

/** Corners that move when the selection moves: selected corners and the ends of selected walls. */
export function cornersOf(doc: PlanDocument, ids: Iterable<RecordId>): Set<CornerId> {
	const out = new Set<CornerId>();
	for (const id of ids) {
		if (id.startsWith('corner:') && doc.corners[id as CornerId]) out.add(id as CornerId);
		const w = doc.walls[id as keyof PlanDocument['walls']];
		if (w) {
			out.add(w.start);
			out.add(w.end);
		}
	}
	return out;
}

/**
 * Moves the selection by `d`. Openings slide along their wall (clamped to it) unless their
 * wall moves too; walls move by their corners; rooms drawn freely move their outline.
 */
export function translateSelection(
	doc: PlanDocument,
	ids: ReadonlySet<RecordId>,
	d: Vec2
): PlanDocument {
	const next = { ...doc };
	const corners = cornersOf(doc, ids);
	if (corners.size) {
		const cs = { ...doc.corners };
		for (const id of corners) cs[id] = { ...cs[id], x: cs[id].x + d.x, y: cs[id].y + d.y };
		next.corners = cs;
	}
	const groups = byCollection(ids);
	const moveXY = <C extends 'furniture' | 'labels'>(c: C) => {
		const sel = groups.get(c);
		if (!sel) return;
		const out = { ...coll(doc, c) };
		for (const id of sel) {
			const r = out[id] as AnyRecord & Vec2;
			if (r) out[id] = { ...r, x: r.x + d.x, y: r.y + d.y };
		}
		(next as unknown as Record<string, Coll>)[c] = out;
	};
	moveXY('furniture');
	moveXY('labels');
	const dims = groups.get('dimensions');
	if (dims) {
		const out = { ...doc.dimensions };
		for (const id of dims as Set<keyof typeof out>) {
			const r = out[id];
			if (r) out[id] = { ...r, x1: r.x1 + d.x, y1: r.y1 + d.y, x2: r.x2 + d.x, y2: r.y2 + d.y };
		}
		next.dimensions = out;
	}
	const rooms = groups.get('rooms');
	if (rooms) {
		const out = { ...doc.rooms };
		for (const id of rooms as Set<keyof typeof out>) {
			const r = out[id];
			if (r && !r.derived)
				out[id] = { ...r, polygon: r.polygon.map((p) => ({ x: p.x + d.x, y: p.y + d.y })) };
		}
		next.rooms = out;
	}
	const openings = groups.get('openings');
	if (openings) {
		const out = { ...doc.openings };
		for (const id of openings as Set<keyof typeof out>) {
			const o = out[id];
			const w = o && doc.walls[o.wall];
			if (!w || ids.has(w.id)) continue;
			// Slides along the wall's centre line: the chord for a straight wall, the arc for a curved one.
			const offset = slideOffset(doc, o, d);
			if (offset !== null) out[id] = { ...o, offset };
		}
		next.openings = out;
	}
	return next;
}

/** Corners no wall uses any more (after walls were removed), to remove with them. */
export function orphanCorners(doc: PlanDocument, level?: LevelId): CornerId[] {
	const used = new Set<string>();
	for (const w of Object.values(doc.walls)) {
		used.add(w.start);
		used.add(w.end);
	}
	return Object.values(doc.corners)
		.filter((c) => !used.has(c.id) && (!level || c.level === level))
		.map((c) => c.id);
}

/** A self-contained piece of a plan: what copy puts on the clipboard. */
export interface PlanFragment {
	kind: 'house-planner/fragment';
	records: Partial<Record<CollectionName, AnyRecord[]>>;
}

/** The selection plus what it needs to stand alone (the corners of walls, openings' walls). */
export function copySelection(doc: PlanDocument, ids: ReadonlySet<RecordId>): PlanFragment {
	const records: PlanFragment['records'] = {};
	const push = (c: CollectionName, r: AnyRecord) => (records[c] ??= []).push(r);
	const wallIds = new Set<RecordId>();
	for (const id of ids) if (doc.walls[id as keyof PlanDocument['walls']]) wallIds.add(id);
	for (const id of wallIds) push('walls', coll(doc, 'walls')[id]);
	for (const c of cornersOf(doc, wallIds)) push('corners', coll(doc, 'corners')[c]);
	for (const o of Object.values(doc.openings))
		if (wallIds.has(o.wall)) push('openings', o as unknown as AnyRecord);
	for (const c of ['furniture', 'labels', 'dimensions'] as const)
		for (const id of ids) {
			const r = coll(doc, c)[id];
			if (r) push(c, r);
		}
	for (const id of ids) {
		const r = doc.rooms[id as keyof PlanDocument['rooms']];
		if (r && !r.derived) push('rooms', r as unknown as AnyRecord);
	}
	return { kind: 'house-planner/fragment', records };
}

export function isFragment(value: unknown): value is PlanFragment {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as PlanFragment).kind === 'house-planner/fragment' &&
		typeof (value as PlanFragment).records === 'object'
	);
}

/**
 * Adds a fragment to `doc` on `level` with fresh ids, moved by `d`. Returns the new document
 * and the ids of the pasted records (to select them).
 */
export function pasteFragment(
	doc: PlanDocument,
	frag: PlanFragment,
	level: LevelId,
	d: Vec2
): { doc: PlanDocument; ids: RecordId[] } {
	const idMap = new Map<string, string>();
	for (const c of COLLECTIONS)
		for (const r of frag.records[c] ?? []) idMap.set(r.id, newId(ID_PREFIX[c] as never));
	const map = (id: unknown) => idMap.get(id as string) ?? id;
	const next = { ...doc };
	const pasted: RecordId[] = [];
	for (const c of COLLECTIONS) {
		const list = frag.records[c];
		if (!list?.length || c === 'levels') continue;
		const out = { ...coll(doc, c) };
		for (const r of list) {
			const copy: AnyRecord = { ...r, id: map(r.id) as string };
			if ('level' in copy) copy.level = level;
			if (c === 'corners' || c === 'furniture' || c === 'labels') {
				copy.x = (r.x as number) + d.x;
				copy.y = (r.y as number) + d.y;
			}
			if (c === 'dimensions')
				Object.assign(copy, {
					x1: (r.x1 as number) + d.x,
					y1: (r.y1 as number) + d.y,
					x2: (r.x2 as number) + d.x,
					y2: (r.y2 as number) + d.y
				});
			if (c === 'walls') Object.assign(copy, { start: map(r.start), end: map(r.end) });
			if (c === 'openings') copy.wall = map(r.wall);
			if (c === 'rooms')
				copy.polygon = (r.polygon as Vec2[]).map((p) => ({ x: p.x + d.x, y: p.y + d.y }));
			out[copy.id] = copy;
			if (c !== 'corners') pasted.push(copy.id as RecordId);
		}
		(next as unknown as Record<string, Coll>)[c] = out;
	}
	return { doc: next, ids: pasted };
}
