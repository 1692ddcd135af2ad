import { z } from 'zod/mini';
import type { Dimension, LevelId } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { coordinate, idSchema, numberIn } from './common';

export const dimensionSchema = z
	.object({
		id: idSchema('dimension'),
		level: idSchema('level'),
		x1: coordinate,
		y1: coordinate,
		x2: coordinate,
		y2: coordinate,
		offset: numberIn(-LIMITS.maxCoordinate, LIMITS.maxCoordinate)
	})
	.check(
		z.refine((d) => d.x1 !== d.x2 || d.y1 !== d.y2, {
			error: 'must measure between two different points'
		})
	);

export const DIMENSION_DEFAULTS = { offset: 50 } satisfies Partial<Dimension>;

export function createDimension(
	fields: { level: LevelId; x1: number; y1: number; x2: number; y2: number } & Partial<Dimension>
): Dimension {
	return { id: newId('dimension'), ...DIMENSION_DEFAULTS, ...fields };
}
