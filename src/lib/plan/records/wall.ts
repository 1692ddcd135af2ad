import { z } from 'zod/mini';
import type { CornerId, LevelId, Wall } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { finish, idSchema, positiveUpTo } from './common';

const arcExtent = z.number().check(
	z.refine((a) => a === 0 || Math.abs(a) >= LIMITS.minArcExtent, {
		error: `must be 0 (straight) or at least ${LIMITS.minArcExtent} in magnitude`
	}),
	z.refine((a) => Math.abs(a) <= LIMITS.maxArcExtent, {
		error: `must be at most ${LIMITS.maxArcExtent.toFixed(4)} (¾ turn) in magnitude`
	})
);

export const wallSchema = z.object({
	id: idSchema('wall'),
	level: idSchema('level'),
	start: idSchema('corner'),
	end: idSchema('corner'),
	thickness: positiveUpTo(LIMITS.maxThickness),
	height: positiveUpTo(LIMITS.maxHeight),
	heightAtEnd: z.nullable(positiveUpTo(LIMITS.maxHeight)),
	arcExtent: z.nullable(arcExtent),
	finishLeft: finish,
	finishRight: finish
});

export const WALL_DEFAULTS = {
	thickness: 20,
	height: 250,
	heightAtEnd: null,
	arcExtent: null,
	finishLeft: 'paint:white',
	finishRight: 'paint:white'
} satisfies Partial<Wall>;

export function createWall(
	fields: { level: LevelId; start: CornerId; end: CornerId } & Partial<Wall>
): Wall {
	return { id: newId('wall'), ...WALL_DEFAULTS, ...fields };
}

/** The lowest top of a wall: openings must stay under it. */
export function wallMinHeight(wall: Pick<Wall, 'height' | 'heightAtEnd'>): number {
	return wall.heightAtEnd === null ? wall.height : Math.min(wall.height, wall.heightAtEnd);
}
