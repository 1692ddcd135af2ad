import { describe, expect, it } from 'vitest';
import { validateDiff } from './validate-diff';
import { formatValidationError } from './validate';
import { diffDocuments } from './diff';
import { generateGridPlan } from './generate';
import { removeRecords, runCommand, updateRecord } from './commands';

const doc = generateGridPlan({ walls: 10, furniturePerWalls: 5 });
const messages = (input: unknown) => {
	const r = validateDiff(input);
	return r.ok ? [] : r.errors.map(formatValidationError);
};

describe('validateDiff', () => {
	it('accepts diffs made by commands and by diffDocuments, as an equal copy', () => {
		const { diff } = runCommand(doc, removeRecords(['corner:g1-1']));
		const r = validateDiff(diff);
		expect(r.ok && r.diff).toEqual(diff);
		const other = generateGridPlan({ walls: 23, seed: 5 });
		const full = diffDocuments(doc, other);
		expect(validateDiff(JSON.parse(JSON.stringify(full))).ok).toBe(true);
	});

	it('refuses records that fail their schema, bad keys and ids that differ from keys', () => {
		const { diff } = runCommand(doc, updateRecord('walls', 'wall:h0-0', { thickness: 40 }));
		const broken = structuredClone(diff) as unknown as {
			records: Record<string, Record<string, { before: unknown; after: Record<string, unknown> }>>;
		};
		broken.records.walls['wall:h0-0'].after.thickness = -1;
		broken.records.walls['corner:x'] = { before: null, after: { ...doc.walls['wall:h0-0'] } };
		expect(messages(broken)).toEqual(['records.walls["wall:h0-0"].after.thickness: must be > 0']);
		broken.records.walls['wall:h0-0'].after.thickness = 40;
		expect(messages(broken)).toEqual([
			'records.walls["corner:x"]: has a bad key: must be an id like "wall:abc123" (letters, digits, _ or -, at most 100 characters)'
		]);
		delete broken.records.walls['corner:x'];
		broken.records.walls['wall:h0-0'].after.id = 'wall:other';
		expect(messages(broken)).toEqual([
			'records.walls["wall:h0-0"].after.id: must equal its key "wall:h0-0"'
		]);
	});

	it('refuses unknown collections, __proto__ keys and non-objects without throwing', () => {
		// Worded by zodIssueMessage, not by a zod locale (zod/mini in the browser loads none).
		expect(messages({ records: { gardens: {} } })).toEqual([
			'records: Unrecognized key: "gardens"'
		]);
		expect(messages({ records: { gardens: {}, sheds: {} } })).toEqual([
			'records: Unrecognized keys: "gardens", "sheds"'
		]);
		expect(
			messages(JSON.parse('{"records":{"walls":{"__proto__":{"before":null,"after":null}}}}'))
		).toEqual(['records.walls.__proto__: is a forbidden key']);
		expect(messages(null)).toEqual(['document: must be an object']);
		expect(messages({ records: {}, root: { before: { name: 'a', north: NaN } } })).toContain(
			'root.before.north: must be a finite number'
		);
	});
});
