/** Plan symbols for the pieces the first catalog did not have. */
import { circle, clamp, ellipse, line, outline, polyline, rect } from '../shapes';
import type { SymbolShape } from '../types';

/** An L-shaped corner sofa: the long run along the back, the chaise down the left side. */
export function cornerSofaSymbol(w: number, d: number): SymbolShape[] {
	const seat = clamp(Math.min(w, d) * 0.45, 40, 100);
	const back = clamp(seat * 0.25, 8, 22);
	return [
		polyline(
			[
				{ x: 0, y: 0 },
				{ x: w, y: 0 },
				{ x: w, y: seat },
				{ x: seat, y: seat },
				{ x: seat, y: d },
				{ x: 0, y: d }
			],
			true,
			'outline'
		),
		rect(0, 0, w, back, 4),
		rect(0, 0, back, d, 4),
		line(seat, back, seat, seat),
		line(back, seat, seat, seat)
	];
}

/** A rug: its edge and a border a tenth of the way in, with fringes at the short ends. */
export function rugSymbol(w: number, d: number): SymbolShape[] {
	const border = Math.min(w, d) * 0.1;
	const shapes: SymbolShape[] = [
		outline(w, d),
		rect(border, border, w - 2 * border, d - 2 * border, 0, 'hidden')
	];
	const fringes = Math.max(3, Math.floor(w / 15));
	for (let i = 1; i < fringes; i++) {
		const x = (w * i) / fringes;
		shapes.push(line(x, 0, x, Math.min(3, d / 4)), line(x, d - Math.min(3, d / 4), x, d));
	}
	return shapes;
}

/** A chest of drawers, sideboard or filing cabinet: the carcass and its drawer fronts. */
export function drawersSymbol(columns: number) {
	return (w: number, d: number): SymbolShape[] => {
		const shapes: SymbolShape[] = [outline(w, d), line(0, d - 2, w, d - 2)];
		for (let i = 1; i < columns; i++)
			shapes.push(line((w * i) / columns, d - 2, (w * i) / columns, d));
		return shapes;
	};
}

/** A round seat (stool, footstool, pouf): the seat's rim and its cushion. */
export function stoolSymbol(w: number, d: number): SymbolShape[] {
	return [
		ellipse(w / 2, d / 2, w / 2, d / 2, 'outline'),
		ellipse(w / 2, d / 2, w * 0.36, d * 0.36)
	];
}

/** A fireplace: the chimney breast, the fire box and the hearth in front. */
export function fireplaceSymbol(w: number, d: number): SymbolShape[] {
	const box = w * 0.5;
	return [
		outline(w, d),
		rect((w - box) / 2, d * 0.15, box, d * 0.5),
		rect(w * 0.1, d * 0.75, w * 0.8, d * 0.25)
	];
}

/** An upright piano: its case and the keyboard sticking out at the front. */
export function pianoSymbol(w: number, d: number): SymbolShape[] {
	const keys = d * 0.4;
	const shapes: SymbolShape[] = [outline(w, d, 2), line(w * 0.05, d - keys, w * 0.95, d - keys)];
	const octaves = Math.max(4, Math.round(w / 16));
	for (let i = 1; i < octaves; i++) {
		const x = w * 0.05 + ((w * 0.9) / octaves) * i;
		shapes.push(line(x, d - keys, x, d - keys * 0.4));
	}
	return shapes;
}

/** A cot or bunk bed: mattress outline and the bars (or ladder) along one side. */
export function cotSymbol(w: number, d: number): SymbolShape[] {
	const inset = clamp(Math.min(w, d) * 0.06, 2, 6);
	const shapes: SymbolShape[] = [
		outline(w, d, 2),
		rect(inset, inset, w - 2 * inset, d - 2 * inset, 3)
	];
	const bars = Math.max(4, Math.floor(d / 12));
	for (let i = 1; i < bars; i++) shapes.push(line(0, (d * i) / bars, inset, (d * i) / bars));
	return shapes;
}

/** Something mounted above the floor (wall cupboard, hood, mirror): outline and a dashed cross. */
export function wallMountedSymbol(w: number, d: number): SymbolShape[] {
	return [outline(w, d), line(0, 0, w, d, 'hidden'), line(w, 0, 0, d, 'hidden')];
}

/** A radiator or towel rail: the body and its fins. */
export function radiatorSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d, Math.min(2, d / 2))];
	const fins = Math.max(3, Math.floor(w / 6));
	for (let i = 1; i < fins; i++)
		shapes.push(line((w * i) / fins, d * 0.2, (w * i) / fins, d * 0.8));
	return shapes;
}

