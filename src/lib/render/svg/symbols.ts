/** Paths of a furniture symbol by drawing style, in the piece's own box (0,0)–(width,depth). */
export interface SymbolPaths {
	outline: string;
	detail: string;
	hidden: string;
}

/** How the plan gets a piece's symbol; the UI passes the catalog's, so render stays catalog-free. */
export type SymbolLookup = (catalogId: string, width: number, depth: number) => SymbolPaths | null;

/** Memoises a lookup by (catalog id, size): symbols are pure functions of those. */
export function memoSymbols(lookup: SymbolLookup): SymbolLookup {
	const cache = new Map<string, SymbolPaths | null>();
	return (id, w, d) => {
		const key = `${id}|${w}|${d}`;
		let hit = cache.get(key);
		if (hit === undefined) {
			hit = lookup(id, w, d);
			if (cache.size > 2000) cache.clear();
			cache.set(key, hit);
		}
		return hit;
	};
}
