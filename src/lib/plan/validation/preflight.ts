/**
 * The first pass over untrusted input, before any schema: bounded in size, depth and record
 * count, safe with cycles, getters that throw, class instances and `__proto__` keys. It returns a
 * fresh copy made of plain JSON values only, so later passes (migration, schema) work on data
 * nobody else holds and that cannot change under them.
 */
import { COLLECTIONS } from '../types';
import { LIMITS } from '../limits';
import { errorAt, type ValidationError } from './errors';

export type PreflightResult =
	{ ok: true; value: unknown } | { ok: false; errors: ValidationError[] };

/** Keys that would reach Object.prototype when copied or merged into a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class PreflightError extends Error {
	constructor(readonly error: ValidationError) {
		super(error.message);
	}
}

function isPlainObject(value: object): boolean {
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

export function preflight(input: unknown): PreflightResult {
	try {
		if (typeof input !== 'object' || input === null || Array.isArray(input))
			return { ok: false, errors: [errorAt([], 'must be an object')] };
		const count = countRecords(input as Record<string, unknown>);
		if (count > LIMITS.maxRecords)
			return {
				ok: false,
				errors: [errorAt([], `has ${count} records; at most ${LIMITS.maxRecords} are allowed`)]
			};
		const budget = { nodes: 0 };
		return { ok: true, value: copy(input, [], budget, new Set()) };
	} catch (e) {
		if (e instanceof PreflightError) return { ok: false, errors: [e.error] };
		// A proxy or getter threw, or the input is too deep for the stack: refuse, never rethrow.
		return { ok: false, errors: [errorAt([], 'could not be read as plain data')] };
	}
}

/** Counts records by the top-level collections only, before walking anything deep. */
function countRecords(root: Record<string, unknown>): number {
	let count = 0;
	for (const c of COLLECTIONS) {
		const coll = Object.hasOwn(root, c) ? root[c] : undefined;
		if (typeof coll === 'object' && coll !== null) count += Object.keys(coll).length;
	}
	return count;
}

/** `path` is one shared stack, pushed and popped as the walk goes (copied only for errors). */
function copy(
	value: unknown,
	path: PropertyKey[],
	budget: { nodes: number },
	ancestors: Set<object>
): unknown {
	if (++budget.nodes > LIMITS.maxNodes)
		throw new PreflightError(errorAt([], `is too large (more than ${LIMITS.maxNodes} values)`));
	switch (typeof value) {
		case 'number':
			// -0 becomes 0, so an accepted document survives a JSON round trip unchanged.
			return value === 0 ? 0 : value;
		case 'string':
		case 'boolean':
			return value;
		case 'undefined':
			return undefined;
		case 'object':
			break;
		default:
			throw new PreflightError(errorAt(path, `must be JSON data, not a ${typeof value}`));
	}
	if (value === null) return null;
	if (path.length >= LIMITS.maxDepth)
		throw new PreflightError(errorAt(path, `is nested too deeply (at most ${LIMITS.maxDepth})`));
	if (ancestors.has(value)) throw new PreflightError(errorAt(path, 'refers back to itself'));
	ancestors.add(value);
	let out: unknown;
	if (Array.isArray(value)) {
		const arr: unknown[] = new Array(value.length);
		for (let i = 0; i < value.length; i++) {
			path.push(i);
			arr[i] = copy(value[i], path, budget, ancestors);
			path.pop();
		}
		out = arr;
	} else {
		if (!isPlainObject(value)) throw new PreflightError(errorAt(path, 'must be a plain object'));
		const obj: Record<string, unknown> = {};
		for (const key of Object.keys(value)) {
			path.push(key);
			if (FORBIDDEN_KEYS.has(key)) throw new PreflightError(errorAt(path, 'is a forbidden key'));
			obj[key] = copy((value as Record<string, unknown>)[key], path, budget, ancestors);
			path.pop();
		}
		out = obj;
	}
	ancestors.delete(value);
	return out;
}
