/**
 * Schema 1 → 2. What version 1 looked like (the app's first release):
 * - walls had one `finish` for both sides, were always straight and level-topped
 *   (no `heightAtEnd`, no `arcExtent`);
 * - openings had no `catalogId` (every door and window was the plain default);
 * - rooms had no `derived` flag: every room was found from the walls;
 * - there were no dimension lines (`dimensions`) and no north angle (`north`).
 * Fields of the wrong shape are passed through untouched for the validator to report.
 */
import type { PlainDocument } from '../migrate';

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rewrites each object record of a collection with `fn`; anything else is left as it was. */
function mapRecords(
	coll: unknown,
	fn: (record: Record<string, unknown>) => Record<string, unknown>
): unknown {
	if (!isObject(coll)) return coll;
	const out: Record<string, unknown> = {};
	for (const [id, record] of Object.entries(coll)) out[id] = isObject(record) ? fn(record) : record;
	return out;
}

export function migrateV1ToV2(doc: PlainDocument): PlainDocument {
	const out: PlainDocument = {
		...doc,
		walls: mapRecords(doc.walls, ({ finish, ...wall }) => ({
			...wall,
			finishLeft: finish,
			finishRight: finish,
			heightAtEnd: null,
			arcExtent: null
		})),
		openings: mapRecords(doc.openings, (o) => ({ ...o, catalogId: null })),
		rooms: mapRecords(doc.rooms, (r) => ({ ...r, derived: true }))
	};
	if (!Object.hasOwn(doc, 'dimensions')) out.dimensions = {};
	if (!Object.hasOwn(doc, 'north')) out.north = 0;
	return out;
}
