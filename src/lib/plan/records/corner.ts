import { z } from 'zod/mini';
import type { Corner, LevelId } from '../types';
import { newId } from '../ids';
import { coordinate, idSchema } from './common';

export const cornerSchema = z.object({
	id: idSchema('corner'),
	level: idSchema('level'),
	x: coordinate,
	y: coordinate
});

export function createCorner(
	fields: { level: LevelId; x: number; y: number } & Partial<Corner>
): Corner {
	return { id: newId('corner'), ...fields };
}
