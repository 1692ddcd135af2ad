/**
 * Undo history made of diffs (never snapshots), with gestures and remote changes.
 *
 * Gestures: `mark(name)` at pointer-down opens a frame. Commands applied while a frame is open
 * change the document at once but are collected (composed) in the frame instead of the undo
 * stack. `revert()` puts the document back to the mark and keeps the frame open, so a tool can
 * recompute from the start point on every move. `commit(label?)` closes the frame as ONE undo
 * step (into the enclosing frame when marks are nested); `bail()` closes it and restores the
 * document exactly as it was at the mark (Escape). `undo()` during a gesture bails every open
 * frame.
 *
 * Remote changes (`applyRemote`) and non-undoable commands never enter the undo stack. The
 * remote value wins: records it touched are dropped from the open frames (so a bail leaves
 * them as the remote made them), and an undo or redo step that touched any of those records
 * is dropped together with every step that depends on it (all older undo steps, all later
 * redo steps): undoing it would overwrite someone else's work, and the steps beyond it
 * assume it. Steps that touch only other records stay and still undo exactly.
 */
import {
	applyDiff,
	composeDiffs,
	emptyDiff,
	invertDiff,
	isEmptyDiff,
	type Diff
} from '../../plan/diff';
import type { Command } from '../../plan/commands';
import type { PlanDocument } from '../../plan/types';
import { touchedBy, touchesAny, withoutNoops, withoutTouched } from './touched';

export interface HistoryEntry {
	label: string;
	diff: Diff;
}

export type ChangeSource = 'command' | 'undo' | 'redo' | 'bail' | 'remote';

export interface HistoryChange {
	source: ChangeSource;
	/** What changed, for renderers that rebuild only the records it names. */
	diff: Diff;
}

/** Called with the document after each change; with `null` once, when subscribing. */
export type HistoryListener = (doc: PlanDocument, change: HistoryChange | null) => void;

interface Frame {
	name: string;
	pending: Diff;
}

export class History {
	#doc: PlanDocument;
	#undo: HistoryEntry[] = [];
	#redo: HistoryEntry[] = [];
	#frames: Frame[] = [];
	#listeners = new Set<HistoryListener>();
	readonly limit: number;

	constructor(doc: PlanDocument, { limit = 500 }: { limit?: number } = {}) {
		this.#doc = doc;
		this.limit = limit;
	}

	get doc(): PlanDocument {
		return this.#doc;
	}
	get canUndo(): boolean {
		return this.#undo.length > 0 || this.#frames.length > 0;
	}
	get canRedo(): boolean {
		return this.#redo.length > 0 && this.#frames.length === 0;
	}
	get undoLabel(): string | null {
		return this.#frames[0]?.name ?? this.#undo.at(-1)?.label ?? null;
	}
	get redoLabel(): string | null {
		return this.canRedo ? this.#redo.at(-1)!.label : null;
	}
	/** Name of the innermost open gesture, or null. */
	get gesture(): string | null {
		return this.#frames.at(-1)?.name ?? null;
	}
	get undoDepth(): number {
		return this.#undo.length;
	}
	get redoDepth(): number {
		return this.#redo.length;
	}

