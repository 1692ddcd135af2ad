/**
 * Picks the catalog item for a Sweet Home 3D piece from its name, catalog id and size. Words
 * of the name are matched against each item's name, id and keywords; among items sharing the
 * best word score, the one closest in size wins. No match → the generic box.
 */
import { catalog, isFurnitureItem, isOpeningItem, type CatalogItem } from '../../catalog';

export const GENERIC_ITEM_ID = 'box:generic';

const words = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		// Split camelCase ids such as `eTeks#doubleBed140x190`.
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.split(/[^a-z]+/)
		.filter((w) => w.length > 1);

const stem = (w: string) => w.replace(/(es|s)$/, '');

interface Candidate {
	item: CatalogItem;
	words: Set<string>;
}

let furnitureCandidates: Candidate[] | null = null;
let openingCandidates: Candidate[] | null = null;

function candidates(kind: 'furniture' | 'opening'): Candidate[] {
	const build = (items: CatalogItem[]) =>
		items.map((item) => ({
			item,
			words: new Set([item.name, item.id, item.category, ...item.keywords].flatMap(words).map(stem))
		}));
	if (kind === 'furniture') return (furnitureCandidates ??= build(catalog.filter(isFurnitureItem)));
	return (openingCandidates ??= build(catalog.filter(isOpeningItem)));
}

export interface PieceDescription {
	name: string;
	catalogId?: string;
	width: number;
	depth: number;
	height: number;
}

/** The best catalog item for a piece, or null when no word of its name matches any item. */
export function matchCatalogItem(
	piece: PieceDescription,
	kind: 'furniture' | 'opening' = 'furniture',
	/** Wins a tie on words whatever its size (e.g. the plain default door). */
	prefer?: string | null
): CatalogItem | null {
	const own = new Set([...words(piece.name), ...words(piece.catalogId ?? '')].map(stem));
	let best: CatalogItem | null = null;
	let bestScore = 0;
	let bestSize = Infinity;
	for (const c of candidates(kind)) {
		let score = 0;
		for (const w of own) if (c.words.has(w)) score++;
		if (score === 0) continue;
		const size =
			Math.abs(Math.log(piece.width / c.item.width)) +
			Math.abs(Math.log(piece.depth / c.item.depth)) +
			Math.abs(Math.log(piece.height / c.item.height));
		const preferred = prefer !== undefined && c.item.id === prefer;
		const bestPreferred = prefer !== undefined && best?.id === prefer;
		if (
			score > bestScore ||
			(score === bestScore && (preferred || (!bestPreferred && size < bestSize)))
		) {
			best = c.item;
			bestScore = score;
			bestSize = size;
		}
	}
	return best;
}
