/**
 * What else goes when records are removed: a level takes everything on it (and its trace
 * image), a corner takes the walls it ends, a wall takes the openings hung on it, and an
 * uploaded model goes with the last piece of furniture that uses it.
 *
 * Why models go: the editor has no model library, so an unused model would be invisible dead
 * weight in every save (up to megabytes). Removal is part of the same diff, so undoing the
 * delete brings the model back with its piece.
 */
import { COLLECTIONS, type CollectionName, type PlanDocument, type RecordId } from './types';
import { collectionOfId } from './ids';

export type RemovalSet = Record<CollectionName, Set<string>>;

export function cascadeRemoval(doc: PlanDocument, ids: Iterable<RecordId>): RemovalSet {
	const out = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as RemovalSet;
	for (const id of ids) {
		const c = collectionOfId(id);
		if (c && Object.hasOwn(doc[c] ?? {}, id)) out[c].add(id);
	}
	if (out.levels.size) {
		for (const c of ['corners', 'walls', 'rooms', 'furniture', 'labels', 'dimensions'] as const)
			for (const r of Object.values(doc[c])) if (out.levels.has(r.level)) out[c].add(r.id);
		for (const b of Object.values(doc.backgrounds ?? {}))
			if (b.level && out.levels.has(b.level)) out.backgrounds.add(b.id);
	}
	if (out.corners.size) {
		for (const w of Object.values(doc.walls))
			if (out.corners.has(w.start) || out.corners.has(w.end)) out.walls.add(w.id);
	}
	if (out.walls.size) {
		for (const o of Object.values(doc.openings)) if (out.walls.has(o.wall)) out.openings.add(o.id);
	}
	if (out.furniture.size && doc.models) {
		const used = new Set<string>();
		for (const f of Object.values(doc.furniture))
			if (!out.furniture.has(f.id)) used.add(f.catalogId);
		for (const f of out.furniture) {
			const model = doc.furniture[f as keyof PlanDocument['furniture']].catalogId;
			if (Object.hasOwn(doc.models, model) && !used.has(model)) out.models.add(model);
		}
	}
	return out;
}
