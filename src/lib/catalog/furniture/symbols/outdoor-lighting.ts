/** Plan symbols for lamps and garden furniture. */
import { circle, ellipse, line, outline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** A lamp as on electrical plans: the shade's circle with a cross through the bulb. */
export function lampSymbol(w: number, d: number): SymbolShape[] {
	const cx = w / 2;
	const cy = d / 2;
	const k = Math.SQRT1_2 * 0.55;
	return [
		ellipse(cx, cy, w / 2, d / 2, 'outline'),
		ellipse(cx, cy, w * 0.2, d * 0.2),
		line(cx - w * k, cy - d * k, cx + w * k, cy + d * k),
		line(cx + w * k, cy - d * k, cx - w * k, cy + d * k)
	];
}

/** A sun lounger: the raised back rest at the head and slats along the seat. */
export function loungerSymbol(w: number, d: number): SymbolShape[] {
	const headD = d * 0.3;
	const shapes: SymbolShape[] = [outline(w, d, 4), rect(2, 2, w - 4, headD, 3)];
	const slats = Math.max(4, Math.floor((d - headD) / 12));
	for (let i = 1; i < slats; i++) {
		const y = headD + 2 + ((d - headD - 2) * i) / slats;
		shapes.push(line(3, y, w - 3, y));
	}
	return shapes;
}

/** A round garden table with its parasol hole. */
export function roundTableSymbol(w: number, d: number): SymbolShape[] {
	return [
		ellipse(w / 2, d / 2, w / 2, d / 2, 'outline'),
		circle(w / 2, d / 2, Math.min(w, d) * 0.04)
	];
}
