/**
 * Plan symbols for doors and windows, in a box whose top edge (y = 0) is the wall face the
 * leaf opens away from: the leaf and its swing arc fill the depth.
 */
import { arc, line, outline, rect } from '../shapes';
import type { SymbolShape } from '../types';

const LEAF = 4;

/** A hinged leaf at `hingeX`, opened 90° into the room, with its quarter-circle swing. */
function leaf(hingeX: number, leafW: number, toRight: boolean, depth: number): SymbolShape[] {
	const r = Math.min(leafW, depth);
	const leafX = toRight ? hingeX : hingeX - LEAF;
	return [
		rect(leafX, 0, LEAF, r, 0, 'outline'),
		toRight ? arc(hingeX, 0, r, 0, Math.PI / 2) : arc(hingeX, 0, r, Math.PI, Math.PI / 2)
	];
}

export function singleDoorSymbol(w: number, d: number): SymbolShape[] {
	return [line(0, 0, w, 0), ...leaf(0, w, true, d)];
}

export function doubleDoorSymbol(w: number, d: number): SymbolShape[] {
	return [line(0, 0, w, 0), ...leaf(0, w / 2, true, d), ...leaf(w, w / 2, false, d)];
}

/** Two panels overlapping in the wall's thickness, one sliding over the other. */
export function slidingDoorSymbol(w: number, d: number): SymbolShape[] {
	const t = d / 3;
	return [
		outline(w, d),
		rect(0, t * 0.5, w * 0.55, t, 0),
		rect(w * 0.45, t * 1.5, w * 0.55, t, 0),
		line(w * 0.15, d / 2, w * 0.35, d / 2, 'hidden')
	];
}

/** A window in the wall's thickness: frame and the glazing line. */
export function windowSymbol(w: number, d: number): SymbolShape[] {
	return [outline(w, d), line(0, d / 2, w, d / 2), line(0, d / 2 + 1, w, d / 2 + 1)];
}

/** French windows: two glazed leaves opening inward like a double door. */
export function frenchWindowSymbol(w: number, d: number): SymbolShape[] {
	return [
		line(0, 0, w, 0),
		...leaf(0, w / 2, true, d),
		...leaf(w, w / 2, false, d),
		line(LEAF / 2, 0, LEAF / 2, Math.min(w / 2, d) - 2),
		line(w - LEAF / 2, 0, w - LEAF / 2, Math.min(w / 2, d) - 2)
	];
}
