import { z } from 'zod/mini';
import type { LevelId, Room } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { finish, idSchema, name, vec2 } from './common';

export const roomSchema = z.object({
	id: idSchema('room'),
	level: idSchema('level'),
	name,
	floorFinish: finish,
	ceilingFinish: finish,
	polygon: z.array(vec2).check(
		z.maxLength(LIMITS.maxPolygonPoints, `must have at most ${LIMITS.maxPolygonPoints} points`),
		z.refine((p) => p.length === 0 || p.length >= 3, {
			error: 'must be empty (not derived yet) or have at least 3 points'
		})
	),
	derived: z.boolean()
});

export const ROOM_DEFAULTS = {
	name: '',
	floorFinish: 'wood:oak',
	ceilingFinish: 'paint:white',
	polygon: [],
	derived: true
} satisfies Partial<Room>;

export function createRoom(fields: { level: LevelId } & Partial<Room>): Room {
	return { id: newId('room'), ...ROOM_DEFAULTS, ...fields };
}
