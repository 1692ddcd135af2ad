/**
 * Versioned migrations. A stored document says which schema it was written with; loading it
 * upgrades it one version at a time to SCHEMA_VERSION before it is validated. Migrations work on
 * untyped plain data (the validator checks the result), never throw, and never mutate their input.
 */
import { SCHEMA_VERSION } from './types';
import { errorAt, type ValidationError } from './validation/errors';
import { migrateV1ToV2 } from './migrations/v1-to-v2';
import { migrateV2ToV3 } from './migrations/v2-to-v3';

export type PlainDocument = Record<string, unknown>;
export type Migration = (doc: PlainDocument) => PlainDocument;

/** MIGRATIONS[n] turns a version-n document into a version n+1 one. */
export const MIGRATIONS: Record<number, Migration> = {
	1: migrateV1ToV2,
	2: migrateV2ToV3
};

export const OLDEST_SCHEMA_VERSION = 1;

export type MigrationResult =
	{ ok: true; doc: PlainDocument; from: number } | { ok: false; errors: ValidationError[] };

export function migrateDocument(input: unknown): MigrationResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		return { ok: false, errors: [errorAt([], 'must be an object')] };
	let doc = input as PlainDocument;
	const version = doc.schemaVersion;
	if (version === undefined)
		return { ok: false, errors: [errorAt(['schemaVersion'], 'is required')] };
	if (typeof version !== 'number' || !Number.isInteger(version))
		return { ok: false, errors: [errorAt(['schemaVersion'], 'must be a whole number')] };
	if (version > SCHEMA_VERSION)
		return {
			ok: false,
			errors: [
				errorAt(
					['schemaVersion'],
					`${version} is newer than this app understands (${SCHEMA_VERSION}); update the app to open this design`
				)
			]
		};
	if (version < OLDEST_SCHEMA_VERSION)
		return {
			ok: false,
			errors: [errorAt(['schemaVersion'], `${version} is not a known schema version`)]
		};
	for (let v = version; v < SCHEMA_VERSION; v++)
		doc = { ...MIGRATIONS[v](doc), schemaVersion: v + 1 };
	return { ok: true, doc, from: version };
}
