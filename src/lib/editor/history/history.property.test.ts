/**
 * Property: any sequence of commands, gestures (committed, bailed, reverted, nested), undos and
 * redos, undone to the start, gives back the original document exactly; redone, the final one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { History } from './history';
import { generateGridPlan } from '../../plan/generate';
import {
	putRecords,
	removeRecords,
	setDocumentFields,
	updateRecord,
	type Command
} from '../../plan/commands';
import { createCorner, createLabel, createWall } from '../../plan/records';
import type { CornerId, PlanDocument, RecordId } from '../../plan/types';

type Edit =
	| { t: 'addCorner'; x: number; y: number }
	| { t: 'addWall'; a: number; b: number }
	| { t: 'addLabel'; text: string }
	| { t: 'moveCorner'; pick: number; dx: number; dy: number }
	| { t: 'wallThickness'; pick: number; value: number }
	| { t: 'renameRoom'; pick: number; name: string }
	| { t: 'remove'; coll: 'corners' | 'walls' | 'openings' | 'furniture' | 'rooms'; pick: number }
	| { t: 'rename'; name: string }
	| { t: 'north'; value: number };

type Step =
	| { t: 'edit'; edit: Edit }
	| { t: 'undo' }
	| { t: 'redo' }
	| { t: 'gesture'; edits: (Edit | 'revert' | { nested: Edit[]; bail: boolean })[]; bail: boolean };

const coord = fc.integer({ min: -2000, max: 2000 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ t: fc.constant('addCorner' as const), x: coord, y: coord }),
	fc.record({ t: fc.constant('addWall' as const), a: fc.nat(), b: fc.nat() }),
	fc.record({
		t: fc.constant('addLabel' as const),
		text: fc.string({ minLength: 1, maxLength: 8 })
	}),
	fc.record({
		t: fc.constant('moveCorner' as const),
		pick: fc.nat(),
		dx: fc.integer({ min: -50, max: 50 }),
		dy: fc.integer({ min: -50, max: 50 })
	}),
	fc.record({
		t: fc.constant('wallThickness' as const),
		pick: fc.nat(),
		value: fc.integer({ min: 5, max: 60 })
	}),
	fc.record({
		t: fc.constant('renameRoom' as const),
		pick: fc.nat(),
		name: fc.string({ maxLength: 6 })
	}),
	fc.record({
		t: fc.constant('remove' as const),
		coll: fc.constantFrom('corners', 'walls', 'openings', 'furniture', 'rooms') as fc.Arbitrary<
			'corners' | 'walls' | 'openings' | 'furniture' | 'rooms'
		>,
		pick: fc.nat()
	}),
	fc.record({ t: fc.constant('rename' as const), name: fc.string({ maxLength: 6 }) }),
	fc.record({
		t: fc.constant('north' as const),
		value: fc.double({ min: -3, max: 3, noNaN: true })
	})
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ t: fc.constant('edit' as const), edit: editArb }) },
	{ weight: 1, arbitrary: fc.constant({ t: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ t: 'redo' as const }) },
	{
		weight: 2,
		arbitrary: fc.record({
			t: fc.constant('gesture' as const),
			edits: fc.array(
				fc.oneof(
					{ weight: 5, arbitrary: editArb },
					{ weight: 1, arbitrary: fc.constant('revert' as const) },
					{
						weight: 1,
						arbitrary: fc.record({
							nested: fc.array(editArb, { maxLength: 3 }),
							bail: fc.boolean()
						})
					}
				),
				{ maxLength: 6 }
			),
			bail: fc.boolean()
		})
	}
);

const pickFrom = <T>(items: T[], n: number): T | undefined =>
	items.length ? items[n % items.length] : undefined;

/** Turns an edit into a command against the current document (ids are picked from it). */
function toCommand(doc: PlanDocument, e: Edit): Command | null {
	const level = Object.keys(doc.levels)[0] as keyof PlanDocument['levels'] | undefined;
	const corners = Object.keys(doc.corners) as CornerId[];
	switch (e.t) {
		case 'addCorner':
			return level ? putRecords([createCorner({ level, x: e.x, y: e.y })]) : null;
		case 'addWall': {
			const a = pickFrom(corners, e.a);
			const b = pickFrom(corners, e.b);
			return level && a && b && a !== b
				? putRecords([createWall({ level, start: a, end: b })])
				: null;
		}
		case 'addLabel':
			return level ? putRecords([createLabel({ level, x: 0, y: 0, text: e.text })]) : null;
		case 'moveCorner': {
			const id = pickFrom(corners, e.pick);
			if (!id) return null;
			const c = doc.corners[id];
			return updateRecord('corners', id, { x: c.x + e.dx, y: c.y + e.dy });
		}
		case 'wallThickness': {
			const id = pickFrom(Object.values(doc.walls), e.pick)?.id;
			return id ? updateRecord('walls', id, { thickness: e.value }) : null;
		}
		case 'renameRoom': {
			const id = pickFrom(Object.values(doc.rooms), e.pick)?.id;
			return id ? updateRecord('rooms', id, { name: e.name }) : null;
		}
		case 'remove': {
			const id = pickFrom(Object.keys(doc[e.coll]), e.pick);
			return id ? removeRecords([id as RecordId]) : null;
		}
		case 'rename':
			return setDocumentFields({ name: e.name });
		case 'north':
			return setDocumentFields({ north: e.value });
	}
}

