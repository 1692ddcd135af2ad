import { z } from 'zod/mini';
import type { Background } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { angle, coordinate, idSchema, numberIn } from './common';
import { base64File } from './asset';

const pixels = z
	.number()
	.check(
		z.int('must be a whole number'),
		z.gte(1, 'must be ≥ 1'),
		z.lte(LIMITS.maxImagePixels, `must be ≤ ${LIMITS.maxImagePixels}`)
	);

export const backgroundSchema = z.object({
	id: idSchema('background'),
	level: z.nullable(idSchema('level')),
	// No SVG: only raster images are drawn under the plan.
	mime: z.enum(['image/png', 'image/jpeg', 'image/webp']),
	data: base64File(LIMITS.maxBackgroundBytes),
	pixelWidth: pixels,
	pixelHeight: pixels,
	// 1e-4 cm (a micron) to 10 m per pixel.
	cmPerPixel: numberIn(1e-4, 1000),
	x: coordinate,
	y: coordinate,
	rotation: angle,
	opacity: numberIn(0, 1),
	visible: z.boolean()
});

export function createBackground(fields: Omit<Background, 'id'>): Background {
	return { id: newId('background'), ...fields };
}

/** The data: URL a renderer draws. */
export const backgroundUrl = (bg: Pick<Background, 'mime' | 'data'>) =>
	`data:${bg.mime};base64,${bg.data}`;
