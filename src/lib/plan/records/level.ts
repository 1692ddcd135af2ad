import { z } from 'zod/mini';
import type { Level } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { idSchema, name, numberIn, positiveUpTo } from './common';

export const levelSchema = z.object({
	id: idSchema('level'),
	name,
	elevation: numberIn(-LIMITS.maxElevation, LIMITS.maxElevation),
	height: positiveUpTo(LIMITS.maxHeight),
	floorThickness: numberIn(0, LIMITS.maxFloorThickness),
	order: z
		.number()
		.check(
			z.int('must be a whole number'),
			z.gte(-LIMITS.maxLevelOrder, `must be ≥ ${-LIMITS.maxLevelOrder}`),
			z.lte(LIMITS.maxLevelOrder, `must be ≤ ${LIMITS.maxLevelOrder}`)
		)
});

export const LEVEL_DEFAULTS = {
	name: 'Ground floor',
	elevation: 0,
	height: 250,
	floorThickness: 20,
	order: 0
} satisfies Omit<Level, 'id'>;

export function createLevel(fields: Partial<Level> = {}): Level {
	return { id: newId('level'), ...LEVEL_DEFAULTS, ...fields };
}
