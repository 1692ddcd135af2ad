/**
 * Catalog item types. Sizes are true defaults in centimetres. A plan symbol is drawn in a
 * box from (0, 0) to (width, depth), y down, with the BACK of the piece at y = 0 (the side
 * that goes against a wall) and its front at y = depth, as an architect draws it.
 */

export const CATEGORIES = [
	'living',
	'bedroom',
	'kitchen',
	'bathroom',
	'dining',
	'office',
	'outdoor',
	'lighting',
	'doors',
	'windows'
] as const;
export type CatalogCategory = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<CatalogCategory, string> = {
	living: 'Living',
	bedroom: 'Bedroom',
	kitchen: 'Kitchen',
	bathroom: 'Bathroom',
	dining: 'Dining',
	office: 'Office',
	outdoor: 'Outdoor',
	lighting: 'Lighting',
	doors: 'Doors',
	windows: 'Windows'
};

/**
 * How a stroke of a symbol is drawn: `outline` is the piece's edge (filled with its colour),
 * `detail` a thinner inner line (cushions, rings, bowls), `hidden` a dashed line for what is
 * under or above something (chairs tucked under a table, a rail inside a wardrobe).
 */
export type SymbolStyle = 'outline' | 'detail' | 'hidden';

interface ShapeBase {
	style?: SymbolStyle;
}
export interface RectShape extends ShapeBase {
	type: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	/** Corner radius. */
	radius?: number;
}
export interface EllipseShape extends ShapeBase {
	type: 'ellipse';
	cx: number;
	cy: number;
	rx: number;
	ry: number;
}
export interface LineShape extends ShapeBase {
	type: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}
/** A circular arc from angle `start` to `end` (radians, clockwise on screen since y is down). */
export interface ArcShape extends ShapeBase {
	type: 'arc';
	cx: number;
	cy: number;
	r: number;
	start: number;
	end: number;
}
export interface PolylineShape extends ShapeBase {
	type: 'polyline';
	points: { x: number; y: number }[];
	closed?: boolean;
}
export type SymbolShape = RectShape | EllipseShape | LineShape | ArcShape | PolylineShape;

/** Draws a plan symbol for a piece resized to width × depth (cm). */
export type SymbolFn = (width: number, depth: number) => SymbolShape[];

interface ItemBase {
	/** Stable id, `type:variant`, e.g. `bed:double`. Stored in documents: never rename. */
	id: string;
	name: string;
	category: CatalogCategory;
	/** Extra search words (synonyms, other spellings). */
	keywords: string[];
	width: number;
	/** Front-to-back size on the plan (for a hinged door: the depth its leaf swings through). */
	depth: number;
	height: number;
	/** Height of the bottom above the floor (a window's sill, a pendant lamp's lowest point). */
	elevation: number;
	/** Default colour, CSS hex `#rrggbb`. */
	color: string;
	symbol: SymbolFn;
}

export interface FurnitureItem extends ItemBase {
	kind: 'furniture';
}

export interface OpeningItem extends ItemBase {
	kind: 'door' | 'window';
	/** Same as `elevation`: height of the opening's bottom above the floor. */
	sill: number;
}

export type CatalogItem = FurnitureItem | OpeningItem;
