/**
 * What else goes when records are removed: a level takes everything on it, a corner takes
 * the walls it ends, a wall takes the openings hung on it.
 */
import { COLLECTIONS, type CollectionName, type PlanDocument, type RecordId } from './types';
import { collectionOfId } from './ids';

export type RemovalSet = Record<CollectionName, Set<string>>;

export function cascadeRemoval(doc: PlanDocument, ids: Iterable<RecordId>): RemovalSet {
	const out = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as RemovalSet;
	for (const id of ids) {
		const c = collectionOfId(id);
		if (c && Object.hasOwn(doc[c], id)) out[c].add(id);
	}
	if (out.levels.size) {
		for (const c of ['corners', 'walls', 'rooms', 'furniture', 'labels', 'dimensions'] as const)
			for (const r of Object.values(doc[c])) if (out.levels.has(r.level)) out[c].add(r.id);
	}
	if (out.corners.size) {
		for (const w of Object.values(doc.walls))
			if (out.corners.has(w.start) || out.corners.has(w.end)) out.walls.add(w.id);
	}
	if (out.walls.size) {
		for (const o of Object.values(doc.openings)) if (out.walls.has(o.wall)) out.openings.add(o.id);
	}
	return out;
}
