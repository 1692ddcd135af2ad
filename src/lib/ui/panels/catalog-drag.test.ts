import { describe, expect, it } from 'vitest';
import {
	CATALOG_DRAG_TYPE,
	catalogIdFromDrop,
	isCatalogDrag,
	setCatalogDragData
} from './catalog-drag';

/** The part of DataTransfer the helpers use, kept in memory as browsers do. */
function transfer() {
	const data = new Map<string, string>();
	return {
		effectAllowed: 'none',
		get types() {
			return [...data.keys()];
		},
		setData: (t: string, v: string) => void data.set(t, v),
		getData: (t: string) => data.get(t) ?? ''
	} as unknown as DataTransfer;
}

describe('catalog drag data', () => {
	it('carries the catalog id under its own type and reads it back', () => {
		const dt = transfer();
		setCatalogDragData(dt, 'sofa:3-seat');
		expect(dt.getData(CATALOG_DRAG_TYPE)).toBe('sofa:3-seat');
		expect(dt.getData('text/plain')).toBe('Three-seat sofa');
		expect(dt.effectAllowed).toBe('copy');
		expect(isCatalogDrag(dt)).toBe(true);
		expect(catalogIdFromDrop(dt)).toBe('sofa:3-seat');
	});

	it('refuses drops that are not catalog items', () => {
		const dt = transfer();
		dt.setData('text/plain', 'hello');
		expect(isCatalogDrag(dt)).toBe(false);
		expect(catalogIdFromDrop(dt)).toBeNull();
		dt.setData(CATALOG_DRAG_TYPE, 'spaceship:large');
		expect(catalogIdFromDrop(dt)).toBeNull();
		expect(catalogIdFromDrop(null)).toBeNull();
	});
});
