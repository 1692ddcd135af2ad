/** The furniture, door and window catalog: lookup, search, symbols and record defaults. */
import type { Furniture, Opening } from '../../plan/types';
import { furnitureItems } from './items';
import { extraFurnitureItems } from './items-extra';
import { openingItems } from './openings';
import { shapesToPaths, type SymbolPaths } from './shapes';
import type { CatalogCategory, CatalogItem, FurnitureItem, OpeningItem } from './types';

export * from './types';
export { shapesToPaths, shapePath, shapeBounds, type SymbolPaths } from './shapes';

export const catalog: readonly CatalogItem[] = [
	...furnitureItems,
	...extraFurnitureItems,
	...openingItems
];

const byId = new Map(catalog.map((item) => [item.id, item]));

export function getItem(id: string): CatalogItem | undefined {
	return byId.get(id);
}

const fold = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');

const wordsOf = (text: string) =>
	fold(text)
		.split(/[^a-z0-9]+/)
		.filter(Boolean);

/**
 * Items where every word of the query starts a word of the name, id or keywords, or is the
 * category (case and accents ignored), optionally within one category. Name matches come
 * first; typing "so" already finds sofas.
 */
export function searchCatalog(query: string, category?: CatalogCategory | null): CatalogItem[] {
	const words = wordsOf(query);
	const hits: { item: CatalogItem; rank: number }[] = [];
	for (const item of catalog) {
		if (category && item.category !== category) continue;
		const name = wordsOf(item.name);
		const all = [...name, ...wordsOf(item.id), ...item.keywords.flatMap(wordsOf)];
		const matches = (w: string) => w === item.category || all.some((x) => x.startsWith(w));
		if (!words.every(matches)) continue;
		const inName = words.every((w) => name.some((x) => x.startsWith(w)));
		hits.push({ item, rank: inName ? 0 : 1 });
	}
	// Array.prototype.sort is stable: catalog order is kept within a rank.
	return hits.sort((a, b) => a.rank - b.rank).map((h) => h.item);
}

/** SVG path data of an item's plan symbol at a size (its default size unless given). */
export function itemSymbolPaths(
	item: CatalogItem,
	width = item.width,
	depth = item.depth
): SymbolPaths {
	return shapesToPaths(item.symbol(width, depth));
}

export function isFurnitureItem(item: CatalogItem): item is FurnitureItem {
	return item.kind === 'furniture';
}

export function isOpeningItem(item: CatalogItem): item is OpeningItem {
	return item.kind === 'door' || item.kind === 'window';
}

/** The fields of a new furniture record placed from this item (id, level and place aside). */
export function furnitureDefaults(
	item: FurnitureItem
): Omit<Furniture, 'id' | 'level' | 'x' | 'y' | 'rotation'> {
	return {
		catalogId: item.id,
		name: item.name,
		width: item.width,
		depth: item.depth,
		height: item.height,
		elevation: item.elevation,
		color: item.color,
		material: null,
		mirrored: false
	};
}

/** The fields of a new opening made from this item (wall, offset and handing aside). */
export function openingDefaults(
	item: OpeningItem
): Pick<Opening, 'kind' | 'width' | 'height' | 'sill' | 'catalogId'> {
	return {
		kind: item.kind,
		width: item.width,
		height: item.height,
		sill: item.sill,
		catalogId: item.id
	};
}
