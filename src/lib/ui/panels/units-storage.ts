/** The person's display units, remembered in this browser. */
import { isDisplayUnits, type DisplayUnits } from '../../editor/units';

export const UNITS_STORAGE_KEY = 'house-planner:units';

/** The stored units, or null when none are stored (or storage is blocked). */
export function loadUnits(
	storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): DisplayUnits | null {
	try {
		const value = storage?.getItem(UNITS_STORAGE_KEY);
		return isDisplayUnits(value) ? value : null;
	} catch {
		return null;
	}
}

export function saveUnits(
	units: DisplayUnits,
	storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage
): void {
	try {
		storage?.setItem(UNITS_STORAGE_KEY, units);
	} catch {
		// Private mode or full storage: the choice holds for this visit only.
	}
}

export const UNIT_CHOICES: { value: DisplayUnits; label: string; description: string }[] = [
	{ value: 'm', label: 'm', description: 'Metric, metres' },
	{ value: 'cm', label: 'cm', description: 'Metric, centimetres' },
	{ value: 'mm', label: 'mm', description: 'Metric, millimetres' },
	{ value: 'ft-in', label: 'ft-in', description: 'Imperial, feet and inches' }
];
