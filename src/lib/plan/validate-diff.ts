/**
 * The gate for diffs from outside (another tab, the server relaying someone's edit): checks the
 * shape of a Diff so that `applyDiff` is safe to call on it — known collections, well-formed ids
 * as keys, records that pass their schema with `id` equal to their key, no `__proto__` keys,
 * bounded size. Rules between records cannot be checked on a diff alone: validate the document
 * the diff produces with `validateDocument` before keeping it.
 */
import { z } from 'zod/mini';
import { COLLECTIONS, ID_PREFIX, type CollectionName } from './types';
import type { Diff } from './diff';
import { isIdOf } from './ids';
import { angle, idFormatMessage, name } from './records/common';
import { RECORD_SCHEMAS } from './records';
import { preflight } from './validation/preflight';
import {
	capErrors,
	errorAt,
	formatPath,
	zodIssueMessage,
	type ValidationError
} from './validation/errors';

const rootFields = z.object({ name, north: angle });

const changesOf = (schema: z.ZodMiniType) =>
	z.record(z.string(), z.object({ before: z.nullable(schema), after: z.nullable(schema) }));

const diffSchema = z.object({
	records: z.strictObject(
		Object.fromEntries(COLLECTIONS.map((c) => [c, z.optional(changesOf(RECORD_SCHEMAS[c]))]))
	),
	root: z.optional(z.object({ before: rootFields, after: rootFields }))
});

export type DiffValidationResult =
	{ ok: true; diff: Diff } | { ok: false; errors: ValidationError[] };

export function validateDiff(input: unknown): DiffValidationResult {
	try {
		const pre = preflight(input);
		if (!pre.ok) return pre;
		const parsed = diffSchema.safeParse(pre.value, { error: zodIssueMessage });
		if (!parsed.success)
			return {
				ok: false,
				errors: capErrors(
					parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
				)
			};
		const diff = parsed.data as Diff;
		const errors: ValidationError[] = [];
		for (const c of COLLECTIONS) checkKeys(c, diff, errors);
		return errors.length ? { ok: false, errors: capErrors(errors) } : { ok: true, diff };
	} catch {
		return { ok: false, errors: [errorAt([], 'could not be validated')] };
	}
}

function checkKeys(c: CollectionName, diff: Diff, errors: ValidationError[]) {
	const changes = diff.records[c];
	if (!changes) return;
	for (const [key, change] of Object.entries(changes)) {
		const path = ['records', c, key];
		if (!isIdOf(key, ID_PREFIX[c])) {
			errors.push(errorAt(path, `has a bad key: ${idFormatMessage(ID_PREFIX[c])}`));
			continue;
		}
		for (const side of ['before', 'after'] as const) {
			const record = change[side] as { id: string } | null;
			if (record && record.id !== key)
				errors.push(errorAt([...path, side, 'id'], `must equal its key ${JSON.stringify(key)}`));
		}
	}
}
