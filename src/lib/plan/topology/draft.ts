/**
 * Edits work on a draft: a shallow copy of the document whose topology collections are
 * copied too, so records can be replaced (never mutated) freely. The result is the diff
 * from the original document to the draft.
 */
import { diffDocuments, type Diff } from '../diff';
import type { PlanDocument } from '../types';

export function draftOf(doc: PlanDocument): PlanDocument {
	return {
		...doc,
		corners: { ...doc.corners },
		walls: { ...doc.walls },
		openings: { ...doc.openings },
		rooms: { ...doc.rooms }
	};
}

/** What every topology edit returns: the diff to apply, and the document it leads to. */
export interface TopologyResult {
	diff: Diff;
	doc: PlanDocument;
}

export function resultOf(before: PlanDocument, after: PlanDocument): TopologyResult {
	return { diff: diffDocuments(before, after), doc: after };
}

/** A draft in which only rooms may change, so the diff skips the other collections. */
export function roomsDraftOf(doc: PlanDocument): PlanDocument {
	return { ...doc, rooms: { ...doc.rooms } };
}