/** A parasol or round canopy: the round shade and its ribs from the pole. */
export function parasolSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [
		ellipse(w / 2, d / 2, w / 2, d / 2, 'outline'),
		circle(w / 2, d / 2, Math.min(w, d) * 0.02)
	];
	for (let i = 0; i < 8; i++) {
		const a = (i / 8) * Math.PI * 2;
		shapes.push(line(w / 2, d / 2, w / 2 + (w / 2) * Math.cos(a), d / 2 + (d / 2) * Math.sin(a)));
	}
	return shapes;
}

/** A tree seen from above: the crown's outer edge, an inner ring and the trunk. */
export function treeSymbol(w: number, d: number): SymbolShape[] {
	return [
		ellipse(w / 2, d / 2, w / 2, d / 2, 'outline'),
		ellipse(w / 2, d / 2, w * 0.32, d * 0.32, 'hidden'),
		circle(w / 2, d / 2, Math.min(w, d) * 0.05)
	];
}

/** A hot tub: the shell, the water and the seats in its corners. */
export function hotTubSymbol(w: number, d: number): SymbolShape[] {
	const rim = Math.min(w, d) * 0.1;
	return [
		outline(w, d, rim),
		rect(rim, rim, w - 2 * rim, d - 2 * rim, rim),
		circle(w / 2, d / 2, Math.min(w, d) * 0.05)
	];
}

/** A barbecue: the grill grid on a trolley with side shelves. */
export function barbecueSymbol(w: number, d: number): SymbolShape[] {
	const grill = w * 0.5;
	const x0 = (w - grill) / 2;
	const shapes: SymbolShape[] = [outline(w, d, 2), rect(x0, d * 0.1, grill, d * 0.8, 3)];
	const bars = Math.max(4, Math.floor(grill / 6));
	for (let i = 1; i < bars; i++)
		shapes.push(line(x0 + (grill * i) / bars, d * 0.15, x0 + (grill * i) / bars, d * 0.85));
	return shapes;
}

/** A standing desk, meeting table or bench: the top and its frame underneath. */
export function tableFrameSymbol(w: number, d: number): SymbolShape[] {
	const inset = clamp(Math.min(w, d) * 0.1, 3, 10);
	return [outline(w, d, 2), rect(inset, inset, w - 2 * inset, d - 2 * inset, 0, 'hidden')];
}

/** A corner desk: an L of two worktops. */
export function cornerDeskSymbol(w: number, d: number): SymbolShape[] {
	const top = clamp(Math.min(w, d) * 0.45, 40, 80);
	return [
		polyline(
			[
				{ x: 0, y: 0 },
				{ x: w, y: 0 },
				{ x: w, y: top },
				{ x: top, y: top },
				{ x: top, y: d },
				{ x: 0, y: d }
			],
			true,
			'outline'
		),
		line(top, 0, top, top, 'hidden')
	];
}

/** A shower enclosure: tray, glass screens along the front with the door's swing. */
export function showerEnclosureSymbol(w: number, d: number): SymbolShape[] {
	return [
		outline(w, d),
		line(0, 0, w, d, 'hidden'),
		line(w, 0, 0, d, 'hidden'),
		circle(w / 2, d / 2, Math.min(w, d) * 0.05),
		line(w * 0.1, d - 1, w * 0.9, d - 1)
	];
}

/** A bidet: the bowl with its tap hole behind. */
export function bidetSymbol(w: number, d: number): SymbolShape[] {
	return [
		outline(w, d * 0.25, 3),
		ellipse(w / 2, d * 0.6, w / 2, d * 0.4, 'outline'),
		ellipse(w / 2, d * 0.62, w * 0.3, d * 0.28),
		circle(w / 2, d * 0.14, Math.min(w, d) * 0.04)
	];
}

/** A double vanity: two basins in one top. */
export function doubleBasinSymbol(w: number, d: number): SymbolShape[] {
	const rx = w * 0.17;
	const ry = d * 0.3;
	return [
		outline(w, d, 2),
		ellipse(w * 0.27, d * 0.55, rx, ry),
		ellipse(w * 0.73, d * 0.55, rx, ry),
		circle(w * 0.27, d * 0.12, Math.min(w, d) * 0.03),
		circle(w * 0.73, d * 0.12, Math.min(w, d) * 0.03)
	];
}

/** A garden bench or dining bench: the seat with its slats. */
export function benchSymbol(w: number, d: number): SymbolShape[] {
	const shapes: SymbolShape[] = [outline(w, d, 2)];
	const slats = Math.max(2, Math.floor(d / 10));
	for (let i = 1; i < slats; i++) shapes.push(line(2, (d * i) / slats, w - 2, (d * i) / slats));
	return shapes;
}

/** A plain box (an imported piece nothing in the catalog matched): its outline and a cross. */
export function boxSymbol(w: number, d: number): SymbolShape[] {
	return [outline(w, d), line(0, 0, w, d, 'detail'), line(w, 0, 0, d, 'detail')];
}
