/**
 * Property: the validator never throws, whatever it is given (valid documents, documents broken
 * in the ways untrusted input is, random JSON, random values), and every document it accepts
 * goes through the geometry layer without a NaN or infinite value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDocument, validateDocumentJson, type ValidationResult } from './validate';
import { mutatedDocumentArb, validDocumentArb } from './testing/arbitraries';
import { buildPlanGeometry } from '../geometry';
import type { PlanDocument } from './types';

function allFinite(array: ArrayLike<number>): boolean {
	for (let i = 0; i < array.length; i++) if (!Number.isFinite(array[i])) return false;
	return true;
}

/** Builds the geometry of an accepted document and checks every number in it. */
function expectFiniteGeometry(doc: PlanDocument) {
	const { meshes } = buildPlanGeometry(doc);
	for (const [key, mesh] of meshes) {
		for (const field of ['positions', 'normals', 'uvs'] as const)
			if (!allFinite(mesh[field])) throw new Error(`${key}.${field} has a non-finite value`);
		for (const i of mesh.indices)
			if (i >= mesh.positions.length / 3) throw new Error(`${key}: index ${i} out of range`);
	}
}

function validateNeverThrowing(input: unknown): ValidationResult {
	let result: ValidationResult | undefined;
	expect(() => (result = validateDocument(input))).not.toThrow();
	return result!;
}

describe('validateDocument (property)', () => {
	it('accepts every generated valid document, unchanged, and its geometry is finite', () => {
		fc.assert(
			fc.property(validDocumentArb, (doc) => {
				const r = validateNeverThrowing(doc);
				expect(r.ok ? [] : r.errors).toEqual([]);
				if (!r.ok) return;
				// The same document (as JSON: the validator turns -0 into 0).
				expect(r.doc).toStrictEqual(JSON.parse(JSON.stringify(doc)));
				expectFiniteGeometry(r.doc);
			}),
			{ numRuns: 2000 }
		);
	}, 300_000);

	it('never throws on 10,000 mutated and random inputs; what it accepts is sound', () => {
		const counts = { accepted: 0, rejected: 0 };
		fc.assert(
			fc.property(
				fc.oneof(
					{ weight: 16, arbitrary: mutatedDocumentArb },
					{ weight: 2, arbitrary: fc.jsonValue() },
					{ weight: 2, arbitrary: fc.anything({ withNullPrototype: true, withMap: true }) }
				),
				(input) => {
					const r = validateNeverThrowing(input);
					let text: string | undefined;
					try {
						text = JSON.stringify(input);
					} catch {
						// BigInt or similar: not representable as JSON text.
					}
					if (text !== undefined) expect(() => validateDocumentJson(text!)).not.toThrow();
					if (!r.ok) {
						counts.rejected++;
						for (const e of r.errors) {
							expect(typeof e.path).toBe('string');
							expect(e.message.length).toBeGreaterThan(0);
						}
						return;
					}
					counts.accepted++;
					// Accepted documents are plain JSON that validates again to the same thing.
					expect(JSON.parse(JSON.stringify(r.doc))).toStrictEqual(r.doc);
					const again = validateDocument(r.doc);
					expect(again.ok && again.doc).toStrictEqual(r.doc);
					expectFiniteGeometry(r.doc);
				}
			),
			{ numRuns: 10_000 }
		);
		// Both sides must be exercised, or the property says little.
		expect(counts.accepted).toBeGreaterThan(300);
		expect(counts.rejected).toBeGreaterThan(5000);
	}, 600_000); // ~20 s alone; far longer when the machine's two cores are shared
});
