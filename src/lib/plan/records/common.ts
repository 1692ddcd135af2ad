/** Zod building blocks shared by the record schemas, each with the message users will read. */
import { z } from 'zod/mini';
import type { IdOf } from '../ids';
import { LIMITS } from '../limits';

/**
 * An id or a reference to a record of the collection with this prefix. Only the type is
 * checked here: the format is checked once, on the map keys (ids must equal their key), and a
 * reference must name an existing key (validation/references.ts). Doing it there keeps
 * validation of large plans about 3× faster than a format check on every field.
 */
export function idSchema<P extends string>(prefix: P) {
	void prefix;
	return z.string() as unknown as z.ZodMiniType<IdOf<P>>;
}

export const idFormatMessage = (prefix: string) =>
	`must be an id like "${prefix}:abc123" (letters, digits, _ or -, at most ${LIMITS.maxIdLength} characters)`;

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
	return z.number().check(z.gte(min, `must be ≥ ${min}`), z.lte(max, `must be ≤ ${max}`));
}

/** A finite number in (0, max], and not below LIMITS.minSize. */
export function positiveUpTo(max: number) {
	return z
		.number()
		.check(
			z.gt(0, { error: 'must be > 0', abort: true }),
			z.gte(LIMITS.minSize, `must be at least ${LIMITS.minSize} (1 mm)`),
			z.lte(max, `must be ≤ ${max}`)
		);
}

export const coordinate = numberIn(-LIMITS.maxCoordinate, LIMITS.maxCoordinate);
export const angle = numberIn(-LIMITS.maxAngle, LIMITS.maxAngle);

export function text(max: number, min = 0) {
	return z
		.string()
		.check(
			z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
			z.maxLength(max, `must be at most ${max} characters`)
		);
}

export const name = text(LIMITS.maxNameLength);
/** A finish or catalog reference such as `paint:white`. */
export const finish = text(LIMITS.maxNameLength, 1);

export const vec2 = z.object({ x: coordinate, y: coordinate });
