/** Plan symbols for kitchen units and appliances. */
import { circle, clamp, line, outline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** Worktop overhang line along the front of a base unit. */
const front = (w: number, d: number) => line(0, d - 3, w, d - 3);

/** A base unit under the worktop: its door drawn with a dashed diagonal (hinge side). */
export function baseUnitSymbol(w: number, d: number): SymbolShape[] {
	return [outline(w, d), front(w, d), line(2, 2, w - 2, d - 5, 'hidden')];
}

/** A sink unit: the bowl on one side, a drainer with grooves on the other, the tap behind. */
export function sinkUnitSymbol(w: number, d: number): SymbolShape[] {
	const margin = clamp(d * 0.1, 3, 8);
	const bowlW = Math.min(w * 0.5, 50) - margin;
	const bowlD = d - 2 * margin - 5;
	const shapes: SymbolShape[] = [
		outline(w, d),
		front(w, d),
		rect(margin, margin + 3, bowlW, bowlD, 6),
		circle(margin + bowlW / 2, margin + 3 + bowlD / 2, 2.5),
		circle(margin + bowlW / 2, margin / 2 + 1.5, 1.5)
	];
	const drainX = margin * 2 + bowlW;
	const drainW = w - drainX - margin;
	if (drainW > 10) {
		shapes.push(rect(drainX, margin + 3, drainW, bowlD, 3));
		const grooves = Math.max(3, Math.floor(drainW / 6));
		for (let i = 1; i < grooves; i++) {
			const x = drainX + (drainW * i) / grooves;
			shapes.push(line(x, margin + 8, x, margin + bowlD - 2));
		}
	}
	return shapes;
}

/** A cooker: four rings (two large, two small) and the control knobs along the front. */
export function hobSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d), front(w, d)];
	const usableD = d - 10;
	const big = Math.min(w, usableD) * 0.2;
	const small = big * 0.72;
	const rings: [number, number, number][] = [
		[w * 0.28, usableD * 0.3 + 2, big],
		[w * 0.72, usableD * 0.3 + 2, small],
		[w * 0.28, usableD * 0.75 + 2, small],
		[w * 0.72, usableD * 0.75 + 2, big]
	];
	for (const [x, y, r] of rings) shapes.push(circle(x, y, r), circle(x, y, r * 0.45));
	for (let i = 0; i < 4; i++) shapes.push(circle((w * (i + 1)) / 5, d - 6, 1.6));
	return shapes;
}

/** A tall fridge: its door in front with a handle; the X marks a full-height unit. */
export function fridgeSymbol(w: number, d: number): SymbolShape[] {
	return [
		outline(w, d),
		rect(0, d - 5, w, 5),
		line(w - 8, d - 4, w - 8, d - 1),
		line(0, 0, w, d - 5, 'hidden'),
		line(w, 0, 0, d - 5, 'hidden')
	];
}

/** A dishwasher under the worktop: door line, spray arm dashed inside. */
export function dishwasherSymbol(w: number, d: number): SymbolShape[] {
	const r = Math.min(w, d) * 0.3;
	return [
		outline(w, d),
		front(w, d),
		circle(w / 2, (d - 3) / 2, r, 'hidden'),
		line(w / 2 - r, (d - 3) / 2, w / 2 + r, (d - 3) / 2, 'hidden')
	];
}
