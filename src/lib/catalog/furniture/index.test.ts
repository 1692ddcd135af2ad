import { describe, expect, it } from 'vitest';
import {
	CATEGORIES,
	catalog,
	furnitureDefaults,
	getItem,
	isFurnitureItem,
	itemSymbolPaths,
	searchCatalog,
	shapeBounds,
	type CatalogItem
} from './index';

/** Numbers each absolute path command takes; the catalog writes no other commands. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, A: 7, Z: 0 };

/**
 * Reads path data strictly and returns every point it visits (arc end points included),
 * throwing on anything that is not well-formed absolute SVG path data.
 */
function pathPoints(d: string): { x: number; y: number }[] {
	const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
	expect(tokens.join('').length).toBe(d.replace(/[\s,]/g, '').length);
	const points: { x: number; y: number }[] = [];
	let i = 0;
	let x = 0;
	let y = 0;
	let started = false;
	while (i < tokens.length) {
		const cmd = tokens[i++];
		if (!(cmd in ARITY)) throw new Error(`unexpected command ${cmd} in ${d}`);
		if (cmd !== 'M' && !started) throw new Error(`path must start with M: ${d}`);
		const args = tokens.slice(i, i + ARITY[cmd]).map(Number);
		if (args.length !== ARITY[cmd] || args.some((v) => !Number.isFinite(v)))
			throw new Error(`bad arguments for ${cmd} in ${d}`);
		i += ARITY[cmd];
		if (cmd === 'M' || cmd === 'L') [x, y] = args;
		else if (cmd === 'H') x = args[0];
		else if (cmd === 'V') y = args[0];
		else if (cmd === 'A') {
			expect(args[0]).toBeGreaterThan(0);
			expect(args[1]).toBeGreaterThan(0);
			expect([0, 1]).toContain(args[3]);
			expect([0, 1]).toContain(args[4]);
			[x, y] = [args[5], args[6]];
		}
		started = true;
		points.push({ x, y });
	}
	return points;
}

const EPS = 0.011;

function expectSymbolInBox(item: CatalogItem, w: number, d: number) {
	const shapes = item.symbol(w, d);
	expect(shapes.length).toBeGreaterThan(1);
	expect(shapes.some((s) => s.style === 'outline')).toBe(true);
	for (const s of shapes) {
		const b = shapeBounds(s);
		for (const v of [b.minX, b.minY, b.maxX, b.maxY]) expect(Number.isFinite(v)).toBe(true);
		expect(b.minX, `${item.id} ${s.type} left`).toBeGreaterThanOrEqual(-EPS);
		expect(b.minY, `${item.id} ${s.type} top`).toBeGreaterThanOrEqual(-EPS);
		expect(b.maxX, `${item.id} ${s.type} right`).toBeLessThanOrEqual(w + EPS);
		expect(b.maxY, `${item.id} ${s.type} bottom`).toBeLessThanOrEqual(d + EPS);
	}
	const paths = item.symbol === undefined ? null : itemSymbolPaths(item, w, d);
	expect(paths!.outline.length).toBeGreaterThan(0);
	for (const data of Object.values(paths!)) {
		if (!data) continue;
		for (const p of pathPoints(data)) {
			expect(p.x).toBeGreaterThanOrEqual(-EPS);
			expect(p.y).toBeGreaterThanOrEqual(-EPS);
			expect(p.x).toBeLessThanOrEqual(w + EPS);
			expect(p.y).toBeLessThanOrEqual(d + EPS);
		}
	}
}

