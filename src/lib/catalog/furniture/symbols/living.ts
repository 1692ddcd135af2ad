/** Plan symbols for seating, tables, storage and plants in living rooms. */
import { circle, clamp, ellipse, line, outline, polyline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** A sofa or armchair: back along the rear, arms at the sides, one cushion per seat. */
export function seatingSymbol(seats: number) {
	return (w: number, d: number): SymbolShape[] => {
		const back = clamp(d * 0.22, 10, 25);
		const arm = clamp(w * 0.1, 8, 22);
		const shapes: SymbolShape[] = [
			outline(w, d, 6),
			rect(0, 0, w, back, 5),
			rect(0, 0, arm, d, 5),
			rect(w - arm, 0, arm, d, 5)
		];
		const seatW = (w - 2 * arm) / seats;
		for (let i = 0; i < seats; i++) {
			shapes.push(rect(arm + i * seatW + 1, back + 1, seatW - 2, d - back - 3, 4));
		}
		return shapes;
	};
}

/** A coffee table with a glass top inset in its frame. */
export function coffeeTableSymbol(w: number, d: number): SymbolShape[] {
	const inset = clamp(Math.min(w, d) * 0.08, 3, 8);
	return [outline(w, d, 3), rect(inset, inset, w - 2 * inset, d - 2 * inset, 2)];
}

/** A TV unit: a low cabinet with doors, the flat screen standing at its back. */
export function tvUnitSymbol(w: number, d: number): SymbolShape[] {
	const screenW = w * 0.75;
	const shapes: SymbolShape[] = [
		outline(w, d),
		rect((w - screenW) / 2, d * 0.2, screenW, clamp(d * 0.12, 2, 6), 1),
		rect(w / 2 - w * 0.1, d * 0.32, w * 0.2, d * 0.15, 1),
		line(0, d - 2, w, d - 2)
	];
	const doors = Math.max(2, Math.round(w / 45));
	for (let i = 1; i < doors; i++) shapes.push(line((w * i) / doors, d - 2, (w * i) / doors, d));
	return shapes;
}

/** A bookshelf: carcass with its front edge, shelf uprights and a few books. */
export function bookshelfSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d), line(0, d - 2, w, d - 2)];
	const bays = Math.max(1, Math.round(w / 80));
	for (let i = 1; i < bays; i++) shapes.push(line((w * i) / bays, 0, (w * i) / bays, d));
	const books = Math.max(3, Math.floor(w / 6));
	for (let i = 1; i < books; i++) {
		const x = (w * i) / books;
		shapes.push(line(x, d * 0.15, x, d * (0.55 + 0.25 * ((i * 7) % 3) * 0.5), 'hidden'));
	}
	return shapes;
}

/** A potted plant seen from above: the pot's rim and leaves fanning out. */
export function plantSymbol(w: number, d: number): SymbolShape[] {
	const cx = w / 2;
	const cy = d / 2;
	const rx = w / 2;
	const ry = d / 2;
	const shapes: SymbolShape[] = [
		ellipse(cx, cy, rx, ry, 'outline'),
		circle(cx, cy, Math.min(rx, ry) * 0.25)
	];
	const leaves = 8;
	for (let i = 0; i < leaves; i++) {
		const a = (i / leaves) * Math.PI * 2;
		shapes.push(
			line(
				cx + rx * 0.25 * Math.cos(a),
				cy + ry * 0.25 * Math.sin(a),
				cx + rx * 0.9 * Math.cos(a),
				cy + ry * 0.9 * Math.sin(a)
			)
		);
	}
	return shapes;
}

/**
 * A straight staircase seen from below the cut: treads across the run and the walking line
 * with its arrow pointing up the flight, from the front (y = depth, the bottom step) to the
 * back (the top).
 */
export function stairsSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d)];
	const treads = Math.max(3, Math.round(d / 25));
	for (let i = 1; i < treads; i++) shapes.push(line(0, (d * i) / treads, w, (d * i) / treads));
	const head = Math.min(w * 0.2, d * 0.08);
	shapes.push(
		line(w / 2, d - d / treads / 2, w / 2, d * 0.04),
		polyline(
			[
				{ x: w / 2 - head, y: d * 0.04 + head },
				{ x: w / 2, y: d * 0.04 },
				{ x: w / 2 + head, y: d * 0.04 + head }
			],
			false
		),
		circle(w / 2, d - d / treads / 2, Math.min(3, w * 0.05))
	);
	return shapes;
}
