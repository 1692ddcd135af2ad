import { COLLECTIONS, type CollectionName, type PlanDocument } from './types';

/**
 * A change to a document, record by record. `before`/`after` null means the record did not
 * exist on that side. Root fields (name, north) are carried in `root`.
 * A diff is plain data: it can be stored in history, inverted, composed and sent over a wire.
 */
export interface RecordChange {
	before: unknown | null;
	after: unknown | null;
}
export type RootFields = Pick<PlanDocument, 'name' | 'north'>;
export interface Diff {
	records: Partial<Record<CollectionName, Record<string, RecordChange>>>;
	root?: { before: RootFields; after: RootFields };
}

export const emptyDiff = (): Diff => ({ records: {} });

export function isEmptyDiff(diff: Diff): boolean {
	if (diff.root) return false;
	return COLLECTIONS.every((c) => !diff.records[c] || Object.keys(diff.records[c]!).length === 0);
}

/** Applies a diff, returning a new document; untouched collections are shared, not copied. */
export function applyDiff(doc: PlanDocument, diff: Diff): PlanDocument {
	const next = { ...doc } as PlanDocument;
	for (const c of COLLECTIONS) {
		const changes = diff.records[c];
		if (!changes) continue;
		const coll = { ...(doc[c] as Record<string, unknown> | undefined) };
		for (const [id, change] of Object.entries(changes)) {
			if (change.after === null) delete coll[id];
			else coll[id] = change.after;
		}
		(next as unknown as Record<string, unknown>)[c] = coll;
	}
	if (diff.root) Object.assign(next, diff.root.after);
	return next;
}

export function invertDiff(diff: Diff): Diff {
	const records: Diff['records'] = {};
	for (const c of COLLECTIONS) {
		const changes = diff.records[c];
		if (!changes) continue;
		const inv: Record<string, RecordChange> = {};
		for (const [id, ch] of Object.entries(changes))
			inv[id] = { before: ch.after, after: ch.before };
		records[c] = inv;
	}
	return {
		records,
		...(diff.root ? { root: { before: diff.root.after, after: diff.root.before } } : {})
	};
}

/** `a` then `b` as one diff (a record changed twice keeps a's before and b's after). */
export function composeDiffs(a: Diff, b: Diff): Diff {
	const records: Diff['records'] = {};
	for (const c of COLLECTIONS) {
		const ca = a.records[c];
		const cb = b.records[c];
		if (!ca && !cb) continue;
		const out: Record<string, RecordChange> = { ...ca };
		for (const [id, ch] of Object.entries(cb ?? {})) {
			const prev = out[id];
			out[id] = prev ? { before: prev.before, after: ch.after } : ch;
			// Created then deleted within the span: nothing happened.
			if (out[id].before === null && out[id].after === null) delete out[id];
		}
		records[c] = out;
	}
	const root =
		a.root && b.root
			? { before: a.root.before, after: b.root.after }
			: (a.root ?? b.root ?? undefined);
	return { records, ...(root ? { root } : {}) };
}

/** The diff that turns `from` into `to`, comparing records by reference, then by JSON. */
export function diffDocuments(from: PlanDocument, to: PlanDocument): Diff {
	const records: Diff['records'] = {};
	for (const c of COLLECTIONS) {
		if (from[c] === to[c]) continue;
		// Models and backgrounds may be absent: absent is the same as none.
		const a = (from[c] ?? {}) as Record<string, unknown>;
		const b = (to[c] ?? {}) as Record<string, unknown>;
		const out: Record<string, RecordChange> = {};
		for (const id of Object.keys(a)) {
			if (!(id in b)) out[id] = { before: a[id], after: null };
			else if (a[id] !== b[id] && JSON.stringify(a[id]) !== JSON.stringify(b[id]))
				out[id] = { before: a[id], after: b[id] };
		}
		for (const id of Object.keys(b)) if (!(id in a)) out[id] = { before: null, after: b[id] };
		if (Object.keys(out).length) records[c] = out;
	}
	const diff: Diff = { records };
	if (from.name !== to.name || from.north !== to.north)
		diff.root = {
			before: { name: from.name, north: from.north },
			after: { name: to.name, north: to.north }
		};
	return diff;
}
