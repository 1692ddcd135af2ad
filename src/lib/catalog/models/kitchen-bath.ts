/** Models of kitchen units, appliances and sanitary ware. */
import { across, ball, box, column, turned } from './parts';
import type { ModelPart } from './types';

const PLINTH = 0.07;

/** A base unit under a worktop: carcass, plinth, worktop, `doors` fronts. */
export function baseUnit(doors: number): ModelPart[] {
	return [
		box(-0.5, 0.5, PLINTH, 0.95, -0.5, 0.45),
		box(-0.49, 0.49, 0, PLINTH, -0.5, 0.4, 'dark'),
		box(-0.5, 0.5, 0.95, 1, -0.5, 0.5, 'white'),
		...across(doors, -0.5, 0.5, (a, b) => [
			box(a + 0.005, b - 0.005, PLINTH + 0.01, 0.94, 0.45, 0.48),
			box(a + 0.05, b - 0.05, 0.85, 0.87, 0.48, 0.5, 'metal')
		])
	];
}

/** A sink unit: base unit with `bowls` basins sunk into the worktop and a tap. */
export function sinkUnit(bowls: number): ModelPart[] {
	return [
		...baseUnit(2).filter((p) => p.material !== 'white'),
		box(-0.5, 0.5, 0.95, 1, -0.5, -0.35, 'white'),
		box(-0.5, 0.5, 0.95, 1, 0.35, 0.5, 'white'),
		box(-0.5, -0.4, 0.95, 1, -0.35, 0.35, 'white'),
		box(0.4, 0.5, 0.95, 1, -0.35, 0.35, 'white'),
		...across(bowls, -0.4, 0.4, (a, b) => [
			box(a + 0.02, b - 0.02, 0.8, 0.96, -0.33, 0.33, 'metal')
		]),
		column(0, -0.42, 0.95, 1, 0.015, 0.02, 'metal')
	];
}

/** A cooker: oven door with its window, black hob with four rings on top. */
export function cooker(): ModelPart[] {
	return [
		box(-0.5, 0.5, PLINTH, 0.95, -0.5, 0.46),
		box(-0.49, 0.49, 0, PLINTH, -0.5, 0.4, 'dark'),
		box(-0.5, 0.5, 0.95, 1, -0.5, 0.5, 'dark'),
		box(-0.4, 0.4, 0.2, 0.7, 0.46, 0.48, 'glass'),
		box(-0.4, 0.4, 0.76, 0.78, 0.46, 0.5, 'metal'),
		...[-0.22, 0.22].flatMap((x) =>
			[-0.22, 0.18].map((z) => column(x, z, 1 - 0.005, 1, 0.15, 0.15, 'metal'))
		)
	];
}

/** A tall appliance or larder: one or two doors with long handles. */
export function tallUnit(split: number | null): ModelPart[] {
	const parts = [box(-0.5, 0.5, 0, 1, -0.5, 0.47), box(0.38, 0.42, 0.3, 0.9, 0.47, 0.5, 'metal')];
	if (split !== null) {
		parts.push(box(-0.5, 0.5, split - 0.005, split + 0.005, 0.47, 0.48, 'dark'));
		parts.push(box(0.38, 0.42, split - 0.2, split - 0.05, 0.47, 0.5, 'metal'));
	}
	return parts;
}

/** A washing machine or dryer: a porthole door and a control panel. */
export function washer(): ModelPart[] {
	// The porthole: a flat disc laid along z (a cylinder turned a quarter about x).
	const porthole = turned(column(0, 0, 0, 0.04, 0.3, 0.3, 'glass'), [Math.PI / 2, 0, 0]);
	return [
		box(-0.5, 0.5, 0, 1, -0.5, 0.46),
		{ ...porthole, position: [0, 0.45, 0.47] },
		box(-0.48, 0.48, 0.85, 0.97, 0.46, 0.48, 'dark')
	];
}

/** A dishwasher or oven: a flush door with a handle bar along its top. */
export function appliance(window: boolean): ModelPart[] {
	const parts = [box(-0.5, 0.5, 0, 1, -0.5, 0.47), box(-0.4, 0.4, 0.85, 0.88, 0.47, 0.5, 'metal')];
	if (window) parts.push(box(-0.38, 0.38, 0.25, 0.75, 0.47, 0.49, 'glass'));
	return parts;
}

/** A cooker hood: the canopy and its chimney up the wall. */
export function hood(): ModelPart[] {
	return [box(-0.5, 0.5, 0, 0.25, -0.5, 0.5), box(-0.2, 0.2, 0.25, 1, -0.5, -0.1)];
}

