import { validateDocumentJson } from '../plan/validate';
import type { PlanDocument } from '../plan/types';

/**
 * The design kept on this device for the account-free editor at /editor: the whole document
 * as JSON in localStorage, written after every change and read back on reload.
 */
export const DEVICE_DESIGN_KEY = 'house-planner:device-design';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storage = (): Store | undefined => {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
};

/** The stored design, validated (and migrated); null when none is stored or it is unreadable. */
export function loadDeviceDesign(s: Store | undefined = storage()): PlanDocument | null {
	let text: string | null;
	try {
		text = s?.getItem(DEVICE_DESIGN_KEY) ?? null;
	} catch {
		return null;
	}
	if (!text) return null;
	const r = validateDocumentJson(text);
	return r.ok ? r.doc : null;
}

/** Saves the design; false when storage is blocked or full (the caller tells the person). */
export function saveDeviceDesign(doc: PlanDocument, s: Store | undefined = storage()): boolean {
	try {
		if (!s) return false;
		s.setItem(DEVICE_DESIGN_KEY, JSON.stringify(doc));
		return true;
	} catch {
		return false;
	}
}

/** The raw JSON and name of the stored design (for signing up with the design in hand). */
export function readDeviceDesign(
	s: Store | undefined = storage()
): { json: string; name: string } | null {
	const doc = loadDeviceDesign(s);
	return doc ? { json: JSON.stringify(doc), name: doc.name } : null;
}

export function clearDeviceDesign(s: Store | undefined = storage()): void {
	try {
		s?.removeItem(DEVICE_DESIGN_KEY);
	} catch {
		// Nothing stored, nothing to clear.
	}
}
