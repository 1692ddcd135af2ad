import { z } from 'zod/mini';
import type { Furniture, LevelId } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { angle, coordinate, finish, idSchema, name, numberIn, positiveUpTo } from './common';

export const furnitureSchema = z.object({
	id: idSchema('furniture'),
	level: idSchema('level'),
	catalogId: finish,
	name,
	x: coordinate,
	y: coordinate,
	rotation: angle,
	width: positiveUpTo(LIMITS.maxSize),
	depth: positiveUpTo(LIMITS.maxSize),
	height: positiveUpTo(LIMITS.maxHeight),
	elevation: numberIn(-LIMITS.maxHeight, LIMITS.maxHeight),
	color: z.nullable(
		z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #a0b1c2'))
	),
	material: z.nullable(finish),
	mirrored: z.boolean()
});

export const FURNITURE_DEFAULTS = {
	name: '',
	rotation: 0,
	width: 100,
	depth: 60,
	height: 80,
	elevation: 0,
	color: null,
	material: null,
	mirrored: false
} satisfies Partial<Furniture>;

export function createFurniture(
	fields: { level: LevelId; catalogId: string; x: number; y: number } & Partial<Furniture>
): Furniture {
	return { id: newId('furniture'), ...FURNITURE_DEFAULTS, ...fields };
}