/** An island: base units to the front, a breakfast overhang at the back. */
export function island(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.95, 1, -0.5, 0.5, 'white'),
		box(-0.48, 0.48, PLINTH, 0.95, -0.2, 0.45),
		box(-0.47, 0.47, 0, PLINTH, -0.18, 0.4, 'dark'),
		...across(3, -0.48, 0.48, (a, b) => [
			box(a + 0.005, b - 0.005, PLINTH + 0.01, 0.94, 0.45, 0.48),
			box(a + 0.05, b - 0.05, 0.85, 0.87, 0.48, 0.5, 'metal')
		])
	];
}

/** A bathtub: shell with a rim, the water-side hollow, a tap at the foot. */
export function bathtub(feet: boolean): ModelPart[] {
	const y0 = feet ? 0.12 : 0;
	const parts = [
		box(-0.5, 0.5, y0, 1, -0.5, -0.4),
		box(-0.5, 0.5, y0, 1, 0.4, 0.5),
		box(-0.5, -0.42, y0, 1, -0.4, 0.4),
		box(0.42, 0.5, y0, 1, -0.4, 0.4),
		box(-0.42, 0.42, y0, y0 + 0.15, -0.4, 0.4),
		column(0.45, 0, 0.95, 1, 0.02, 0.04, 'metal')
	];
	if (feet)
		for (const x of [-0.4, 0.4])
			for (const z of [-0.35, 0.35]) parts.push(ball([x, 0.06, z], [0.04, 0.06, 0.06], 'metal'));
	return parts;
}

/** A shower tray; with `glass` also the enclosure's screens and a shower head. */
export function shower(glass: boolean): ModelPart[] {
	const tray = glass ? 0.05 : 1;
	const parts = [box(-0.5, 0.5, 0, tray, -0.5, 0.5)];
	if (glass)
		parts.push(
			box(-0.5, 0.5, tray, 1, 0.48, 0.5, 'glass'),
			box(0.48, 0.5, tray, 1, -0.48, 0.48, 'glass'),
			box(-0.02, 0.02, tray, 0.95, -0.5, -0.47, 'metal'),
			column(0, -0.38, 0.9, 0.93, 0.1, 0.1, 'metal')
		);
	else parts.push(column(0, 0, 0.99, 1, 0.05, 0.05, 'metal'));
	return parts;
}

/** A toilet or bidet: bowl, seat and (toilet only) the cistern against the wall. */
export function toilet(cistern: boolean): ModelPart[] {
	const bowlTop = cistern ? 0.5 : 1;
	const parts = [
		column(0, 0.1, 0, bowlTop - 0.05, 0.35, 0.38),
		column(0, 0.1, bowlTop - 0.05, bowlTop, 0.45, 0.4, cistern ? 'white' : 'body')
	];
	if (cistern) parts.push(box(-0.5, 0.5, 0.5, 1, -0.5, -0.25));
	else parts.push(box(-0.3, 0.3, 0, bowlTop, -0.5, -0.3));
	return parts;
}

/** A washbasin: the basin top on a pedestal or vanity, with `taps` taps. */
export function basin(taps: number, vanity: boolean): ModelPart[] {
	const parts = [
		box(-0.5, 0.5, 0.85, 1, -0.5, 0.5),
		...across(taps, -0.5, 0.5, (a, b) => [
			box((a + b) / 2 - (b - a) * 0.3, (a + b) / 2 + (b - a) * 0.3, 0.9, 1, -0.35, 0.4, 'ceramic'),
			column((a + b) / 2, -0.43, 0.9, 1, 0.02, 0.04, 'metal')
		])
	];
	if (vanity)
		parts.push(
			...across(taps * 2, -0.5, 0.5, (a, b) => [
				box(a + 0.005, b - 0.005, 0.2, 0.84, -0.45, 0.45, 'wood')
			])
		);
	else parts.push(box(-0.15, 0.15, 0, 0.85, -0.5, -0.2));
	return parts;
}

/** A towel radiator: two uprights and rails. */
export function radiator(): ModelPart[] {
	return [
		box(-0.5, -0.42, 0, 1, -0.5, 0.5),
		box(0.42, 0.5, 0, 1, -0.5, 0.5),
		...Array.from({ length: 12 }, (_, i) =>
			box(-0.42, 0.42, 0.05 + i * 0.075, 0.09 + i * 0.075, -0.3, 0.3)
		)
	];
}
