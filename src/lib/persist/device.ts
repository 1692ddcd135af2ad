import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PlanDocument } from '../plan/types';

/**
 * The design someone draws at /editor without an account lives on this device, in IndexedDB
 * (no 5 MB localStorage ceiling). Signing up moves it into the new account.
 */
let store: UseStore | undefined;
const idb = () => (store ??= createStore('house-planner-device', 'designs'));
const KEY = 'current';

export interface DeviceDesign {
	doc: PlanDocument;
	savedAt: number;
}

export async function loadDeviceDesign(): Promise<DeviceDesign | undefined> {
	return get<DeviceDesign>(KEY, idb());
}

export async function saveDeviceDesign(doc: PlanDocument): Promise<void> {
	await set(KEY, { doc, savedAt: Date.now() } satisfies DeviceDesign, idb());
}

export async function clearDeviceDesign(): Promise<void> {
	await del(KEY, idb());
}

/** True when the design has something a person drew (not just the empty starting level). */
export function hasContent(doc: PlanDocument): boolean {
	return (
		Object.keys(doc.walls).length > 0 ||
		Object.keys(doc.furniture).length > 0 ||
		Object.keys(doc.rooms).length > 0 ||
		Object.keys(doc.labels).length > 0
	);
}
