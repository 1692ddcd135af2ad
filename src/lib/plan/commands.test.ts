import { describe, expect, it } from 'vitest';
import { applyDiff } from './diff';
import {
	putRecords,
	removeRecords,
	runCommand,
	sequence,
	setDocumentFields,
	updateRecord
} from './commands';
import { generateGridPlan } from './generate';
import { createLabel } from './records';
import { validateDocument } from './validate';

const plan = () => generateGridPlan({ walls: 10, furniturePerWalls: 5 });

describe('record commands', () => {
	it('puts a new record and replaces an existing one', () => {
		const doc = plan();
		const label = createLabel({ level: 'level:ground', x: 1, y: 2, text: 'Hall' });
		const added = runCommand(doc, putRecords([label]));
		expect(added.doc.labels[label.id]).toBe(label);
		expect(added.diff.records.labels).toEqual({ [label.id]: { before: null, after: label } });
		const renamed = { ...label, text: 'Lobby' };
		const replaced = runCommand(added.doc, putRecords([renamed]));
		expect(replaced.diff.records.labels![label.id]).toEqual({ before: label, after: renamed });
		expect(doc.labels).toEqual({}); // the input document is never modified
	});

	it('updates fields and does nothing when nothing changes or the record is gone', () => {
		const doc = plan();
		const moved = runCommand(doc, updateRecord('corners', 'corner:g0-0', { x: -50 }));
		expect(moved.doc.corners['corner:g0-0']).toEqual({ ...doc.corners['corner:g0-0'], x: -50 });
		expect(updateRecord('corners', 'corner:g0-0', { x: 0 }).run(doc)).toEqual({ records: {} });
		expect(updateRecord('corners', 'corner:nope', { x: 3 }).run(doc)).toEqual({ records: {} });
	});

	it('removing a corner removes its walls and their openings', () => {
		const doc = plan();
		const { doc: next } = runCommand(doc, removeRecords(['corner:g0-0']));
		expect(next.corners['corner:g0-0']).toBeUndefined();
		// The two walls at the top-left corner, and the window on the first of them.
		expect(next.walls['wall:h0-0']).toBeUndefined();
		expect(next.walls['wall:v0-0']).toBeUndefined();
		expect(Object.keys(next.walls)).toHaveLength(8);
		expect(next.openings['opening:o0']).toBeUndefined();
		expect(Object.values(next.openings).every((o) => o.wall in next.walls)).toBe(true);
		expect(validateDocument(next).ok).toBe(true);
	});

	it('removing a wall removes its openings only', () => {
		const doc = plan();
		const wall = doc.openings['opening:o3'].wall;
		const { doc: next, diff } = runCommand(doc, removeRecords([wall]));
		expect(Object.keys(diff.records.walls!)).toEqual([wall]);
		expect(Object.keys(diff.records.openings!)).toEqual(['opening:o3']);
		expect(diff.records.corners).toBeUndefined();
		expect(validateDocument(next).ok).toBe(true);
	});

	it('removing a level removes everything on it', () => {
		const doc = plan();
		const { doc: next } = runCommand(doc, removeRecords(['level:ground']));
		for (const c of ['levels', 'corners', 'walls', 'openings', 'rooms', 'furniture'] as const)
			expect(next[c]).toEqual({});
	});

	it('inverts exactly: applying a removal then its inverse gives the document back', () => {
		const doc = plan();
		const { doc: next, diff } = runCommand(doc, removeRecords(['corner:g1-1']));
		const back = applyDiff(next, {
			records: Object.fromEntries(
				Object.entries(diff.records).map(([c, ch]) => [
					c,
					Object.fromEntries(
						Object.entries(ch!).map(([id, x]) => [id, { before: x.after, after: x.before }])
					)
				])
			)
		});
		expect(back).toEqual(doc);
	});

	it('sets root fields and runs sequences on the document the previous step produced', () => {
		const doc = plan();
		const label = createLabel({ level: 'level:ground', x: 0, y: 0, text: 'A' });
		const cmd = sequence('Add and edit label', [
			putRecords([label]),
			updateRecord('labels', label.id, { text: 'B' }),
			setDocumentFields({ name: 'Renamed', north: 1 })
		]);
		const { doc: next, diff } = runCommand(doc, cmd);
		expect(next.labels[label.id].text).toBe('B');
		expect(diff.records.labels![label.id].before).toBeNull();
		expect(next.name).toBe('Renamed');
		expect(diff.root).toEqual({
			before: { name: doc.name, north: 0 },
			after: { name: 'Renamed', north: 1 }
		});
		expect(cmd.undoable).toBe(true);
		expect(setDocumentFields({ name: doc.name }).run(doc)).toEqual({ records: {} });
	});
});
