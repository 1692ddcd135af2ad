/**
 * Matching rooms to faces by how much they overlap. A derived room stores the outline it
 * had when last derived; after an edit it is the same room as the face that covers most of
 * that outline. `outlines[i]` is what a room on face i would store (see `roomOutline`): an
 * unchanged room matches it exactly and skips the overlap computation.
 */
import type { Room, RoomId, Vec2 } from '../types';
import type { Face } from './faces';
import { intersectionArea } from './overlap';
import { boundsOf, boxesOverlap, sameRing, signedArea } from './vec';

/** Overlaps smaller than this share of the smaller of room and face are numerical noise. */
const MIN_SHARE = 1e-6;

/** Area of `polygon` inside the face (inside its outline, outside its islands). */
export function overlapWithFace(polygon: readonly Vec2[], face: Face): number {
	let area = intersectionArea(polygon, face.outer.points);
	if (area <= 0) return 0;
	for (const hole of face.holes) area -= intersectionArea(polygon, hole.points);
	return Math.max(0, area);
}

/** A number per point on a 0.01 mm grid; collisions only cost an extra ring comparison. */
const vertexKey = (p: Vec2) => Math.round(p.x * 1e3) * 92821 + Math.round(p.y * 1e3);

export interface RoomMatch {
	/** The face each room keeps (rooms that lost every face, or lost a merge, are absent). */
	faceOfRoom: Map<RoomId, number>;
	/** For each face nobody kept, the room it was split off from, if any. */
	splitFrom: Map<number, RoomId>;
}

/**
 * Each room goes to the face it overlaps most; when several rooms want one face (a merge),
 * the one overlapping it most keeps it. A face nobody kept that lies at least half inside one
 * room's old outline was split off that room.
 */
export function matchRooms(
	rooms: readonly Room[],
	faces: readonly Face[],
	outlines: readonly (readonly Vec2[])[]
): RoomMatch {
	// Outline vertices → faces, to find an unchanged room's face without any overlap test.
	const byVertex = new Map<number, number[]>();
	outlines.forEach((o, i) => {
		for (const p of o) {
			const k = vertexKey(p);
			const list = byVertex.get(k);
			if (list) list.push(i);
			else byVertex.set(k, [i]);
		}
	});
	// Faces bucketed on a coarse grid so each room only meets the faces near it; built on
	// first need, since unchanged rooms (the usual case) never ask.
	const cell = Math.max(
		1,
		Math.sqrt(faces.reduce((s, f) => s + f.area, 0) / Math.max(1, faces.length)) * 2
	);
	let gridMap: Map<string, number[]> | null = null;
	const buildGrid = () => {
		const grid = new Map<string, number[]>();
		faces.forEach((f, i) => {
			const b = f.bounds;
			for (let gx = Math.floor(b.minX / cell); gx <= Math.floor(b.maxX / cell); gx++)
				for (let gy = Math.floor(b.minY / cell); gy <= Math.floor(b.maxY / cell); gy++) {
					const k = `${gx},${gy}`;
					const list = grid.get(k);
					if (list) list.push(i);
					else grid.set(k, [i]);
				}
		});
		return grid;
	};
	const near = (poly: readonly Vec2[]) => {
		const grid = (gridMap ??= buildGrid());
		const b = boundsOf(poly);
		const out = new Set<number>();
		const cells =
			(Math.floor(b.maxX / cell) - Math.floor(b.minX / cell) + 1) *
			(Math.floor(b.maxY / cell) - Math.floor(b.minY / cell) + 1);
		if (cells > faces.length) faces.forEach((_, i) => out.add(i));
		else
			for (let gx = Math.floor(b.minX / cell); gx <= Math.floor(b.maxX / cell); gx++)
				for (let gy = Math.floor(b.minY / cell); gy <= Math.floor(b.maxY / cell); gy++)
					for (const i of grid.get(`${gx},${gy}`) ?? []) out.add(i);
		return [...out].filter((i) => boxesOverlap(b, faces[i].bounds));
	};

	const overlaps: { room: RoomId; face: number; area: number }[] = [];
	const best = new Map<RoomId, { face: number; area: number }>();
	for (const room of rooms) {
		if (room.polygon.length < 3) continue;
		const roomArea = Math.abs(signedArea(room.polygon));
		const exact = (byVertex.get(vertexKey(room.polygon[0])) ?? []).find((i) =>
			sameRing(room.polygon, outlines[i])
		);
		const candidates =
			exact !== undefined
				? [{ face: exact, area: faces[exact].area }]
				: near(room.polygon).map((i) => ({
						face: i,
						area: overlapWithFace(room.polygon, faces[i])
					}));
		for (const c of candidates) {
			if (c.area <= MIN_SHARE * Math.min(roomArea, faces[c.face].area)) continue;
			overlaps.push({ room: room.id, ...c });
			const b = best.get(room.id);
			if (!b || c.area > b.area) best.set(room.id, c);
		}
	}

	const faceOfRoom = new Map<RoomId, number>();
	const keeper = new Map<number, { room: RoomId; area: number }>();
	for (const [room, b] of best) {
		const k = keeper.get(b.face);
		if (!k || b.area > k.area) keeper.set(b.face, { room, area: b.area });
	}
	for (const [face, k] of keeper) faceOfRoom.set(k.room, face);

	const splitFrom = new Map<number, RoomId>();
	const splitArea = new Map<number, number>();
	for (const o of overlaps) {
		if (keeper.has(o.face) || !faceOfRoom.has(o.room)) continue;
		if (o.area < 0.5 * faces[o.face].area) continue;
		if (o.area > (splitArea.get(o.face) ?? 0)) {
			splitFrom.set(o.face, o.room);
			splitArea.set(o.face, o.area);
		}
	}
	return { faceOfRoom, splitFrom };
}
