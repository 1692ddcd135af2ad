/** The plan's own format: the document as is, pretty-printed; imports go through validation. */
import type { PlanDocument } from '../plan/types';
import {
	formatValidationError,
	validateDocumentJson,
	type ValidationError
} from '../plan/validate';

export function exportPlanJson(doc: PlanDocument): string {
	return JSON.stringify(doc, null, '\t') + '\n';
}

export type JsonImportResult =
	{ ok: true; doc: PlanDocument } | { ok: false; errors: ValidationError[]; messages: string[] };

/** Parses, migrates and validates a plan JSON text; errors name their paths. */
export function importPlanJson(text: string): JsonImportResult {
	const result = validateDocumentJson(text);
	if (result.ok) return result;
	return { ok: false, errors: result.errors, messages: result.errors.map(formatValidationError) };
}
