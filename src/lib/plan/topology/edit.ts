/**
 * Edits of the wall graph. Each takes a document and returns `{ diff, doc }` (see `draft.ts`):
 * the diff from the given document, computed with `diffDocuments`, and the document after it.
 * Unless `rooms: false` is passed, each edit also brings the derived rooms of the level in
 * line (`updateLevelRooms`), so one diff holds the whole change and undo restores rooms too.
 */
import { newId } from '../ids';
import { WALL_DEFAULTS } from '../records/wall';
import type { CornerId, LevelId, Opening, PlanDocument, Vec2, Wall, WallId } from '../types';
import { draftOf, resultOf, type TopologyResult } from './draft';
import { updateLevelRooms, type UpdateRoomsOptions } from './rooms';
import {
	closestOnSegment,
	cross,
	distance,
	dot,
	lerp,
	normalize,
	segmentIntersection,
	sub
} from './vec';
import {
	arcOf,
	heightAt,
	isArc,
	pathLength,
	pointAlong,
	projectOnPath,
	tangentAt
} from './wallPath';

/** Default snapping distance of wall ends to corners and walls, in cm. */
export const SNAP = 1;
/** Two walls count as collinear when their directions differ by less than this (radians). */
const COLLINEAR = 1e-6;

export interface EditOptions extends UpdateRoomsOptions {
	/** Distance within which an end snaps onto a corner or a wall (cm, default `SNAP`). */
	snap?: number;
	/** Update the level's derived rooms too (default true). */
	rooms?: boolean;
}

export type WallProps = Partial<Omit<Wall, 'id' | 'level' | 'start' | 'end'>>;

type Draft = PlanDocument;

const wallsOn = (d: Draft, level: LevelId) =>
	Object.values(d.walls).filter((w) => w.level === level);
const wallsAt = (d: Draft, corner: CornerId) =>
	Object.values(d.walls).filter((w) => w.start === corner || w.end === corner);
const lengthOf = (d: Draft, w: Wall) =>
	pathLength(d.corners[w.start], d.corners[w.end], w.arcExtent);
const heightAtCorner = (w: Wall, c: CornerId) =>
	w.start === c ? w.height : (w.heightAtEnd ?? w.height);

function finish(doc: PlanDocument, d: Draft, level: LevelId, opts: EditOptions): TopologyResult {
	if (opts.rooms !== false) updateLevelRooms(d, level, opts);
	return resultOf(doc, d);
}

function newCorner(d: Draft, level: LevelId, p: Vec2): CornerId {
	const id = newId('corner');
	d.corners[id] = { id, level, x: p.x, y: p.y };
	return id;
}

function deleteWall(d: Draft, id: WallId) {
	delete d.walls[id];
	for (const o of Object.values(d.openings)) if (o.wall === id) delete d.openings[o.id];
}

/**
 * Splits a wall in the draft at the point of its centre line nearest `at`. The start part
 * keeps the id; openings go to the part holding their centre. Returns the corner there (an
 * existing end corner when `at` is within `snap` of it, without splitting).
 */
function splitIn(d: Draft, wallId: WallId, at: Vec2, snap: number) {
	const wall = d.walls[wallId];
	const a = d.corners[wall.start];
	const b = d.corners[wall.end];
	const len = pathLength(a, b, wall.arcExtent);
	const { offset: s, point } = projectOnPath(a, b, wall.arcExtent, at);
	if (s <= snap) return { corner: wall.start, walls: [wallId] };
	if (s >= len - snap) return { corner: wall.end, walls: [wallId] };
	const corner = newCorner(d, wall.level, point);
	const sloped = wall.heightAtEnd !== null;
	const hMid = heightAt(wall, s, len);
	const frac = s / len;
	const first: Wall = {
		...wall,
		end: corner,
		heightAtEnd: sloped ? hMid : null,
		arcExtent: isArc(wall.arcExtent) ? wall.arcExtent * frac : wall.arcExtent
	};
	const second: Wall = {
		...wall,
		id: newId('wall'),
		start: corner,
		height: sloped ? hMid : wall.height,
		arcExtent: isArc(wall.arcExtent) ? wall.arcExtent * (1 - frac) : wall.arcExtent
	};
	d.walls[first.id] = first;
	d.walls[second.id] = second;
	for (const o of Object.values(d.openings))
		if (o.wall === wallId && o.offset > s)
			d.openings[o.id] = { ...o, wall: second.id, offset: o.offset - s };
	return { corner, walls: [first.id, second.id] };
}

