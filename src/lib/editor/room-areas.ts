import { findFaces, roomAreas } from '../plan/topology';
import type { LevelId, PlanDocument } from '../plan/types';

/** Net areas (cm²) of the rooms on a level, with one face search for all of them. */
export function roomAreaMap(doc: PlanDocument, level: LevelId): Map<string, number> {
	const faces = findFaces(doc, level);
	const out = new Map<string, number>();
	for (const r of Object.values(doc.rooms))
		if (r.level === level) out.set(r.id, roomAreas(doc, r, faces).net);
	return out;
}
