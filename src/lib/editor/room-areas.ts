import { findFaces, faceMeasures } from '../plan/topology';
import { roomOutline } from '../plan/topology/measure';
import { matchRooms } from '../plan/topology/match';
import { signedArea } from '../plan/topology/vec';
import type { LevelId, PlanDocument, Room } from '../plan/types';

/**
 * Net areas (cm²) of the rooms on a level for their labels: one face search, one matching of
 * all rooms to faces, then topology's measures per face — the same figures as `roomAreas`,
 * without redoing the search and the matching for every room. Rooms drawn freely (or with no
 * face any more) measure their own polygon.
 */
export function roomAreaMap(
	doc: PlanDocument,
	level: LevelId,
	/** Only these rooms (e.g. the ones an edit created): still one search for them all. */
	only?: readonly Room[]
): Map<string, number> {
	const rooms = (only ?? Object.values(doc.rooms)).filter((r) => r.level === level);
	const out = new Map<string, number>();
	if (!rooms.length) return out;
	const derived = rooms.filter((r) => r.derived);
	const faces = derived.length ? findFaces(doc, level) : [];
	const outlines = faces.map((f) => roomOutline(doc, f));
	const { faceOfRoom } = matchRooms(derived, faces, outlines);
	for (const r of rooms) {
		const f = faceOfRoom.get(r.id);
		out.set(
			r.id,
			f === undefined ? Math.abs(signedArea(r.polygon)) : faceMeasures(doc, faces[f]).net
		);
	}
	return out;
}
