import { applyDiff, type Diff } from '../../plan/diff';
import { LIMITS } from '../../plan/limits';
import { migrateDocument } from '../../plan/migrate';
import { samePlan } from '../../plan/same';
import { COLLECTIONS, type PlanDocument } from '../../plan/types';
import { formatValidationError } from '../../plan/validate';
import { validateDiff } from '../../plan/validate-diff';
import type { Db } from '../db';
import { DesignError, tooLarge } from './errors';
import { getDesign, saveDesign, type SaveResult } from './service';

/**
 * Autosave of only what changed: `diff` (record by record, each change with the record as the
 * editor last saw it in `before`) is applied to the stored document made on `expectedVersion`.
 * A stale version, or a `before` that is not what is stored, is a 409 with the current version
 * and document, like a stale PUT. The result is saved through `saveDesign`, so it is validated
 * whole, versioned, kept in revisions, and a save that lands in between still gets a 409.
 */
export async function patchDesign(
	db: Db,
	ownerId: string,
	id: string,
	expectedVersion: number,
	input: unknown
): Promise<SaveResult> {
	const design = await getDesign(db, ownerId, id);
	const current = { version: design.version, document: design.document };
	if (design.version !== expectedVersion)
		throw new DesignError(409, 'This design was changed elsewhere.', current);

	const checked = validateDiff(input);
	if (!checked.ok) {
		const shown = checked.errors.slice(0, 5).map(formatValidationError);
		throw new DesignError(
			422,
			`The change is not valid: ${shown.join('; ')}`,
			checked.errors.slice(0, 50)
		);
	}
	const diff = checked.diff;
	// Documents stored before a schema change are upgraded first, as loading them would.
	const migrated = migrateDocument(design.document);
	if (!migrated.ok)
		throw new DesignError(
			409,
			'The saved copy cannot take a change: send the whole plan.',
			current
		);
	const stored = migrated.doc as unknown as PlanDocument;

	const stale = staleChange(stored, diff);
	if (stale)
		throw new DesignError(
			409,
			`The change was made on a different copy of this design (${stale}).`,
			current
		);

	const next = applyDiff(stored, diff);
	// A PUT body is capped at this size; a document grown by diffs is held to the same cap.
	const bytes = Buffer.byteLength(JSON.stringify(next));
	if (bytes > LIMITS.maxJsonLength) throw tooLarge(LIMITS.maxJsonLength);
	return saveDesign(db, ownerId, id, expectedVersion, next);
}

/** The first change whose `before` is not the stored record (path for the message), or null. */
function staleChange(doc: PlanDocument, diff: Diff): string | null {
	for (const c of COLLECTIONS) {
		const changes = diff.records[c];
		if (!changes) continue;
		const coll = (doc[c] ?? {}) as Record<string, unknown>;
		for (const [key, change] of Object.entries(changes)) {
			const have = Object.hasOwn(coll, key) ? coll[key] : null;
			if (!samePlan(have, change.before)) return `${c}["${key}"]`;
		}
	}
	if (diff.root && !samePlan({ name: doc.name, north: doc.north }, diff.root.before))
		return 'name or north';
	return null;
}
