import { describe, expect, it } from 'vitest';
import { loadUnits, saveUnits, UNITS_STORAGE_KEY } from './units-storage';

function memoryStorage() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v)
	};
}

describe('units storage', () => {
	it('remembers the chosen units', () => {
		const storage = memoryStorage();
		expect(loadUnits(storage)).toBeNull();
		saveUnits('ft-in', storage);
		expect(storage.getItem(UNITS_STORAGE_KEY)).toBe('ft-in');
		expect(loadUnits(storage)).toBe('ft-in');
	});

	it('ignores garbage and blocked storage', () => {
		const storage = memoryStorage();
		storage.setItem(UNITS_STORAGE_KEY, 'furlongs');
		expect(loadUnits(storage)).toBeNull();
		const blocked = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			}
		};
		expect(loadUnits(blocked)).toBeNull();
		expect(() => saveUnits('m', blocked)).not.toThrow();
	});
});