export function splitWall(
	doc: PlanDocument,
	wallId: WallId,
	at: Vec2,
	opts: EditOptions = {}
): TopologyResult & { corner: CornerId; walls: WallId[] } {
	const wall = doc.walls[wallId];
	if (!wall) throw new Error(`splitWall: no wall ${wallId}`);
	const d = draftOf(doc);
	const r = splitIn(d, wallId, at, opts.snap ?? SNAP);
	return { ...finish(doc, d, wall.level, opts), ...r };
}

/** A corner for a wall end: the one given, a corner within snap, a split wall, or a new one. */
function resolveEnd(d: Draft, level: LevelId, end: Vec2 | CornerId, snap: number): CornerId {
	if (typeof end === 'string') {
		if (!d.corners[end]) throw new Error(`addWall: no corner ${end}`);
		return end;
	}
	let best: CornerId | null = null;
	let bestDist = snap;
	for (const c of Object.values(d.corners))
		if (c.level === level && distance(c, end) <= bestDist) {
			best = c.id;
			bestDist = distance(c, end);
		}
	if (best) return best;
	let onWall: WallId | null = null;
	bestDist = snap;
	for (const w of wallsOn(d, level)) {
		const p = projectOnPath(d.corners[w.start], d.corners[w.end], w.arcExtent, end);
		if (p.distance <= bestDist) {
			onWall = w.id;
			bestDist = p.distance;
		}
	}
	if (onWall) return splitIn(d, onWall, end, snap).corner;
	return newCorner(d, level, end);
}

const joining = (d: Draft, p: CornerId, q: CornerId) =>
	Object.values(d.walls).find(
		(w) => !isArc(w.arcExtent) && ((w.start === p && w.end === q) || (w.start === q && w.end === p))
	);

/**
 * Adds a wall from a to b (points or corners). Ends snap to corners within `snap`, or split
 * the wall they land on. A straight new wall is split wherever it passes through a corner or
 * crosses a straight wall (which is split too); stretches that an existing wall already covers
 * are reused, never duplicated; existing arc walls are split where it crosses them too. A new
 * ARC wall is added as one wall, without crossing splits.
 * `walls` are the walls now running from a to b in order; `corners` the corners along it.
 */
export function addWall(
	doc: PlanDocument,
	level: LevelId,
	a: Vec2 | CornerId,
	b: Vec2 | CornerId,
	props: WallProps = {},
	opts: EditOptions = {}
): TopologyResult & { walls: WallId[]; corners: CornerId[] } {
	const snap = opts.snap ?? SNAP;
	const d = draftOf(doc);
	const ca = resolveEnd(d, level, a, snap);
	const cb = resolveEnd(d, level, b, snap);
	if (ca === cb) return { diff: { records: {} }, doc, walls: [], corners: [ca] };
	const pa = d.corners[ca];
	const pb = d.corners[cb];
	const full = { ...WALL_DEFAULTS, ...props };
	const stops: { t: number; corner: CornerId }[] = [
		{ t: 0, corner: ca },
		{ t: 1, corner: cb }
	];
	if (!isArc(full.arcExtent)) {
		const len = distance(pa, pb);
		for (const c of Object.values(d.corners)) {
			if (c.level !== level || c.id === ca || c.id === cb) continue;
			const { point, t } = closestOnSegment(c, pa, pb);
			if (t > 0 && t < 1 && distance(point, c) <= snap) stops.push({ t, corner: c.id });
		}
		for (const w of wallsOn(d, level)) {
			const p = d.corners[w.start];
			const q = d.corners[w.end];
			const ts = crossings(pa, pb, p, q, w.arcExtent).filter((t) => {
				const at = lerp(pa, pb, t);
				// Crossings at an end of either wall are corners found above or snapped ends.
				return Math.min(t, 1 - t) * len > snap && Math.min(distance(at, p), distance(at, q)) > snap;
			});
			// Split one crossing at a time, each on the piece of `w` it now lies on.
			const pieces = [w.id];
			for (const t of ts) {
				const at = lerp(pa, pb, t);
				const piece = pieces
					.map((id) => d.walls[id])
					.map((x) => ({
						id: x.id,
						far: projectOnPath(d.corners[x.start], d.corners[x.end], x.arcExtent, at).distance
					}))
					.reduce((a, b) => (b.far < a.far ? b : a));
				const split = splitIn(d, piece.id, at, snap);
				pieces.push(...split.walls.filter((id) => !pieces.includes(id)));
				stops.push({ t, corner: split.corner });
			}
		}
	}
	stops.sort((x, y) => x.t - y.t);
	const corners: CornerId[] = [];
	for (const s of stops) if (corners[corners.length - 1] !== s.corner) corners.push(s.corner);
	const walls: WallId[] = [];
	const t = (i: number) => stops.find((s) => s.corner === corners[i])!.t;
	for (let i = 0; i + 1 < corners.length; i++) {
		const existing = isArc(full.arcExtent) ? undefined : joining(d, corners[i], corners[i + 1]);
		if (existing) {
			walls.push(existing.id);
			continue;
		}
		const slope = (x: number) =>
			full.heightAtEnd === null ? full.height : full.height + (full.heightAtEnd - full.height) * x;
		const wall: Wall = {
			...full,
			id: newId('wall'),
			level,
			start: corners[i],
			end: corners[i + 1],
			height: slope(t(i)),
			heightAtEnd: full.heightAtEnd === null ? null : slope(t(i + 1))
		};
		d.walls[wall.id] = wall;
		walls.push(wall.id);
	}
	return { ...finish(doc, d, level, opts), walls, corners };
}

