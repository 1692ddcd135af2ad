/** Models of beds, sofas, chairs, stools and benches. */
import { across, ball, box, column, legs, turned } from './parts';
import type { ModelPart } from './types';

/** A bed: frame, mattress, headboard as tall as the piece, one pillow per 80 cm of `pillows`. */
export function bed(pillows: number): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.08, 0.35, -0.5, 0.5),
		...legs(0.04, 0.08, 'wood', 0.02),
		box(-0.48, 0.48, 0.35, 0.55, -0.45, 0.48, 'white'),
		box(-0.5, 0.5, 0, 1, -0.5, -0.45),
		box(-0.48, 0.48, 0.55, 0.58, -0.05, 0.48, 'fabric'),
		...across(pillows, -0.44, 0.44, (a, b) => [
			box(a + 0.02, b - 0.02, 0.55, 0.66, -0.43, -0.27, 'white')
		])
	];
}

export function bunkBed(): ModelPart[] {
	const posts = [-0.5, 0.45].flatMap((x) =>
		[-0.5, 0.45].map((z) => box(x, x + 0.05, 0, 1, z, z + 0.05, 'body'))
	);
	return [
		...posts,
		box(-0.45, 0.45, 0.12, 0.2, -0.45, 0.45),
		box(-0.44, 0.44, 0.2, 0.3, -0.44, 0.44, 'white'),
		box(-0.45, 0.45, 0.6, 0.68, -0.45, 0.45),
		box(-0.44, 0.44, 0.68, 0.78, -0.44, 0.44, 'white'),
		box(-0.45, 0.45, 0.9, 0.94, 0.45, 0.5),
		...across(4, 0.68, 1, (a) => [box(0.3, 0.45, a, a + 0.02, 0.45, 0.5, 'wood')])
	];
}

export function cot(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 0.3, -0.5, 0.5),
		box(-0.46, 0.46, 0.3, 0.4, -0.46, 0.46, 'white'),
		...across(10, -0.5, 0.5, (a, b) => [
			box((a + b) / 2 - 0.01, (a + b) / 2 + 0.01, 0.3, 1, -0.5, -0.48),
			box((a + b) / 2 - 0.01, (a + b) / 2 + 0.01, 0.3, 1, 0.48, 0.5)
		]),
		box(-0.5, -0.46, 0.3, 1, -0.5, 0.5),
		box(0.46, 0.5, 0.3, 1, -0.5, 0.5)
	];
}

/** A sofa or armchair with `seats` cushions between its arms. */
export function sofa(seats: number, arm = 0.1): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.05, 0.4, -0.5, 0.5),
		...legs(0.03, 0.05, 'dark', 0.03),
		box(-0.5, 0.5, 0.4, 1, -0.5, -0.22),
		box(-0.5, -0.5 + arm, 0.4, 0.7, -0.22, 0.5),
		box(0.5 - arm, 0.5, 0.4, 0.7, -0.22, 0.5),
		...across(seats, -0.5 + arm, 0.5 - arm, (a, b) => [
			box(a + 0.005, b - 0.005, 0.4, 0.52, -0.22, 0.49, 'fabric')
		])
	];
}

/** An L-shaped sofa: back along the rear and down the left, chaise on the left. */
export function cornerSofa(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 0.4, -0.5, -0.05),
		box(-0.5, -0.05, 0, 0.4, -0.05, 0.5),
		box(-0.5, 0.5, 0.4, 1, -0.5, -0.4),
		box(-0.5, -0.42, 0.4, 1, -0.4, 0.5),
		box(0.44, 0.5, 0.4, 0.7, -0.4, -0.05),
		box(-0.42, 0.43, 0.4, 0.52, -0.4, -0.06, 'fabric'),
		box(-0.42, -0.06, 0.4, 0.52, -0.05, 0.49, 'fabric')
	];
}

/** A chair: seat, back, four legs; `arms` adds arm rests. */
export function chair(arms = false, seat = 0.5): ModelPart[] {
	const parts = [
		box(-0.5, 0.5, seat - 0.05, seat, -0.5, 0.5),
		box(-0.5, 0.5, seat, 1, -0.5, -0.4),
		...legs(0.08, seat - 0.05, 'wood', 0)
	];
	if (arms)
		parts.push(
			box(-0.5, -0.42, seat + 0.2, seat + 0.24, -0.4, 0.45),
			box(0.42, 0.5, seat + 0.2, seat + 0.24, -0.4, 0.45)
		);
	return parts;
}

export function officeChair(): ModelPart[] {
	// Five-spoke bases need angles the cell's box bounds poorly; three crossed bars read the same.
	const star = [0, 1, 2].map((i) =>
		turned(box(-0.03, 0.03, 0, 0.05, -0.45, 0.45, 'dark'), [0, (i * Math.PI) / 3, 0])
	);
	return [
		...star,
		column(0, 0, 0.06, 0.4, 0.04, 0.04, 'metal'),
		box(-0.4, 0.4, 0.4, 0.46, -0.4, 0.4),
		box(-0.38, 0.38, 0.55, 1, -0.45, -0.38),
		box(-0.04, 0.04, 0.42, 0.6, -0.42, -0.36, 'dark')
	];
}

/** A round stool or footstool; a bar stool (`bar`) stands on a pole with a foot ring. */
export function stool(bar: boolean): ModelPart[] {
	if (!bar) return [column(0, 0, 0.05, 1, 0.5), column(0, 0, 0, 0.05, 0.4, 0.4, 'dark')];
	return [
		column(0, 0, 0.92, 1, 0.5, 0.5),
		column(0, 0, 0.05, 0.92, 0.05, 0.05, 'metal'),
		column(0, 0, 0.3, 0.33, 0.38, 0.38, 'metal'),
		column(0, 0, 0, 0.05, 0.45, 0.45, 'metal')
	];
}

/** A bench: seat slats on legs, with a back when `back` (a garden bench). */
export function bench(back: boolean): ModelPart[] {
	const seat = back ? 0.5 : 0.9;
	const parts = [
		...[0, 1, 2].map((i) =>
			box(-0.5, 0.5, seat - 0.06, seat, -0.5 + i * 0.34, -0.5 + i * 0.34 + 0.3)
		),
		...legs(0.05, seat - 0.06, 'body', 0.02)
	];
	if (back)
		parts.push(box(-0.5, 0.5, 0.65, 0.95, -0.5, -0.42), box(-0.5, -0.45, 0.5, 0.7, -0.5, 0.5));
	return parts;
}

/** Lounger and sun bed: frame on short legs with a raised back rest. */
export function lounger(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.5, 0.7, -0.2, 0.5),
		...legs(0.05, 0.5, 'metal'),
		turned(box(-0.5, 0.5, 0.55, 0.75, -0.46, -0.16), [-0.9, 0, 0]),
		box(-0.46, 0.46, 0.7, 0.78, -0.18, 0.48, 'fabric')
	];
}

/** A standing mirror: a frame on a foot, the glass in front. */
export function standingMirror(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 0.05, -0.5, 0.5),
		box(-0.45, 0.45, 0.05, 1, -0.05, 0.05),
		box(-0.4, 0.4, 0.1, 0.95, 0.05, 0.08, 'glass'),
		ball([0, 0.05, 0], [0.05, 0.05, 0.05], 'wood')
	];
}
