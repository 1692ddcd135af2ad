/**
 * The gate for every document from outside (network, file, storage): bounded preflight,
 * migration to the current schema, record schemas, then rules between records.
 * It never throws; errors name the path and the rule: `walls["wall:x1"].thickness: must be > 0`.
 */
import type { PlanDocument } from './types';
import { LIMITS } from './limits';
import { documentSchema } from './document';
import { migrateDocument } from './migrate';
import { preflight } from './validation/preflight';
import { checkReferences } from './validation/references';
import { checkAssets } from './validation/assets';
import {
	capErrors,
	errorAt,
	formatPath,
	zodIssueMessage,
	type ValidationError
} from './validation/errors';

export { formatValidationError, type ValidationError } from './validation/errors';

export type ValidationResult =
	{ ok: true; doc: PlanDocument } | { ok: false; errors: ValidationError[] };

export function validateDocument(input: unknown): ValidationResult {
	try {
		return validate(input);
	} catch {
		// Nothing above is expected to throw; this keeps the promise if something still does.
		return { ok: false, errors: [errorAt([], 'could not be validated')] };
	}
}

/** Parses a JSON text (refusing one over LIMITS.maxJsonLength first), then validates it. */
export function validateDocumentJson(text: string): ValidationResult {
	if (typeof text !== 'string') return { ok: false, errors: [errorAt([], 'must be JSON text')] };
	if (text.length > LIMITS.maxJsonLength)
		return {
			ok: false,
			errors: [
				errorAt([], `is ${text.length} characters; at most ${LIMITS.maxJsonLength} are allowed`)
			]
		};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		return { ok: false, errors: [errorAt([], `is not valid JSON (${(e as Error).message})`)] };
	}
	return validateDocument(parsed);
}

function validate(input: unknown): ValidationResult {
	const pre = preflight(input);
	if (!pre.ok) return pre;
	const migrated = migrateDocument(pre.value);
	if (!migrated.ok) return migrated;
	const parsed = documentSchema.safeParse(migrated.doc, { error: zodIssueMessage });
	if (!parsed.success)
		return {
			ok: false,
			errors: capErrors(
				parsed.error.issues.map((issue) => ({
					path: formatPath(issue.path),
					message: issue.message
				}))
			)
		};
	const doc = parsed.data as PlanDocument;
	const errors = [...checkReferences(doc), ...checkAssets(doc)];
	if (errors.length) return { ok: false, errors: capErrors(errors) };
	return { ok: true, doc };
}