/**
 * Parameters t in (0, 1) along the segment a→b where it crosses the centre line p→q (straight
 * or arc). Parallel straight walls never cross: their shared stretches go through corners.
 */
function crossings(a: Vec2, b: Vec2, p: Vec2, q: Vec2, extent: number | null): number[] {
	if (!isArc(extent)) {
		const hit = segmentIntersection(a, b, p, q);
		return hit && hit.t > 0 && hit.t < 1 && hit.u > 0 && hit.u < 1 ? [hit.t] : [];
	}
	const { centre, radius } = arcOf(p, q, extent);
	const dir = sub(b, a);
	const f = sub(a, centre);
	const qa = dot(dir, dir);
	const qb = 2 * dot(f, dir);
	const disc = qb * qb - 4 * qa * (dot(f, f) - radius * radius);
	if (disc < 0 || qa === 0) return [];
	const root = Math.sqrt(disc);
	return [(-qb - root) / (2 * qa), (-qb + root) / (2 * qa)].filter((t, i, all) => {
		if (t <= 0 || t >= 1 || (i === 1 && t === all[0])) return false;
		// On the circle; keep it only where the arc actually runs.
		const on = projectOnPath(p, q, extent, lerp(a, b, t));
		return on.distance <= 1e-6 * (1 + radius);
	});
}

/** The opening re-hung on `to`, keeping its place in the plan (and its hinge/swing sides). */
function rehang(d: Draft, o: Opening, from: Wall, to: Wall): Opening {
	const fa = d.corners[from.start];
	const fb = d.corners[from.end];
	const ta = d.corners[to.start];
	const tb = d.corners[to.end];
	const centre = pointAlong(fa, fb, from.arcExtent, o.offset);
	const offset = projectOnPath(ta, tb, to.arcExtent, centre).offset;
	const along = dot(tangentAt(fa, fb, from.arcExtent, 0), tangentAt(ta, tb, to.arcExtent, 0)) > 0;
	if (along) return { ...o, wall: to.id, offset };
	return {
		...o,
		wall: to.id,
		offset,
		hinge: o.hinge === 'start' ? 'end' : 'start',
		swing: o.swing === 'left' ? 'right' : 'left'
	};
}

/** The two walls at the corner when they are straight and continue each other, else null. */
function collinearPair(d: Draft, corner: CornerId): [Wall, Wall] | null {
	const at = wallsAt(d, corner);
	if (at.length !== 2 || at.some((w) => isArc(w.arcExtent) || w.start === w.end)) return null;
	const [w1, w2] = at;
	const far = (w: Wall) => (w.start === corner ? w.end : w.start);
	if (far(w1) === far(w2)) return null;
	const c = d.corners[corner];
	const u = normalize(sub(d.corners[far(w1)], c));
	const v = normalize(sub(d.corners[far(w2)], c));
	return Math.abs(cross(u, v)) < COLLINEAR && dot(u, v) < 0 ? [w1, w2] : null;
}

