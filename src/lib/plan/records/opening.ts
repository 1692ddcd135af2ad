import { z } from 'zod/mini';
import type { Opening, OpeningKind, WallId } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { finish, idSchema, numberIn, positiveUpTo } from './common';

export const openingSchema = z.object({
	id: idSchema('opening'),
	wall: idSchema('wall'),
	kind: z.enum(['door', 'window', 'opening']),
	offset: numberIn(0, 2 * LIMITS.maxCoordinate * Math.PI),
	width: positiveUpTo(LIMITS.maxSize),
	height: positiveUpTo(LIMITS.maxHeight),
	sill: numberIn(0, LIMITS.maxHeight),
	hinge: z.enum(['start', 'end']),
	swing: z.enum(['left', 'right']),
	catalogId: z.nullable(finish)
});

export const OPENING_DEFAULTS: Record<
	OpeningKind,
	Omit<Opening, 'id' | 'wall' | 'kind' | 'offset'>
> = {
	door: {
		width: 90,
		height: 210,
		sill: 0,
		hinge: 'start',
		swing: 'left',
		catalogId: 'door:single'
	},
	window: {
		width: 120,
		height: 120,
		sill: 90,
		hinge: 'start',
		swing: 'left',
		catalogId: 'window:standard'
	},
	opening: { width: 90, height: 210, sill: 0, hinge: 'start', swing: 'left', catalogId: null }
};

export function createOpening(
	fields: { wall: WallId; kind: OpeningKind; offset: number } & Partial<Opening>
): Opening {
	return { id: newId('opening'), ...OPENING_DEFAULTS[fields.kind], ...fields };
}
