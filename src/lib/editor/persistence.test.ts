import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../plan/document';
import {
	DEVICE_DESIGN_KEY,
	loadDeviceDesign,
	readDeviceDesign,
	saveDeviceDesign
} from './persistence';

function memoryStorage() {
	const m = new Map<string, string>();
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v),
		removeItem: (k: string) => void m.delete(k),
		m
	};
}

describe('device design', () => {
	it('saves and restores a design', () => {
		const s = memoryStorage();
		const doc = createEmptyDocument('My flat');
		expect(saveDeviceDesign(doc, s)).toBe(true);
		expect(loadDeviceDesign(s)).toEqual(doc);
		expect(readDeviceDesign(s)?.name).toBe('My flat');
	});

	it('ignores a stored value that is not a valid design', () => {
		const s = memoryStorage();
		s.setItem(DEVICE_DESIGN_KEY, '{"schemaVersion": 2, "walls": 7}');
		expect(loadDeviceDesign(s)).toBeNull();
		s.setItem(DEVICE_DESIGN_KEY, 'not json');
		expect(loadDeviceDesign(s)).toBeNull();
	});

	it('reports a full storage instead of throwing', () => {
		const s = {
			...memoryStorage(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(saveDeviceDesign(createEmptyDocument(), s)).toBe(false);
	});
});
