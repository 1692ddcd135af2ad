import type { z } from 'zod/mini';
import type { CollectionName, PlanDocument } from '../types';
import { backgroundSchema } from './background';
import { cornerSchema } from './corner';
import { dimensionSchema } from './dimension';
import { furnitureSchema } from './furniture';
import { labelSchema } from './label';
import { levelSchema } from './level';
import { modelSchema } from './model';
import { openingSchema } from './opening';
import { roomSchema } from './room';
import { wallSchema } from './wall';

export * from './asset';
export * from './background';
export * from './corner';
export * from './dimension';
export * from './furniture';
export * from './label';
export * from './level';
export * from './model';
export * from './opening';
export * from './room';
export * from './wall';

/** The schema of each collection's records. */
export const RECORD_SCHEMAS = {
	levels: levelSchema,
	corners: cornerSchema,
	walls: wallSchema,
	openings: openingSchema,
	rooms: roomSchema,
	furniture: furnitureSchema,
	labels: labelSchema,
	dimensions: dimensionSchema,
	models: modelSchema,
	backgrounds: backgroundSchema
} satisfies Record<CollectionName, z.ZodMiniType>;

// Compile-time check: each schema's output is exactly the record type of types.ts.
type RecordOf<C extends CollectionName> = NonNullable<PlanDocument[C]>[keyof NonNullable<
	PlanDocument[C]
>];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemasMatchTypes = {
	[C in CollectionName]: Same<z.output<(typeof RECORD_SCHEMAS)[C]>, RecordOf<C>>;
};
export const SCHEMAS_MATCH_TYPES: SchemasMatchTypes = {
	levels: true,
	corners: true,
	walls: true,
	openings: true,
	rooms: true,
	furniture: true,
	labels: true,
	dimensions: true,
	models: true,
	backgrounds: true
};