describe('catalog', () => {
	it('has at least 80 items, at least five in every category, and the base doors and windows', () => {
		expect(catalog.length).toBeGreaterThanOrEqual(80);
		for (const category of CATEGORIES)
			expect(
				catalog.filter((i) => i.category === category).length,
				category
			).toBeGreaterThanOrEqual(5);
		for (const id of [
			'door:single',
			'door:double',
			'door:sliding',
			'window:standard',
			'window:french'
		])
			expect(getItem(id)?.kind).toMatch(/door|window/);
	});

	it('has unique ids of the form type:variant', () => {
		const ids = catalog.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z-]+:[a-z0-9-]+$/);
	});

	it('gives every item positive sizes, a known category, a name and a hex colour', () => {
		for (const item of catalog) {
			expect(item.width, item.id).toBeGreaterThan(0);
			expect(item.depth, item.id).toBeGreaterThan(0);
			expect(item.height, item.id).toBeGreaterThan(0);
			expect(item.elevation, item.id).toBeGreaterThanOrEqual(0);
			expect(CATEGORIES).toContain(item.category);
			expect(item.name.trim().length).toBeGreaterThan(2);
			expect(item.color).toMatch(/^#[0-9a-f]{6}$/);
		}
	});

	it('has the true sizes the brief names', () => {
		const size = (id: string) => {
			const i = getItem(id)!;
			return [i.width, i.depth];
		};
		expect(size('bed:single')).toEqual([90, 200]);
		expect(size('bed:double')).toEqual([160, 200]);
		expect(size('bed:king')).toEqual([180, 200]);
		expect(size('kitchen:base-unit')).toEqual([60, 60]);
		expect(size('bath:bathtub')).toEqual([170, 75]);
		expect(size('bath:shower-tray')).toEqual([90, 90]);
	});

	it('draws every symbol as valid path data inside its box, at default and odd sizes', () => {
		for (const item of catalog) {
			expectSymbolInBox(item, item.width, item.depth);
			expectSymbolInBox(item, item.width * 1.7, item.depth * 0.6);
			expectSymbolInBox(item, item.width * 0.5, item.depth * 1.4);
		}
	});

	it('draws a double bed with two pillows and a single bed with one', () => {
		const pillows = (id: string) =>
			getItem(id)!
				.symbol(getItem(id)!.width, 200)
				.filter((s) => s.type === 'rect' && s.style === 'detail').length;
		expect(pillows('bed:double')).toBe(2);
		expect(pillows('bed:single')).toBe(1);
	});

	it('draws a hob with four rings', () => {
		const rings = getItem('kitchen:cooker')!
			.symbol(60, 60)
			.filter((s) => s.type === 'ellipse' && s.rx > 5);
		expect(rings).toHaveLength(4);
	});
});

describe('searchCatalog', () => {
	it('finds by name, keyword and id, ignoring case', () => {
		expect(searchCatalog('SOFA').map((i) => i.id)).toEqual([
			'sofa:2-seat',
			'sofa:3-seat',
			'sofa:corner',
			'bed:sofa-bed',
			'outdoor:garden-sofa'
		]);
		expect(searchCatalog('couch').map((i) => i.id)).toContain('sofa:3-seat');
		expect(searchCatalog('fridge').map((i) => i.id)).toEqual([
			'kitchen:fridge',
			'kitchen:fridge-tall'
		]);
		expect(searchCatalog('wc')[0].id).toBe('bath:toilet');
		expect(searchCatalog('toilet').map((i) => i.id)).toEqual(['bath:toilet']);
	});

	it('needs every word to match and puts name matches first', () => {
		expect(searchCatalog('double bed').map((i) => i.id)).toEqual(['bed:double', 'outdoor:sun-bed']);
		expect(searchCatalog('bed double').map((i) => i.id)).toEqual(['bed:double', 'outdoor:sun-bed']);
		const sink = searchCatalog('sink');
		expect(sink[0].id).toBe('kitchen:sink-unit');
		expect(sink.map((i) => i.id)).toContain('bath:washbasin');
	});

	it('filters by category, and an empty query lists the whole category', () => {
		const bathroom = searchCatalog('', 'bathroom');
		expect(bathroom.length).toBe(catalog.filter((i) => i.category === 'bathroom').length);
		expect(bathroom.every((i) => i.category === 'bathroom')).toBe(true);
		expect(searchCatalog('sink', 'bathroom').map((i) => i.id)).toEqual(['bath:washbasin']);
		expect(searchCatalog('')).toHaveLength(catalog.length);
		expect(searchCatalog('zebra')).toEqual([]);
	});
});

describe('furnitureDefaults', () => {
	it('copies the item sizes and colour into a furniture record', () => {
		const item = getItem('table:dining-6')!;
		if (!isFurnitureItem(item)) throw new Error('not furniture');
		expect(furnitureDefaults(item)).toMatchObject({
			catalogId: 'table:dining-6',
			width: 180,
			depth: 90,
			height: 75,
			color: item.color
		});
	});
});
