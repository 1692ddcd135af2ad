import earcut from 'earcut';
import type { Level, Room, Vec2 } from '../plan/types';
import type { MeshBuilder } from './builder';
import type { MeshData } from './types';

/** A room may carry islands (courtyards, a free-standing block) as holes in its floor. */
export type RoomWithHoles = Room & { holes?: readonly (readonly Vec2[])[] };

export const ceilingKey = (roomId: string) => `ceiling:${roomId}`;

const flat: number[] = [];
const holeStarts: number[] = [];

/**
 * The floor (at the level's elevation, facing up) or the ceiling (at elevation + level
 * height, facing down) of a room, triangulated with its holes. UVs are plan centimetres.
 * Returns null for a room with no usable polygon.
 */
export function buildRoomSurface(
	b: MeshBuilder,
	room: RoomWithHoles,
	level: Level | undefined,
	kind: 'floor' | 'ceiling'
): MeshData | null {
	if (room.polygon.length < 3) return null;
	flat.length = 0;
	holeStarts.length = 0;
	for (const p of room.polygon) flat.push(p.x, p.y);
	for (const hole of room.holes ?? []) {
		if (hole.length < 3) continue;
		holeStarts.push(flat.length / 2);
		for (const p of hole) flat.push(p.x, p.y);
	}
	const tris = earcut(flat, holeStarts.length ? holeStarts : null);
	if (tris.length === 0) return null;
	const elevation = level?.elevation ?? 0;
	const y = kind === 'floor' ? elevation : elevation + (level?.height ?? 0);
	const up = kind === 'floor' ? 1 : -1;
	b.reset();
	for (let i = 0; i < flat.length; i += 2)
		b.vertex(flat[i], y, flat[i + 1], 0, up, 0, flat[i], flat[i + 1]);
	for (let i = 0; i < tris.length; i += 3) b.tri(0, tris[i], tris[i + 1], tris[i + 2], 0, up, 0);
	return b.finish(room.id, room.level, kind, [
		kind === 'floor' ? room.floorFinish : room.ceilingFinish
	]);
}
