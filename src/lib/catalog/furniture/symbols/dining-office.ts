/** Plan symbols for dining tables, chairs, desks and office chairs. */
import { arc, circle, clamp, line, outline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/**
 * A dining table with its chairs tucked underneath, dashed as hidden lines, so the symbol's
 * box stays the table's true size: `perSide` chairs along each long side.
 */
export function diningTableSymbol(perSide: number) {
	return (w: number, d: number): SymbolShape[] => {
		const shapes: SymbolShape[] = [outline(w, d, 2)];
		const chairW = Math.min(45, (w / perSide) * 0.8);
		const chairD = Math.min(20, d * 0.25);
		for (let i = 0; i < perSide; i++) {
			const x = (w * (i + 0.5)) / perSide - chairW / 2;
			shapes.push(rect(x, 0, chairW, chairD, 3, 'hidden'));
			shapes.push(rect(x, d - chairD, chairW, chairD, 3, 'hidden'));
		}
		return shapes;
	};
}

/** A chair: backrest at the rear, seat in front. */
export function chairSymbol(w: number, d: number): SymbolShape[] {
	const back = clamp(d * 0.15, 4, 10);
	return [outline(w, d, 4), rect(1, 0, w - 2, back, 2), rect(3, back + 2, w - 6, d - back - 4, 4)];
}

/** A desk: top with a drawer pedestal under one side and a keyboard near the front. */
export function deskSymbol(w: number, d: number): SymbolShape[] {
	const pedestal = Math.min(40, w * 0.3);
	return [
		outline(w, d, 1),
		rect(w - pedestal - 2, 2, pedestal, d - 4, 0, 'hidden'),
		rect(w * 0.3, d * 0.2, w * 0.3, d * 0.08, 1),
		rect(w * 0.3, d * 0.62, w * 0.3, d * 0.2, 1)
	];
}

/** An office chair from above: round seat, curved backrest, arms and the five-star base. */
export function officeChairSymbol(w: number, d: number): SymbolShape[] {
	const cx = w / 2;
	const cy = d * 0.55;
	const r = Math.min(w, d) * 0.3;
	const shapes: SymbolShape[] = [
		circle(cx, cy, r, 'outline'),
		arc(cx, cy, r + Math.min(w, d) * 0.12, Math.PI * 1.15, Math.PI * 1.85),
		rect(cx - r - Math.min(w, d) * 0.12, cy - r * 0.5, Math.min(w, d) * 0.08, r, 2),
		rect(cx + r + Math.min(w, d) * 0.04, cy - r * 0.5, Math.min(w, d) * 0.08, r, 2)
	];
	// The base's five legs, under the seat: hidden.
	const leg = Math.min(cx, d - cy, w - cx) * 0.95;
	for (let i = 0; i < 5; i++) {
		const a = Math.PI / 2 + (i * 2 * Math.PI) / 5;
		shapes.push(line(cx, cy, cx + leg * Math.cos(a), cy + leg * Math.sin(a), 'hidden'));
	}
	return shapes;
}
