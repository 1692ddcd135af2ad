import { COLLECTIONS, ID_PREFIX, type CollectionName, type RecordId } from './types';
import { LIMITS } from './limits';

export type IdPrefix = (typeof ID_PREFIX)[CollectionName];

/** The id type for each prefix, so `newId('wall')` is a `WallId`. */
export type IdOf<P extends string> = `${P}:${string}`;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 12;

/** A new random id such as `wall:k3x9q0c1m2ab` (12 base-36 characters, ~62 bits). */
export function newId<P extends IdPrefix>(prefix: P): IdOf<P> {
	const bytes = new Uint8Array(RANDOM_LENGTH);
	crypto.getRandomValues(bytes);
	let out = '';
	// 252 = 7 × 36: bytes at or above it are redrawn so every character is equally likely.
	for (let i = 0; i < RANDOM_LENGTH; i++) {
		let b = bytes[i];
		while (b >= 252) b = crypto.getRandomValues(new Uint8Array(1))[0];
		out += ALPHABET[b % 36];
	}
	return `${prefix}:${out}`;
}

/** The part after the prefix: letters, digits, `_` and `-`. */
const ID_BODY = /^[A-Za-z0-9_-]+$/;

/** True when `value` is a well-formed id with the given prefix. */
export function isIdOf<P extends string>(value: unknown, prefix: P): value is IdOf<P> {
	if (typeof value !== 'string' || value.length > LIMITS.maxIdLength) return false;
	if (!value.startsWith(prefix + ':')) return false;
	return ID_BODY.test(value.slice(prefix.length + 1));
}

/** The collection an id belongs to by its prefix, or null. */
export function collectionOfId(id: string): CollectionName | null {
	const prefix = id.slice(0, id.indexOf(':'));
	for (const c of COLLECTIONS) if (ID_PREFIX[c] === prefix) return c;
	return null;
}

export type { RecordId };
