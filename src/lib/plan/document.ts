import { z } from 'zod/mini';
import { SCHEMA_VERSION, type PlanDocument } from './types';
import { angle, name } from './records/common';
import { createLevel, RECORD_SCHEMAS } from './records';

/** Records are keyed by their id; the key format is checked with the id (see validate.ts). */
const recordMap = <T extends z.ZodMiniType>(schema: T) => z.record(z.string(), schema);

/** The document's shape, record by record. Cross-record rules live in validation/references.ts. */
export const documentSchema = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
	name,
	north: angle,
	levels: recordMap(RECORD_SCHEMAS.levels),
	corners: recordMap(RECORD_SCHEMAS.corners),
	walls: recordMap(RECORD_SCHEMAS.walls),
	openings: recordMap(RECORD_SCHEMAS.openings),
	rooms: recordMap(RECORD_SCHEMAS.rooms),
	furniture: recordMap(RECORD_SCHEMAS.furniture),
	labels: recordMap(RECORD_SCHEMAS.labels),
	dimensions: recordMap(RECORD_SCHEMAS.dimensions),
	models: z.optional(recordMap(RECORD_SCHEMAS.models)),
	backgrounds: z.optional(recordMap(RECORD_SCHEMAS.backgrounds))
});

/** A new design: no walls yet, one ground level. */
export function createEmptyDocument(name = 'Untitled house'): PlanDocument {
	const ground = createLevel();
	return {
		schemaVersion: SCHEMA_VERSION,
		name,
		north: 0,
		levels: { [ground.id]: ground },
		corners: {},
		walls: {},
		openings: {},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	};
}
