/**
 * Commands: every change to a document is a command that computes a Diff against the current
 * document without touching it. History (src/lib/editor/history) applies the diff and keeps
 * it for undo when the command is undoable.
 */
import { applyDiff, composeDiffs, emptyDiff, type Diff, type RootFields } from './diff';
import { cascadeRemoval } from './cascade';
import { collectionOfId } from './ids';
import {
	COLLECTIONS,
	type CollectionName,
	type Background,
	type Corner,
	type Dimension,
	type Furniture,
	type Label,
	type Level,
	type Opening,
	type PlanDocument,
	type RecordId,
	type Room,
	type UploadedModel,
	type Wall
} from './types';

export interface Command {
	/** Shown in the undo menu, e.g. "Move wall". */
	label: string;
	/** False for changes that must never be undone locally (derived data, loads, remote echoes). */
	undoable: boolean;
	run(doc: PlanDocument): Diff;
}

/** The record type stored in each collection. */
export interface RecordTypes {
	levels: Level;
	corners: Corner;
	walls: Wall;
	openings: Opening;
	rooms: Room;
	furniture: Furniture;
	labels: Label;
	dimensions: Dimension;
	models: UploadedModel;
	backgrounds: Background;
}
export type RecordOf<C extends CollectionName> = RecordTypes[C];
export type AnyRecord = RecordOf<CollectionName>;

export function defineCommand(
	label: string,
	run: (doc: PlanDocument) => Diff,
	{ undoable = true }: { undoable?: boolean } = {}
): Command {
	return { label, undoable, run };
}

/** Runs a command: the new document and the diff that made it. */
export function runCommand(doc: PlanDocument, cmd: Command): { doc: PlanDocument; diff: Diff } {
	const diff = cmd.run(doc);
	return { doc: applyDiff(doc, diff), diff };
}

function recordDiff(c: CollectionName, id: string, before: unknown, after: unknown): Diff {
	return { records: { [c]: { [id]: { before, after } } } };
}

function getRecord(doc: PlanDocument, c: CollectionName, id: string): AnyRecord | null {
	const coll = (doc[c] ?? {}) as Record<string, AnyRecord>;
	return Object.hasOwn(coll, id) ? coll[id] : null;
}

/** Adds records, or replaces them whole when their id exists; the collection comes from the id. */
export function putRecords(records: AnyRecord[], label = 'Add'): Command {
	return defineCommand(label, (doc) => {
		let diff = emptyDiff();
		for (const record of records) {
			const c = collectionOfId(record.id);
			if (!c) throw new Error(`putRecords: no collection for id ${record.id}`);
			diff = composeDiffs(diff, recordDiff(c, record.id, getRecord(doc, c, record.id), record));
		}
		return diff;
	});
}

/** Changes some fields of one record; nothing when the record is gone or nothing changes. */
export function updateRecord<C extends CollectionName>(
	collection: C,
	id: RecordOf<C>['id'],
	patch: Partial<Omit<RecordOf<C>, 'id'>>,
	label = 'Change'
): Command {
	return defineCommand(label, (doc) => {
		const before = getRecord(doc, collection, id);
		if (!before) return emptyDiff();
		const changed = Object.entries(patch).some(
			([k, v]) =>
				JSON.stringify((before as unknown as Record<string, unknown>)[k]) !== JSON.stringify(v)
		);
		if (!changed) return emptyDiff();
		return recordDiff(collection, id, before, { ...before, ...patch, id });
	});
}

/** Removes records and everything that depends on them (see cascade.ts). */
export function removeRecords(ids: RecordId[], label = 'Delete'): Command {
	return defineCommand(label, (doc) => {
		const removal = cascadeRemoval(doc, ids);
		const records: Diff['records'] = {};
		for (const c of COLLECTIONS) {
			if (!removal[c].size) continue;
			const changes: Record<string, { before: unknown; after: null }> = {};
			for (const id of removal[c]) changes[id] = { before: getRecord(doc, c, id), after: null };
			records[c] = changes;
		}
		return { records };
	});
}

/** Renames the design or turns its north arrow. */
export function setDocumentFields(fields: Partial<RootFields>, label = 'Change design'): Command {
	return defineCommand(label, (doc) => {
		const before: RootFields = { name: doc.name, north: doc.north };
		const after: RootFields = { ...before, ...fields };
		if (before.name === after.name && before.north === after.north) return emptyDiff();
		return { records: {}, root: { before, after } };
	});
}

/** Several commands as one: each runs on the document the previous ones produced. */
export function sequence(label: string, commands: Command[]): Command {
	return defineCommand(
		label,
		(doc) => {
			let diff = emptyDiff();
			let cur = doc;
			for (const cmd of commands) {
				const step = cmd.run(cur);
				cur = applyDiff(cur, step);
				diff = composeDiffs(diff, step);
			}
			return diff;
		},
		{ undoable: commands.every((c) => c.undoable) }
	);
}
