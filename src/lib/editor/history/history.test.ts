import { describe, expect, it, vi } from 'vitest';
import { History } from './history';
import { generateGridPlan } from '../../plan/generate';
import {
	defineCommand,
	putRecords,
	removeRecords,
	setDocumentFields,
	updateRecord
} from '../../plan/commands';
import { createLabel } from '../../plan/records';
import { applyDiff, diffDocuments, type Diff } from '../../plan/diff';

const plan = () => generateGridPlan({ walls: 10, furniturePerWalls: 5 });
const move = (x: number) => updateRecord('corners', 'corner:g0-0', { x }, 'Move corner');

describe('History', () => {
	it('replaceGesture swaps what a gesture changed, tells listeners the net change, commits one step', () => {
		const doc = plan();
		const h = new History(doc);
		const changes: Diff[] = [];
		h.subscribe((_, change) => change && changes.push(change.diff));
		h.mark('drag');
		for (const x of [10, 20, 30]) {
			const next = applyDiff(doc, move(x).run(doc));
			h.replaceGesture(diffDocuments(doc, next), next);
			expect(h.doc).toBe(next);
		}
		// Each change names only what moved since the previous move: 20 → 30.
		expect(changes.at(-1)!.records.corners!['corner:g0-0']).toMatchObject({
			before: { x: 20 },
			after: { x: 30 }
		});
		h.commit('Move corner');
		expect(h.undoDepth).toBe(1);
		h.undo();
		expect(h.doc).toEqual(doc);
		h.redo();
		expect(h.doc.corners['corner:g0-0'].x).toBe(30);
		h.mark('drag');
		const next = applyDiff(h.doc, move(99).run(h.doc));
		h.replaceGesture(diffDocuments(h.doc, next), next);
		h.bail();
		expect(h.doc.corners['corner:g0-0'].x).toBe(30);
		expect(() => h.replaceGesture({ records: {} }, doc)).toThrow(/no open gesture/);
	});

	it('applies, undoes and redoes commands', () => {
		const doc = plan();
		const h = new History(doc);
		expect(h.canUndo).toBe(false);
		h.apply(move(-10));
		h.apply(removeRecords(['wall:h0-0'], 'Delete wall'));
		expect(h.undoLabel).toBe('Delete wall');
		expect(h.doc.walls['wall:h0-0']).toBeUndefined();
		expect(h.undo()).toBe(true);
		expect(h.doc.walls['wall:h0-0']).toEqual(doc.walls['wall:h0-0']);
		expect(h.undo()).toBe(true);
		expect(h.doc).toEqual(doc);
		expect(h.undo()).toBe(false);
		expect(h.redoLabel).toBe('Move corner');
		h.redo();
		h.redo();
		expect(h.doc.corners['corner:g0-0'].x).toBe(-10);
		expect(h.doc.walls['wall:h0-0']).toBeUndefined();
		expect(h.canRedo).toBe(false);
	});

	it('clears redo on a new change, but not on a command that changes nothing', () => {
		const h = new History(plan());
		h.apply(move(-10));
		h.undo();
		h.apply(move(0)); // already 0: no-op
		expect(h.canRedo).toBe(true);
		h.apply(move(5));
		expect(h.canRedo).toBe(false);
	});

	it('makes one undo step of a gesture and restores exactly on bail', () => {
		const doc = plan();
		const h = new History(doc);
		h.mark('Drag corner');
		for (let x = 1; x <= 20; x++) h.apply(move(x));
		expect(h.undoDepth).toBe(0);
		h.commit();
		expect(h.undoDepth).toBe(1);
		expect(h.undoLabel).toBe('Drag corner');
		h.undo();
		expect(h.doc).toEqual(doc);

		h.mark('Drag corner');
		h.apply(move(30));
		h.apply(removeRecords(['corner:g1-1']));
		h.bail();
		expect(h.doc).toEqual(doc);
		expect(h.undoDepth).toBe(0);
		expect(h.canRedo).toBe(true); // the bailed gesture left the redo stack alone
	});

	it('recomputes from the start point with revert() while the gesture stays open', () => {
		const doc = plan();
		const h = new History(doc);
		const start = doc.corners['corner:g0-0'];
		h.mark('Drag');
		for (const dx of [5, 12, 30]) {
			h.revert();
			expect(h.doc.corners['corner:g0-0']).toBe(start);
			h.apply(move(start.x + dx));
		}
		h.commit('Move corner');
		expect(h.doc.corners['corner:g0-0'].x).toBe(30);
		h.undo();
		expect(h.doc).toEqual(doc);
	});

	it('adds no step for a gesture that ends where it started', () => {
		const h = new History(plan());
		h.mark('Drag');
		h.apply(move(40));
		h.apply(move(0));
		h.commit();
		expect(h.canUndo).toBe(false);
	});

	it('nests gestures into their enclosing one; undo during a gesture cancels it', () => {
		const doc = plan();
		const h = new History(doc);
		h.mark('Outer');
		h.apply(move(1));
		h.mark('Inner');
		h.apply(setDocumentFields({ name: 'Inner' }));
		h.commit();
		expect(h.gesture).toBe('Outer');
		h.commit();
		expect(h.undoDepth).toBe(1);
		h.undo();
		expect(h.doc).toEqual(doc);

		h.mark('Drag');
		h.apply(move(9));
		expect(h.undo()).toBe(true);
		expect(h.gesture).toBeNull();
		expect(h.doc).toEqual(doc);
	});

	it('throws on commit, bail or revert without a gesture', () => {
		const h = new History(plan());
		expect(() => h.commit()).toThrow();
		expect(() => h.bail()).toThrow();
		expect(() => h.revert()).toThrow();
	});

	it('keeps non-undoable commands out of undo', () => {
		const doc = plan();
		const h = new History(doc);
		const label = createLabel({ level: 'level:ground', x: 0, y: 0, text: 'derived' });
		const put = putRecords([label]);
		h.apply(defineCommand('Derive', put.run, { undoable: false }));
		expect(h.canUndo).toBe(false);
		expect(h.doc.labels[label.id]).toBe(label);
	});

	it('applies remote changes outside undo and drops the undo steps they conflict with', () => {
		const doc = plan();
		const h = new History(doc);
		h.apply(move(10)); // touches corner:g0-0
		h.apply(updateRecord('walls', 'wall:h0-0', { thickness: 40 })); // conflicts below
		h.apply(setDocumentFields({ name: 'Mine' })); // independent, newer
		const remote: Diff = {
			records: {
				walls: {
					'wall:h0-0': {
						before: h.doc.walls['wall:h0-0'],
						after: { ...h.doc.walls['wall:h0-0'], thickness: 25 }
					}
				}
			}
		};
		h.applyRemote(remote);
		expect(h.doc.walls['wall:h0-0'].thickness).toBe(25);
		// The rename survives; the wall step and the older corner step are gone.
		expect(h.undoDepth).toBe(1);
		h.undo();
		expect(h.doc.name).toBe(doc.name);
		expect(h.doc.walls['wall:h0-0'].thickness).toBe(25);
		expect(h.doc.corners['corner:g0-0'].x).toBe(10);
		expect(h.canUndo).toBe(false);
	});

	it('lets a remote change win inside an open gesture: bail keeps it', () => {
		const doc = plan();
		const h = new History(doc);
		h.mark('Drag');
		h.apply(move(50));
		h.apply(updateRecord('corners', 'corner:g1-1', { y: 999 }));
		const remoteCorner = { ...h.doc.corners['corner:g0-0'], x: 77 };
		h.applyRemote({
			records: {
				corners: { 'corner:g0-0': { before: h.doc.corners['corner:g0-0'], after: remoteCorner } }
			}
		});
		h.bail();
		expect(h.doc.corners['corner:g0-0']).toBe(remoteCorner);
		expect(h.doc.corners['corner:g1-1']).toEqual(doc.corners['corner:g1-1']);
	});

	it('drops redo steps that conflict with a remote change, and the ones after them', () => {
		const h = new History(plan());
		h.apply(move(1));
		h.apply(updateRecord('walls', 'wall:h0-0', { thickness: 40 }));
		h.apply(move(2));
		h.undo();
		h.undo();
		h.undo();
		expect(h.redoDepth).toBe(3);
		h.applyRemote({
			records: {
				walls: {
					'wall:h0-0': {
						before: h.doc.walls['wall:h0-0'],
						after: { ...h.doc.walls['wall:h0-0'], height: 300 }
					}
				}
			}
		});
		// The first step (move to 1) stays redoable; the wall step and the one after it go.
		expect(h.redoDepth).toBe(1);
		h.redo();
		expect(h.doc.corners['corner:g0-0'].x).toBe(1);
		expect(h.doc.walls['wall:h0-0'].height).toBe(300);
	});

	it('notifies subscribers with the diff and lets them unsubscribe', () => {
		const h = new History(plan());
		const fn = vi.fn();
		const off = h.subscribe(fn);
		expect(fn).toHaveBeenLastCalledWith(h.doc, null);
		h.apply(move(3));
		expect(fn).toHaveBeenCalledTimes(2);
		const [doc, change] = fn.mock.calls[1];
		expect(doc.corners['corner:g0-0'].x).toBe(3);
		expect(change.source).toBe('command');
		expect(Object.keys(change.diff.records.corners)).toEqual(['corner:g0-0']);
		h.undo();
		expect(fn.mock.calls[2][1].source).toBe('undo');
		off();
		h.redo();
		expect(fn).toHaveBeenCalledTimes(3);
	});

	it('keeps at most `limit` undo steps', () => {
		const h = new History(plan(), { limit: 5 });
		for (let x = 1; x <= 12; x++) h.apply(move(x));
		expect(h.undoDepth).toBe(5);
		while (h.undo());
		expect(h.doc.corners['corner:g0-0'].x).toBe(7);
	});

	it('reset starts over with an empty history', () => {
		const h = new History(plan());
		h.apply(move(1));
		const other = plan();
		h.reset(other);
		expect(h.doc).toBe(other);
		expect(h.canUndo).toBe(false);
	});
});