/**
 * Removes a corner. Between exactly two collinear straight walls it merges them into one:
 * the wall arriving at the corner (else the longer) keeps its id and properties, the other's
 * openings move onto it at the same place. Otherwise the corner goes with all its walls, their
 * openings, and the far corners left with no wall.
 */
export function removeCorner(
	doc: PlanDocument,
	cornerId: CornerId,
	opts: EditOptions = {}
): TopologyResult {
	const corner = doc.corners[cornerId];
	if (!corner) throw new Error(`removeCorner: no corner ${cornerId}`);
	const d = draftOf(doc);
	const pair = collinearPair(d, cornerId);
	if (pair) {
		const [w1, w2] = pair;
		const arrives = (w: Wall) => w.end === cornerId;
		const keep =
			arrives(w1) && !arrives(w2)
				? w1
				: arrives(w2) && !arrives(w1)
					? w2
					: lengthOf(d, w1) >= lengthOf(d, w2)
						? w1
						: w2;
		const other = keep === w1 ? w2 : w1;
		const farOther = other.start === cornerId ? other.end : other.start;
		const start = arrives(keep) ? keep.start : farOther;
		const end = arrives(keep) ? farOther : keep.end;
		const byCorner = (c: CornerId) => (keep.start === c || keep.end === c ? keep : other);
		const hStart = heightAtCorner(byCorner(start), start);
		const hEnd = heightAtCorner(byCorner(end), end);
		const flat = keep.heightAtEnd === null && other.heightAtEnd === null && hStart === hEnd;
		const merged: Wall = { ...keep, start, end, height: hStart, heightAtEnd: flat ? null : hEnd };
		const lenKeep = lengthOf(d, keep);
		const lenOther = lengthOf(d, other);
		// Offsets by arithmetic rather than projection, so a split then merge round-trips exactly.
		const place = (o: Opening, w: Wall, len: number, before: number): Opening => {
			const along = w === keep ? true : arrives(keep) === (w.start === cornerId);
			const offset = before + (along ? o.offset : len - o.offset);
			if (along) return { ...o, wall: merged.id, offset };
			return {
				...o,
				wall: merged.id,
				offset,
				hinge: o.hinge === 'start' ? 'end' : 'start',
				swing: o.swing === 'left' ? 'right' : 'left'
			};
		};
		for (const o of Object.values(d.openings)) {
			if (o.wall === keep.id && !arrives(keep))
				d.openings[o.id] = place(o, keep, lenKeep, lenOther);
			else if (o.wall === other.id)
				d.openings[o.id] = place(o, other, lenOther, arrives(keep) ? lenKeep : 0);
		}
		delete d.walls[other.id];
		d.walls[merged.id] = merged;
		delete d.corners[cornerId];
		return finish(doc, d, corner.level, opts);
	}
	const fars = new Set<CornerId>();
	for (const w of wallsAt(d, cornerId)) {
		deleteWall(d, w.id);
		fars.add(w.start === cornerId ? w.end : w.start);
	}
	delete d.corners[cornerId];
	for (const c of fars) if (c !== cornerId && wallsAt(d, c).length === 0) delete d.corners[c];
	return finish(doc, d, corner.level, opts);
}

/**
 * Moves a corner. Nothing else is re-snapped: a drag gesture calls this on every move from
 * its start document, and `settleCorner` once at its end.
 */
export function moveCorner(
	doc: PlanDocument,
	cornerId: CornerId,
	to: Vec2,
	opts: EditOptions = {}
): TopologyResult {
	const corner = doc.corners[cornerId];
	if (!corner) throw new Error(`moveCorner: no corner ${cornerId}`);
	const d = draftOf(doc);
	d.corners[cornerId] = { ...corner, x: to.x, y: to.y };
	return finish(doc, d, corner.level, opts);
}

function mergeIn(d: Draft, from: CornerId, into: CornerId) {
	for (const w of wallsAt(d, from)) {
		const moved: Wall = {
			...w,
			start: w.start === from ? into : w.start,
			end: w.end === from ? into : w.end
		};
		if (moved.start === moved.end) {
			deleteWall(d, w.id);
			continue;
		}
		const twin = isArc(moved.arcExtent)
			? undefined
			: Object.values(d.walls).find(
					(x) =>
						x.id !== w.id &&
						!isArc(x.arcExtent) &&
						((x.start === moved.start && x.end === moved.end) ||
							(x.start === moved.end && x.end === moved.start))
				);
		d.walls[w.id] = moved;
		if (twin) {
			for (const o of Object.values(d.openings))
				if (o.wall === w.id) d.openings[o.id] = rehang(d, o, moved, twin);
			delete d.walls[w.id];
		}
	}
	delete d.corners[from];
}

