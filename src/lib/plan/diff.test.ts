import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	applyDiff,
	composeDiffs,
	diffDocuments,
	emptyDiff,
	invertDiff,
	isEmptyDiff,
	type Diff
} from './diff';
import { validDocumentArb } from './testing/arbitraries';
import { generateGridPlan } from './generate';

describe('diff', () => {
	it('diffDocuments(a, b) applied to a gives b, and its inverse applied to b gives a', () => {
		fc.assert(
			fc.property(validDocumentArb, validDocumentArb, (a, b) => {
				const d = diffDocuments(a, b);
				expect(applyDiff(a, d)).toStrictEqual(b);
				expect(applyDiff(b, invertDiff(d))).toStrictEqual(a);
				expect(isEmptyDiff(diffDocuments(a, a))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('composing two diffs equals applying them one after the other', () => {
		fc.assert(
			fc.property(validDocumentArb, validDocumentArb, validDocumentArb, (a, b, c) => {
				const ab = diffDocuments(a, b);
				const bc = diffDocuments(b, c);
				const both = composeDiffs(ab, bc);
				expect(applyDiff(a, both)).toStrictEqual(applyDiff(applyDiff(a, ab), bc));
				expect(applyDiff(c, invertDiff(both))).toStrictEqual(a);
			}),
			{ numRuns: 300 }
		);
	});

	it('never modifies its inputs and shares the collections it does not touch', () => {
		const doc = generateGridPlan({ walls: 10 });
		const frozen = structuredClone(doc);
		const corner = doc.corners['corner:g0-0'];
		const d: Diff = {
			records: { corners: { [corner.id]: { before: corner, after: { ...corner, x: 5 } } } }
		};
		const next = applyDiff(doc, d);
		expect(doc).toStrictEqual(frozen);
		expect(next.corners[corner.id].x).toBe(5);
		expect(next.walls).toBe(doc.walls);
		expect(next.corners).not.toBe(doc.corners);
	});

	it('forgets a record created then deleted within the composed span', () => {
		const rec = { id: 'label:a' };
		const created: Diff = { records: { labels: { 'label:a': { before: null, after: rec } } } };
		const deleted: Diff = { records: { labels: { 'label:a': { before: rec, after: null } } } };
		expect(isEmptyDiff(composeDiffs(created, deleted))).toBe(true);
		expect(isEmptyDiff(emptyDiff())).toBe(true);
	});

	it('carries root fields through invert and compose', () => {
		const r1: Diff = {
			records: {},
			root: { before: { name: 'a', north: 0 }, after: { name: 'b', north: 0 } }
		};
		const r2: Diff = {
			records: {},
			root: { before: { name: 'b', north: 0 }, after: { name: 'b', north: 1 } }
		};
		expect(composeDiffs(r1, r2).root).toEqual({
			before: { name: 'a', north: 0 },
			after: { name: 'b', north: 1 }
		});
		expect(invertDiff(r1).root).toEqual({ before: r1.root!.after, after: r1.root!.before });
		expect(isEmptyDiff(r1)).toBe(false);
	});

	it('treats absent models and backgrounds as empty both ways', () => {
		const doc = generateGridPlan({ walls: 4, seed: 1 });
		expect(doc.models).toBeUndefined();
		const model = {
			id: 'model:m1' as const,
			name: 'Lamp',
			format: 'glb' as const,
			data: 'AAAA',
			width: 1,
			depth: 1,
			height: 1,
			triangles: 1
		};
		const withModel = { ...doc, models: { [model.id]: model } };
		const d = diffDocuments(doc, withModel);
		expect(d.records.models).toEqual({ 'model:m1': { before: null, after: model } });
		expect(applyDiff(doc, d).models).toEqual(withModel.models);
		expect(applyDiff(withModel, invertDiff(d)).models).toEqual({});
		expect(isEmptyDiff(diffDocuments(doc, { ...doc, models: {} }))).toBe(true);
	});
});
