/** Which records (and whether the root fields) a diff touches, to find conflicts between diffs. */
import { COLLECTIONS, type CollectionName } from '../../plan/types';
import type { Diff, RecordChange } from '../../plan/diff';

export interface Touched {
	records: Set<string>;
	root: boolean;
}

const key = (c: CollectionName, id: string) => `${c}\u0000${id}`;

export function touchedBy(diff: Diff): Touched {
	const records = new Set<string>();
	for (const c of COLLECTIONS)
		for (const id of Object.keys(diff.records[c] ?? {})) records.add(key(c, id));
	return { records, root: Boolean(diff.root) };
}

export function touchesAny(diff: Diff, touched: Touched): boolean {
	if (touched.root && diff.root) return true;
	for (const c of COLLECTIONS)
		for (const id of Object.keys(diff.records[c] ?? {}))
			if (touched.records.has(key(c, id))) return true;
	return false;
}

/** The diff without the records (and root) in `touched`. */
export function withoutTouched(diff: Diff, touched: Touched): Diff {
	const records: Diff['records'] = {};
	for (const c of COLLECTIONS) {
		const changes = diff.records[c];
		if (!changes) continue;
		const kept: Record<string, RecordChange> = {};
		for (const [id, ch] of Object.entries(changes))
			if (!touched.records.has(key(c, id))) kept[id] = ch;
		records[c] = kept;
	}
	return { records, ...(diff.root && !touched.root ? { root: diff.root } : {}) };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The diff without changes that leave a record (or the root fields) as they were. */
export function withoutNoops(diff: Diff): Diff {
	const records: Diff['records'] = {};
	for (const c of COLLECTIONS) {
		const changes = diff.records[c];
		if (!changes) continue;
		const kept: Record<string, RecordChange> = {};
		for (const [id, ch] of Object.entries(changes)) if (!same(ch.before, ch.after)) kept[id] = ch;
		records[c] = kept;
	}
	const root = diff.root && !same(diff.root.before, diff.root.after) ? diff.root : undefined;
	return { records, ...(root ? { root } : {}) };
}
