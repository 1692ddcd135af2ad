import { z } from 'zod/mini';
import type { Label, LevelId } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { angle, coordinate, idSchema, positiveUpTo, text } from './common';

export const labelSchema = z.object({
	id: idSchema('label'),
	level: idSchema('level'),
	x: coordinate,
	y: coordinate,
	text: text(LIMITS.maxTextLength, 1),
	rotation: angle,
	size: positiveUpTo(LIMITS.maxSize)
});

export const LABEL_DEFAULTS = { rotation: 0, size: 30 } satisfies Partial<Label>;

export function createLabel(
	fields: { level: LevelId; x: number; y: number; text: string } & Partial<Label>
): Label {
	return { id: newId('label'), ...LABEL_DEFAULTS, ...fields };
}
