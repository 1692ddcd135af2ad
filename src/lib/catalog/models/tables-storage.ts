/** Models of tables, desks, cabinets, shelving and other storage. */
import { across, box, column, legs, lowered } from './parts';
import type { ModelPart, PartMaterial } from './types';

/** A table top `thick` (cell fraction) on four legs; `glass` gives it a glass top. */
export function table(
	thick = 0.06,
	top: PartMaterial = 'body',
	leg: PartMaterial = 'wood'
): ModelPart[] {
	return [box(-0.5, 0.5, 1 - thick, 1, -0.5, 0.5, top), ...legs(0.06, 1 - thick, leg)];
}

/** A round table on one pedestal. */
export function roundTable(): ModelPart[] {
	return [
		column(0, 0, 0.95, 1, 0.5),
		column(0, 0, 0.05, 0.95, 0.06, 0.06, 'wood'),
		column(0, 0, 0, 0.05, 0.3, 0.3, 'wood')
	];
}

/** A coffee table: frame, glass top inset, a shelf underneath. */
export function coffeeTable(): ModelPart[] {
	return [
		...legs(0.06, 0.9, 'body', 0),
		box(-0.5, 0.5, 0.9, 0.95, -0.5, 0.5),
		box(-0.44, 0.44, 0.95, 1, -0.42, 0.42, 'glass'),
		box(-0.44, 0.44, 0.2, 0.25, -0.44, 0.44)
	];
}

/** A desk: top, two side panels, a modesty panel; `drawers` adds a pedestal on the right. */
export function desk(drawers: boolean): ModelPart[] {
	const parts = [
		box(-0.5, 0.5, 0.95, 1, -0.5, 0.5),
		box(-0.5, -0.46, 0, 0.95, -0.48, 0.48),
		box(0.46, 0.5, 0, 0.95, -0.48, 0.48),
		box(-0.46, 0.46, 0.5, 0.95, -0.48, -0.45)
	];
	if (drawers) {
		parts.push(box(0.2, 0.46, 0, 0.95, -0.45, 0.45));
		for (const y of [0.3, 0.6])
			parts.push(box(0.22, 0.44, y - 0.005, y + 0.005, 0.45, 0.46, 'dark'));
	}
	return parts;
}

/** A standing desk or bar table: a top on a T-frame of metal. */
export function frameTable(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.96, 1, -0.5, 0.5),
		box(-0.4, -0.36, 0.03, 0.96, -0.04, 0.04, 'metal'),
		box(0.36, 0.4, 0.03, 0.96, -0.04, 0.04, 'metal'),
		box(-0.42, -0.34, 0, 0.03, -0.4, 0.4, 'metal'),
		box(0.34, 0.42, 0, 0.03, -0.4, 0.4, 'metal'),
		box(-0.36, 0.36, 0.88, 0.92, -0.03, 0.03, 'metal')
	];
}

/** An L-shaped desk or corner unit: a long top at the back and a return on the left. */
export function cornerTop(carcass: boolean): ModelPart[] {
	const top = carcass ? 0.95 : 0.96;
	const worktop = carcass ? 'white' : 'body';
	const parts = [
		box(-0.5, 0.5, top, 1, -0.5, -0.1, worktop),
		box(-0.5, -0.1, top, 1, -0.1, 0.5, worktop)
	];
	if (carcass)
		parts.push(
			box(-0.5, 0.5, 0.06, top, -0.5, -0.12),
			box(-0.5, -0.12, 0.06, top, -0.12, 0.48),
			box(-0.49, 0.49, 0, 0.06, -0.49, -0.15, 'dark')
		);
	else
		parts.push(
			box(0.46, 0.5, 0, top, -0.48, -0.12),
			box(-0.48, -0.12, 0, top, 0.46, 0.5),
			box(-0.5, -0.46, 0, top, -0.48, 0.48)
		);
	return parts;
}

/** A cabinet with `doors` fronts (handles and gaps), on a plinth. */
export function cabinet(doors: number, plinth = 0.04): ModelPart[] {
	const base = plinth > 0 ? [box(-0.48, 0.48, 0, plinth, -0.45, 0.4, 'dark')] : [];
	return [
		box(-0.5, 0.5, plinth, 1, -0.5, 0.48),
		...base,
		...across(doors, -0.5, 0.5, (a, b) => [
			box(a + 0.005, b - 0.005, plinth + 0.01, 0.99, 0.48, 0.5),
			box(b - 0.05, b - 0.03, 0.5, 0.75, 0.49, 0.5, 'metal')
		])
	];
}

/** A chest of drawers, sideboard or filing cabinet: `rows` × `columns` drawer fronts. */
export function drawers(rows: number, columns: number, legsHeight = 0.06): ModelPart[] {
	const parts = [
		box(-0.5, 0.5, legsHeight, 1, -0.5, 0.47),
		...legs(0.05, legsHeight, 'dark', 0.02)
	];
	const h = (1 - legsHeight - 0.02) / rows;
	for (let r = 0; r < rows; r++) {
		const y0 = legsHeight + 0.01 + r * h;
		parts.push(
			...across(columns, -0.49, 0.49, (a, b) => [
				box(a + 0.005, b - 0.005, y0 + 0.005, y0 + h - 0.005, 0.47, 0.49),
				box((a + b) / 2 - 0.06, (a + b) / 2 + 0.06, y0 + h * 0.6, y0 + h * 0.7, 0.49, 0.5, 'metal')
			])
		);
	}
	return parts;
}

/** Open shelving: sides, back and `shelves` boards; `glass` closes the front with glass. */
export function shelving(shelves: number, glass = false): ModelPart[] {
	const parts = [
		box(-0.5, -0.46, 0, 1, -0.5, 0.5),
		box(0.46, 0.5, 0, 1, -0.5, 0.5),
		box(-0.46, 0.46, 0, 1, -0.5, -0.44)
	];
	for (let i = 0; i < shelves; i++) {
		const y = (i / (shelves - 1)) * 0.97;
		parts.push(box(-0.46, 0.46, y, y + 0.03, -0.44, 0.5));
	}
	if (glass) parts.push(box(-0.46, 0.46, 0.03, 0.97, 0.46, 0.48, 'glass'));
	else
		parts.push(
			...across(6, -0.44, 0.44, (a, b) => [
				box(a + 0.01, b - 0.01, 0.03, 0.28, -0.4, 0.2, 'fabric')
			])
		);
	return parts;
}

/** A TV unit: low cabinet with the flat screen on its stand. */
export function tvUnit(): ModelPart[] {
	return [
		...lowered(cabinet(3), 0.45),
		box(-0.38, 0.38, 0.5, 1, -0.05, 0.02, 'dark'),
		box(-0.05, 0.05, 0.45, 0.5, -0.15, 0.15, 'dark')
	];
}

/** A wall-mounted shelf or mirror cabinet: one box, its front face set back by a reveal. */
export function wallBox(front: PartMaterial): ModelPart[] {
	return [box(-0.5, 0.5, 0, 1, -0.5, 0.4), box(-0.48, 0.48, 0.04, 0.96, 0.4, 0.5, front)];
}

/** A dressing table: a desk with a mirror standing at the back. */
export function dressingTable(): ModelPart[] {
	return [
		...lowered(desk(true), 0.6),
		box(-0.3, 0.3, 0.6, 1, -0.5, -0.44, 'wood'),
		box(-0.27, 0.27, 0.63, 0.97, -0.44, -0.42, 'glass')
	];
}