function edit(h: History, e: Edit) {
	const cmd = toCommand(h.doc, e);
	if (cmd) h.apply(cmd);
}

function run(h: History, steps: Step[]) {
	for (const step of steps) {
		if (step.t === 'edit') edit(h, step.edit);
		else if (step.t === 'undo') h.undo();
		else if (step.t === 'redo') h.redo();
		else {
			const atMark = h.doc;
			h.mark('Gesture');
			for (const e of step.edits) {
				if (e === 'revert') h.revert();
				else if (typeof e === 'object' && 'nested' in e) {
					const atInner = h.doc;
					h.mark('Inner');
					for (const n of e.nested) edit(h, n);
					if (e.bail) {
						h.bail();
						expect(h.doc).toStrictEqual(atInner);
					} else h.commit();
				} else edit(h, e);
			}
			if (step.bail) {
				h.bail();
				expect(h.doc).toStrictEqual(atMark);
			} else h.commit();
		}
	}
}

describe('History (property)', () => {
	it('undoes any command sequence back to the original and redoes it to the final document', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 4, max: 16 }),
				fc.integer({ min: 1, max: 1000 }),
				fc.array(stepArb, { minLength: 1, maxLength: 25 }),
				(walls, seed, steps) => {
					const original = generateGridPlan({ walls, seed, furniturePerWalls: 4 });
					const h = new History(original, { limit: 1000 });
					run(h, steps);
					while (h.redo());
					const final = h.doc;
					const snapshot = structuredClone(final);
					while (h.undo());
					expect(h.doc).toStrictEqual(original);
					while (h.redo());
					expect(h.doc).toStrictEqual(snapshot);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('keeps records a remote change touched as the remote made them, whatever is undone', () => {
		fc.assert(
			fc.property(
				fc.array(stepArb, { maxLength: 15 }),
				fc.nat(),
				fc.integer({ min: -500, max: 500 }),
				fc.array(stepArb, { maxLength: 10 }),
				(before, pick, x, after) => {
					const h = new History(generateGridPlan({ walls: 10, seed: 3 }));
					run(h, before);
					const id = pickFrom(Object.keys(h.doc.corners), pick) as CornerId | undefined;
					if (!id) return;
					const remoteCorner = { ...h.doc.corners[id], x };
					h.applyRemote({
						records: { corners: { [id]: { before: h.doc.corners[id], after: remoteCorner } } }
					});
					// Steps that touched the corner were dropped; the ones left never touch it.
					while (h.undo());
					expect(h.doc.corners[id]).toBe(remoteCorner);
					while (h.redo());
					expect(h.doc.corners[id]).toBe(remoteCorner);
					run(h, after);
					while (h.undo());
					while (h.redo());
				}
			),
			{ numRuns: 300 }
		);
	});
});
