/** Validation errors: a path into the document and the rule it broke. */
import type { z } from 'zod/mini';
import { LIMITS } from '../limits';

export interface ValidationError {
	/** Where, written like JavaScript: `walls["wall:x1"].thickness`; '' for the document itself. */
	path: string;
	/** The rule, e.g. `must be > 0`. */
	message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else if (typeof seg === 'symbol') out += `[${String(seg)}]`;
		else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
		else out += `[${JSON.stringify(seg)}]`;
	}
	return out;
}

/** `walls["wall:x1"].thickness: must be > 0` */
export function formatValidationError(error: ValidationError): string {
	return `${error.path || 'document'}: ${error.message}`;
}

export function errorAt(path: readonly PropertyKey[], message: string): ValidationError {
	return { path: formatPath(path), message };
}

/** Keeps at most LIMITS.maxErrors errors, ending with a count of the ones left out. */
export function capErrors(errors: ValidationError[]): ValidationError[] {
	if (errors.length <= LIMITS.maxErrors) return errors;
	const kept = errors.slice(0, LIMITS.maxErrors);
	kept.push({ path: '', message: `and ${errors.length - LIMITS.maxErrors} more errors` });
	return kept;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * Messages for the issues our schemas do not word themselves (wrong types, bad enum values,
 * unknown keys). It words every issue, so no message comes from a zod locale: zod/mini (the
 * browser) loads none, while classic zod on the server installs English globally.
 */
export function zodIssueMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return 'is required';
			if (issue.expected === 'number' && typeof issue.input === 'number')
				return 'must be a finite number';
			const expected = issue.expected === 'record' ? 'object' : issue.expected;
			return `must be ${article(expected)}`;
		}
		case 'invalid_value':
			return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'unrecognized_keys':
			// Worded as zod's English locale words it.
			return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		default:
			// Unreachable with our schemas: every other issue carries the message its check sets.
			return 'is invalid';
	}
}