	/** Store-compatible: `fn` runs now (change `null`) and after every change. */
	subscribe(fn: HistoryListener): () => void {
		this.#listeners.add(fn);
		fn(this.#doc, null);
		return () => this.#listeners.delete(fn);
	}

	/** Runs a command and returns its diff. */
	apply(cmd: Command): Diff {
		const diff = cmd.run(this.#doc);
		if (isEmptyDiff(diff)) return diff;
		if (!cmd.undoable) {
			this.#applyOutside(diff, 'command');
			return diff;
		}
		const frame = this.#frames.at(-1);
		if (frame) frame.pending = composeDiffs(frame.pending, diff);
		else this.#push(cmd.label, diff);
		this.#set(applyDiff(this.#doc, diff), { source: 'command', diff });
		return diff;
	}

	undo(): boolean {
		if (this.#frames.length) {
			while (this.#frames.length) this.bail();
			return true;
		}
		const entry = this.#undo.pop();
		if (!entry) return false;
		this.#redo.push(entry);
		const diff = invertDiff(entry.diff);
		this.#set(applyDiff(this.#doc, diff), { source: 'undo', diff });
		return true;
	}

	redo(): boolean {
		if (!this.canRedo) return false;
		const entry = this.#redo.pop()!;
		this.#undo.push(entry);
		this.#set(applyDiff(this.#doc, entry.diff), { source: 'redo', diff: entry.diff });
		return true;
	}

	/** Opens a gesture frame (pointer-down). Frames nest. */
	mark(name: string): void {
		this.#frames.push({ name, pending: emptyDiff() });
	}

	/** Back to the innermost mark, keeping the gesture open (recompute from the start point). */
	revert(): void {
		const frame = this.#frames.at(-1);
		if (!frame) throw new Error('History.revert: no open gesture');
		const diff = invertDiff(frame.pending);
		frame.pending = emptyDiff();
		if (!isEmptyDiff(diff)) this.#set(applyDiff(this.#doc, diff), { source: 'bail', diff });
	}

	/**
	 * Replaces everything the innermost gesture changed with `diff` (counted from its mark), and
	 * the document with `doc`, which must be the mark's document with `diff` applied. The same as
	 * `revert()` then applying `diff`, without copying the changed collections twice per pointer
	 * move (big plans drag one corner among thousands).
	 */
	replaceGesture(diff: Diff, doc: PlanDocument): void {
		const frame = this.#frames.at(-1);
		if (!frame) throw new Error('History.replaceGesture: no open gesture');
		const change = composeDiffs(invertDiff(frame.pending), diff);
		frame.pending = diff;
		if (doc !== this.#doc) this.#set(doc, { source: 'command', diff: change });
	}

	/** Closes the innermost gesture, restoring the document exactly as it was at its mark. */
	bail(): void {
		if (!this.#frames.length) throw new Error('History.bail: no open gesture');
		this.revert();
		this.#frames.pop();
	}

	/** Closes the innermost gesture as one undo step (or into the enclosing gesture). */
	commit(label?: string): void {
		const frame = this.#frames.pop();
		if (!frame) throw new Error('History.commit: no open gesture');
		// A drag that ends where it started leaves changes whose before equals after: no step.
		frame.pending = withoutNoops(frame.pending);
		if (isEmptyDiff(frame.pending)) return;
		const outer = this.#frames.at(-1);
		if (outer) outer.pending = composeDiffs(outer.pending, frame.pending);
		else this.#push(label ?? frame.name, frame.pending);
	}

	/** Applies a change made elsewhere (another tab, another person); it never enters undo. */
	applyRemote(diff: Diff): void {
		if (isEmptyDiff(diff)) return;
		this.#applyOutside(diff, 'remote');
	}

	/** Starts over from `doc` with an empty history (e.g. after loading another design). */
	reset(doc: PlanDocument): void {
		this.#undo = [];
		this.#redo = [];
		this.#frames = [];
		this.#set(doc, { source: 'remote', diff: emptyDiff() });
	}

	#push(label: string, diff: Diff): void {
		this.#undo.push({ label, diff });
		if (this.#undo.length > this.limit) this.#undo.splice(0, this.#undo.length - this.limit);
		this.#redo = [];
	}

	/** A change outside undo: rebase frames and stacks as described at the top of the file. */
	#applyOutside(diff: Diff, source: ChangeSource): void {
		const touched = touchedBy(diff);
		for (const frame of this.#frames) frame.pending = withoutTouched(frame.pending, touched);
		this.#undo = dropConflicting(this.#undo, (e) => touchesAny(e.diff, touched));
		this.#redo = dropConflicting(this.#redo, (e) => touchesAny(e.diff, touched));
		this.#set(applyDiff(this.#doc, diff), { source, diff });
	}

	#set(doc: PlanDocument, change: HistoryChange): void {
		this.#doc = doc;
		for (const fn of [...this.#listeners]) fn(doc, change);
	}
}

/**
 * Stacks are used from their end. The last conflicting entry and everything before it (steps
 * that would be used after it and depend on it) go; the entries after it stay.
 */
function dropConflicting(stack: HistoryEntry[], conflicts: (e: HistoryEntry) => boolean) {
	for (let i = stack.length - 1; i >= 0; i--) if (conflicts(stack[i])) return stack.slice(i + 1);
	return stack;
}
