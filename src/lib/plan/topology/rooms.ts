/**
 * Keeping `doc.rooms` in step with the faces of the wall graph.
 *
 * Decisions:
 * - A derived room keeps the face that covers most of its last outline, so its id, name and
 *   finishes survive walls moving, splitting and merging. Its stored `polygon` is the floor
 *   outline INSIDE the wall faces (`roomOutline`: arcs sampled, no straight-on corners,
 *   positive signed area), ready to draw; islands are not in it: `faceOfRoom` +
 *   `faceMeasures` give the holes, and areas come from `roomAreas`.
 * - Split: the larger part keeps the room; each other part lying at least half inside the old
 *   outline becomes a new derived room copying the finishes, named "<name> 2" (or 3, 4, … if
 *   taken on the level).
 * - Merge: the room overlapping the merged face most (the larger one) keeps it; the others
 *   are deleted.
 * - A room whose face is gone (its walls removed) is deleted.
 * - New faces become rooms only when asked (`autoRooms`, or `createRoomAt` for one face).
 *   A courtyard enclosed by a ring of rooms is a face like any other: walls cannot tell
 *   indoors from outdoors, so it only becomes a room if the person (or autoRooms) makes it one.
 * - Freely drawn rooms (`derived: false`) are never changed.
 */
import { newId } from '../ids';
import { ROOM_DEFAULTS } from '../records/room';
import { emptyDiff } from '../diff';
import type { LevelId, PlanDocument, Room, RoomId, Vec2 } from '../types';
import { resultOf, roomsDraftOf, type TopologyResult } from './draft';
import { faceContains, findFaces, type Face } from './faces';
import { matchRooms, overlapWithFace } from './match';
import { roomOutline } from './measure';
import { sameRing } from './vec';

export const DEFAULT_ROOM_NAME = 'Room';

export interface UpdateRoomsOptions {
	/** Create a room for every face no room covers (default false). */
	autoRooms?: boolean;
}

function nextName(base: string, taken: Set<string>): string {
	const stem = base || DEFAULT_ROOM_NAME;
	for (let n = 2; ; n++) if (!taken.has(`${stem} ${n}`)) return `${stem} ${n}`;
}

/** Updates the rooms of one level in a draft in place. */
export function updateLevelRooms(
	draft: PlanDocument,
	level: LevelId,
	options: UpdateRoomsOptions = {}
): void {
	const faces = findFaces(draft, level);
	const onLevel = Object.values(draft.rooms).filter((r) => r.level === level);
	const derived = onLevel.filter((r) => r.derived);
	const outlines = faces.map((f) => roomOutline(draft, f));
	const { faceOfRoom, splitFrom } = matchRooms(derived, faces, outlines);
	const names = new Set(onLevel.map((r) => r.name));
	for (const room of derived) {
		const f = faceOfRoom.get(room.id);
		if (f === undefined) delete draft.rooms[room.id];
		else if (!sameRing(room.polygon, outlines[f]))
			draft.rooms[room.id] = { ...room, polygon: outlines[f] };
	}
	for (const [f, from] of splitFrom) {
		const parent = draft.rooms[from];
		const name = nextName(parent.name, names);
		names.add(name);
		const id = newId('room');
		draft.rooms[id] = { ...parent, id, name, polygon: outlines[f] };
	}
	if (!options.autoRooms) return;
	const taken = new Set([...faceOfRoom.values(), ...splitFrom.keys()]);
	const drawn = onLevel.filter((r) => !r.derived && r.polygon.length >= 3);
	faces.forEach((face, f) => {
		if (taken.has(f)) return;
		if (drawn.some((r) => overlapWithFace(r.polygon, face) >= 0.5 * face.area)) return;
		const room = newRoom(level, outlines[f]);
		draft.rooms[room.id] = room;
	});
}

function newRoom(level: LevelId, polygon: Vec2[], props: Partial<Room> = {}): Room {
	return {
		...ROOM_DEFAULTS,
		name: DEFAULT_ROOM_NAME,
		...props,
		id: newId('room'),
		level,
		polygon,
		derived: true
	};
}

/** Brings the derived rooms of one level (or of every level) in line with the walls. */
export function updateRooms(
	doc: PlanDocument,
	level?: LevelId,
	options: UpdateRoomsOptions = {}
): TopologyResult {
	const draft = roomsDraftOf(doc);
	const levels = level ? [level] : (Object.keys(doc.levels) as LevelId[]);
	for (const l of levels) updateLevelRooms(draft, l, options);
	return resultOf(doc, draft);
}

/** The face of the wall graph containing `point` (inside its walls' centre lines), or null. */
export function roomAt(doc: PlanDocument, level: LevelId, point: Vec2): Face | null {
	return findFaces(doc, level).find((f) => faceContains(f, point)) ?? null;
}

/**
 * The room tool's "double-click inside closed walls": a derived room for the face around
 * `point`. Returns null when the point is not inside closed walls; when a room already holds
 * that face, returns it with an empty diff.
 */
export function createRoomAt(
	doc: PlanDocument,
	level: LevelId,
	point: Vec2,
	props: Partial<Pick<Room, 'name' | 'floorFinish' | 'ceilingFinish'>> = {}
): (TopologyResult & { room: RoomId }) | null {
	const faces = findFaces(doc, level);
	const f = faces.findIndex((face) => faceContains(face, point));
	if (f < 0) return null;
	const derived = Object.values(doc.rooms).filter((r) => r.level === level && r.derived);
	const outlines = faces.map((face) => roomOutline(doc, face));
	const { faceOfRoom } = matchRooms(derived, faces, outlines);
	for (const [room, face] of faceOfRoom) if (face === f) return { diff: emptyDiff(), doc, room };
	const room = newRoom(level, outlines[f], props);
	const draft = roomsDraftOf(doc);
	draft.rooms[room.id] = room;
	return { ...resultOf(doc, draft), room: room.id };
}
