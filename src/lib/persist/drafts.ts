import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PlanDocument } from '../plan/types';

/**
 * Edits kept on this device (IndexedDB) until the server has confirmed them, so closing the
 * tab, losing the network or a server restart loses nothing.
 */
export interface Draft {
	designId: string;
	/** The server version the edits were made on. */
	baseVersion: number;
	doc: PlanDocument;
	changedAt: number;
}

export interface DraftStore {
	get(designId: string): Promise<Draft | undefined>;
	put(draft: Draft): Promise<void>;
	delete(designId: string): Promise<void>;
}

let store: UseStore | undefined;
const idb = () => (store ??= createStore('house-planner', 'drafts'));

export const indexedDbDrafts: DraftStore = {
	get: (designId) => get<Draft>(designId, idb()),
	put: (draft) => set(draft.designId, draft, idb()),
	delete: (designId) => del(designId, idb())
};
