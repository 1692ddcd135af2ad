/** Plan symbols for beds, wardrobes and bedside tables. */
import { circle, clamp, line, outline, polyline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** A bed: headboard at the back, one pillow per sleeper, a turned-down duvet with its fold. */
export function bedSymbol(w: number, d: number): SymbolShape[] {
	const head = clamp(d * 0.04, 3, 8);
	const margin = clamp(w * 0.06, 4, 10);
	const pillows = w >= 120 ? 2 : 1;
	const gap = pillows === 2 ? margin : 0;
	const pillowW = (w - 2 * margin - gap) / pillows;
	const pillowD = clamp(d * 0.17, 20, 45);
	const pillowY = head + clamp(d * 0.03, 3, 6);
	const foldY = pillowY + pillowD + clamp(d * 0.05, 5, 12);
	const turn = Math.min(w * 0.3, (d - foldY) * 0.5);
	const shapes: SymbolShape[] = [
		outline(w, d, 3),
		line(0, head, w, head),
		line(0, foldY, w, foldY),
		// The duvet's corner folded back: a triangle hanging below the fold line.
		polyline(
			[
				{ x: w - turn, y: foldY },
				{ x: w, y: foldY + turn },
				{ x: w, y: foldY }
			],
			true
		)
	];
	for (let i = 0; i < pillows; i++) {
		shapes.push(rect(margin + i * (pillowW + gap), pillowY, pillowW, pillowD, pillowD * 0.3));
	}
	return shapes;
}

/** A wardrobe: doors along the front, a hanging rail inside with a few hangers. */
export function wardrobeSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d), line(0, d - 2, w, d - 2)];
	const doors = Math.max(1, Math.round(w / 50));
	for (let i = 1; i < doors; i++) shapes.push(line((w * i) / doors, d - 2, (w * i) / doors, d));
	shapes.push(line(3, d / 2, w - 3, d / 2, 'hidden'));
	const hangers = Math.max(2, Math.floor(w / 12));
	for (let i = 1; i < hangers; i++) {
		const x = (w * i) / hangers;
		shapes.push(line(x - 2, d * 0.2, x + 2, d * 0.8));
	}
	return shapes;
}

/** A bedside table with a drawer front and a lamp on top. */
export function bedsideTableSymbol(w: number, d: number): SymbolShape[] {
	const r = Math.min(w, d) * 0.28;
	return [
		outline(w, d, 2),
		line(2, d - 3, w - 2, d - 3),
		circle(w / 2, d * 0.45, r),
		circle(w / 2, d * 0.45, r * 0.35)
	];
}
