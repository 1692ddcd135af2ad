/** Zod building blocks shared by the record schemas, each with the message users will read. */
import { z } from 'zod';
import { isIdOf, type IdOf } from '../ids';
import { LIMITS } from '../limits';

export function idSchema<P extends string>(prefix: P) {
	return z.custom<IdOf<P>>((v) => isIdOf(v, prefix), {
		error: `must be an id like "${prefix}:abc123" (letters, digits, _ or -, at most ${LIMITS.maxIdLength} characters)`
	});
}

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
	return z.number().min(min, `must be ≥ ${min}`).max(max, `must be ≤ ${max}`);
}

/** A finite number in (0, max]. */
export function positiveUpTo(max: number) {
	return z.number().gt(0, 'must be > 0').max(max, `must be ≤ ${max}`);
}

export const coordinate = numberIn(-LIMITS.maxCoordinate, LIMITS.maxCoordinate);
export const angle = numberIn(-LIMITS.maxAngle, LIMITS.maxAngle);

export function text(max: number, min = 0) {
	return z
		.string()
		.min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
		.max(max, `must be at most ${max} characters`);
}

export const name = text(LIMITS.maxNameLength);
/** A finish or catalog reference such as `paint:white`. */
export const finish = text(LIMITS.maxNameLength, 1);

export const vec2 = z.object({ x: coordinate, y: coordinate });
