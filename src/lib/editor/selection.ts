import type { RecordId } from '../plan/types';

/**
 * The selection is replaced whole on every change (never mutated), so plain immutable sets
 * are what the store keeps; reactivity comes from reassigning it.
 */
export type Selection = ReadonlySet<RecordId>;

export const EMPTY_SELECTION: Selection = new Set();

export function selectionOf(ids: Iterable<RecordId>): Selection {
	return new Set(ids);
}
