/** Plan symbols for bath fixtures. */
import { circle, clamp, ellipse, line, outline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** A bathtub: rim, the rounded inner tub (deeper at the tap end), drain and tap. */
export function bathtubSymbol(w: number, d: number): SymbolShape[] {
	const rim = clamp(Math.min(w, d) * 0.09, 4, 10);
	const tapEnd = rim * 1.6;
	const innerW = w - rim - tapEnd;
	const innerD = d - 2 * rim;
	return [
		outline(w, d, 4),
		rect(tapEnd, rim, innerW, innerD, innerD * 0.45),
		circle(tapEnd + innerD * 0.3, d / 2, 2.5),
		circle(tapEnd / 2, d / 2, Math.min(2.5, tapEnd * 0.3))
	];
}

/** A shower tray: its rim, the falls drawn to the central drain. */
export function showerTraySymbol(w: number, d: number): SymbolShape[] {
	const inset = clamp(Math.min(w, d) * 0.06, 3, 6);
	return [
		outline(w, d, 2),
		rect(inset, inset, w - 2 * inset, d - 2 * inset, 2),
		line(inset, inset, w - inset, d - inset, 'hidden'),
		line(w - inset, inset, inset, d - inset, 'hidden'),
		circle(w / 2, d / 2, Math.min(w, d) * 0.05)
	];
}

/** A toilet: the cistern against the wall, the bowl and its seat in front. */
export function toiletSymbol(w: number, d: number): SymbolShape[] {
	const cistern = clamp(d * 0.28, 12, 22);
	const bowlD = d - cistern + 2;
	const cy = cistern - 2 + bowlD / 2;
	return [
		rect(0, 0, w, cistern, 3, 'outline'),
		ellipse(w / 2, cy, w * 0.45, bowlD / 2, 'outline'),
		ellipse(w / 2, cy + bowlD * 0.05, w * 0.3, bowlD * 0.36),
		line(w * 0.25, cistern * 0.5, w * 0.75, cistern * 0.5)
	];
}

/** A washbasin: the top, an oval basin with its drain, the tap at the back. */
export function washbasinSymbol(w: number, d: number): SymbolShape[] {
	const back = clamp(d * 0.2, 6, 12);
	return [
		outline(w, d, Math.min(w, d) * 0.25),
		ellipse(w / 2, back + (d - back) * 0.45, w * 0.36, (d - back) * 0.35),
		circle(w / 2, back + (d - back) * 0.45, 1.5),
		circle(w / 2, back * 0.6, 1.8)
	];
}