/**
 * Merges corner `from` into `into`: walls at `from` now end at `into`; a wall that shrinks to
 * nothing is removed with its openings, and a wall that would duplicate another is removed
 * after moving its openings onto the other.
 */
export function mergeCorners(
	doc: PlanDocument,
	from: CornerId,
	into: CornerId,
	opts: EditOptions = {}
): TopologyResult {
	const corner = doc.corners[from];
	if (!corner || !doc.corners[into]) throw new Error(`mergeCorners: no corner ${from} or ${into}`);
	if (from === into) return { diff: { records: {} }, doc };
	const d = draftOf(doc);
	mergeIn(d, from, into);
	return finish(doc, d, corner.level, opts);
}

/**
 * After a corner was dropped somewhere: merges it into another corner within `snap`, or
 * splits the wall it landed on and merges it into the new corner there; then splits its
 * straight walls and every wall they now cross at each crossing. Rooms are updated.
 */
export function settleCorner(
	doc: PlanDocument,
	cornerId: CornerId,
	opts: EditOptions = {}
): TopologyResult & { corner: CornerId } {
	const corner = doc.corners[cornerId];
	if (!corner) throw new Error(`settleCorner: no corner ${cornerId}`);
	const snap = opts.snap ?? SNAP;
	const d = draftOf(doc);
	const near = Object.values(d.corners).find(
		(c) => c.id !== cornerId && c.level === corner.level && distance(c, corner) <= snap
	);
	let target: CornerId | null = near?.id ?? null;
	if (!target) {
		const own = new Set(wallsAt(d, cornerId).map((w) => w.id));
		const hit = wallsOn(d, corner.level).find(
			(w) =>
				!own.has(w.id) &&
				w.start !== cornerId &&
				w.end !== cornerId &&
				projectOnPath(d.corners[w.start], d.corners[w.end], w.arcExtent, corner).distance <= snap
		);
		if (hit) target = splitIn(d, hit.id, corner, snap).corner;
	}
	if (target) mergeIn(d, cornerId, target);
	const settled = target ?? cornerId;
	for (const w of wallsAt(d, settled)) if (d.walls[w.id]) splitCrossingsIn(d, w.id, snap);
	return { ...finish(doc, d, corner.level, opts), corner: settled };
}

/**
 * Makes a straight wall planar again after one of its corners moved: wherever it now crosses
 * another wall, both are split and joined at one corner there.
 */
function splitCrossingsIn(d: Draft, wallId: WallId, snap: number) {
	const wall = d.walls[wallId];
	if (isArc(wall.arcExtent)) return;
	const pa = d.corners[wall.start];
	const pb = d.corners[wall.end];
	const len = distance(pa, pb);
	const hits: number[] = [];
	for (const x of wallsOn(d, wall.level)) {
		if (x.id === wallId) continue;
		const p = d.corners[x.start];
		const q = d.corners[x.end];
		for (const t of crossings(pa, pb, p, q, x.arcExtent)) {
			const at = lerp(pa, pb, t);
			if (Math.min(t, 1 - t) * len <= snap || Math.min(distance(at, p), distance(at, q)) <= snap)
				continue;
			hits.push(t);
		}
	}
	// From the far end back, so every later point still lies on the part keeping `wallId`.
	hits.sort((a, b) => b - a);
	for (const t of hits) {
		const at = lerp(pa, pb, t);
		// The crossed wall may have been split at an earlier hit (an arc crossed twice): split
		// whichever wall now runs through the point.
		const other = splitIn(d, nearestWall(d, wall.level, at, wallId), at, snap);
		const own = splitIn(d, wallId, at, snap);
		if (own.corner !== other.corner) mergeIn(d, own.corner, other.corner);
	}
}

function nearestWall(d: Draft, level: LevelId, p: Vec2, except: WallId): WallId {
	let best: WallId = except;
	let bestDist = Infinity;
	for (const w of wallsOn(d, level)) {
		if (w.id === except) continue;
		const far = projectOnPath(d.corners[w.start], d.corners[w.end], w.arcExtent, p).distance;
		if (far < bestDist) {
			best = w.id;
			bestDist = far;
		}
	}
	return best;
}
