/** Models of lamps, plants, garden pieces, doors, windows and one-off living-room pieces. */
import { across, ball, box, column, cone, turned } from './parts';
import type { ModelPart } from './types';

export function plant(): ModelPart[] {
	return [
		cone(0, 0, 0, 0.3, 0.3, 0.3, 'body'),
		column(0, 0, 0, 0.3, 0.25, 0.25),
		ball([0, 0.62, 0], [0.5, 0.38, 0.5], 'plant'),
		ball([0.15, 0.8, -0.1], [0.3, 0.2, 0.3], 'plant')
	];
}

export function planter(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 0.7, -0.5, 0.5),
		box(-0.45, 0.45, 0.7, 0.72, -0.45, 0.45, 'dark'),
		...across(4, -0.45, 0.45, (a, b) => [
			ball([(a + b) / 2, 0.85, 0], [(b - a) / 2, 0.15, 0.4], 'plant')
		])
	];
}

export function tree(): ModelPart[] {
	return [
		column(0, 0, 0, 0.5, 0.05, 0.05, 'wood'),
		ball([0, 0.68, 0], [0.5, 0.32, 0.5], 'body'),
		ball([0.1, 0.88, 0.05], [0.3, 0.12, 0.3], 'body')
	];
}

/** A straight flight of stairs rising from the front (z = ½) to the back. */
export function stairs(steps: number): ModelPart[] {
	return Array.from({ length: steps }, (_, i) => {
		const z0 = 0.5 - (i + 1) / steps;
		return box(-0.5, 0.5, 0, (i + 1) / steps, z0, z0 + 1 / steps);
	});
}

export function fireplace(): ModelPart[] {
	return [
		box(-0.5, -0.25, 0, 1, -0.5, 0.3),
		box(0.25, 0.5, 0, 1, -0.5, 0.3),
		box(-0.25, 0.25, 0.6, 1, -0.5, 0.3),
		box(-0.25, 0.25, 0.1, 0.6, -0.5, 0, 'dark'),
		box(-0.5, 0.5, 0, 0.1, 0.3, 0.5, 'dark'),
		box(-0.55 + 0.05, 0.5, 0.9, 0.96, 0.3, 0.45, 'wood')
	];
}

export function rug(): ModelPart[] {
	return [box(-0.5, 0.5, 0, 1, -0.5, 0.5), box(-0.4, 0.4, 0.5, 1, -0.4, 0.4, 'fabric')];
}

export function piano(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 1, -0.5, 0.1),
		box(-0.46, 0.46, 0.55, 0.6, 0.1, 0.5),
		box(-0.45, 0.45, 0.6, 0.62, 0.15, 0.45, 'white'),
		box(-0.5, -0.46, 0, 0.6, 0.1, 0.5),
		box(0.46, 0.5, 0, 0.6, 0.1, 0.5)
	];
}

/** A parasol: base, pole and a cone canopy. */
export function parasol(): ModelPart[] {
	return [
		column(0, 0, 0, 0.04, 0.1, 0.1, 'dark'),
		column(0, 0, 0.04, 0.9, 0.01, 0.01, 'metal'),
		cone(0, 0, 0.75, 1, 0.5, 0.5)
	];
}

export function barbecue(): ModelPart[] {
	return [
		box(-0.25, 0.25, 0.55, 0.8, -0.4, 0.4),
		turned(box(-0.25, 0.25, 0.8, 0.94, -0.42, -0.22), [0.4, 0, 0]),
		box(-0.5, -0.25, 0.7, 0.73, -0.4, 0.4, 'wood'),
		box(0.25, 0.5, 0.7, 0.73, -0.4, 0.4, 'wood'),
		...[-0.45, 0.42].flatMap((x) =>
			[-0.4, 0.36].map((z) => box(x, x + 0.03, 0, 0.7, z, z + 0.04, 'metal'))
		)
	];
}

export function hotTub(): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 1, -0.5, 0.5),
		box(-0.42, 0.42, 0.8, 0.97, -0.42, 0.42, 'glass'),
		box(-0.5, 0.5, 0.97, 1, -0.5, -0.42, 'dark')
	];
}

/** Lamps. `floor`: a stand and shade; `table`: a short one; `pendant`: cord and shade. */
export function floorLamp(shade: number): ModelPart[] {
	return [
		column(0, 0, 0, 0.03, 0.3, 0.3, 'metal'),
		column(0, 0, 0.03, 1 - shade, 0.03, 0.03, 'metal'),
		column(0, 0, 1 - shade, 1, 0.5, 0.5),
		ball([0, 1 - shade * 0.6, 0], [0.15, shade * 0.25, 0.15], 'light')
	];
}

export function pendant(): ModelPart[] {
	return [
		column(0, 0, 0.5, 1, 0.01, 0.01, 'dark'),
		cone(0, 0, 0, 0.5, 0.5, 0.5),
		ball([0, 0.1, 0], [0.15, 0.1, 0.15], 'light')
	];
}

export function ceilingLight(): ModelPart[] {
	return [column(0, 0, 0.7, 1, 0.5, 0.5, 'white'), ball([0, 0.5, 0], [0.45, 0.45, 0.45], 'light')];
}

export function wallLight(): ModelPart[] {
	return [
		box(-0.2, 0.2, 0, 0.6, -0.5, -0.4, 'metal'),
		box(-0.05, 0.05, 0.45, 0.55, -0.4, 0),
		cone(0, 0.1, 0.3, 1, 0.5, 0.4),
		ball([0, 0.45, 0.1], [0.2, 0.15, 0.2], 'light')
	];
}

export function deskLamp(): ModelPart[] {
	return [
		column(0, 0.25, 0, 0.05, 0.45, 0.22, 'body'),
		turned(column(0, 0.1, 0.05, 0.75, 0.04, 0.03, 'metal'), [-0.5, 0, 0]),
		turned(cone(0, -0.2, 0.62, 0.88, 0.4, 0.2), [2, 0, 0])
	];
}

export function chandelier(): ModelPart[] {
	return [
		column(0, 0, 0.7, 1, 0.02, 0.02, 'metal'),
		ball([0, 0.55, 0], [0.12, 0.15, 0.12]),
		ball([0, 0.1, 0], [0.05, 0.1, 0.05], 'glass'),
		column(0, 0, 0.2, 0.42, 0.01, 0.01, 'metal'),
		...[0, 1, 2].map((i) =>
			turned(box(-0.45, 0.45, 0.42, 0.46, -0.02, 0.02), [0, (i * Math.PI) / 3, 0])
		),
		...[0, 1, 2, 3, 4, 5].map((i) => {
			const a = (i * Math.PI) / 3;
			return column(0.4 * Math.cos(a), 0.4 * Math.sin(a), 0.46, 0.6, 0.04, 0.04, 'light');
		})
	];
}

export function arcLamp(): ModelPart[] {
	return [
		column(0, -0.35, 0, 0.05, 0.5, 0.12, 'dark'),
		column(0, -0.35, 0.05, 0.97, 0.04, 0.01),
		box(-0.02, 0.02, 0.95, 1, -0.36, 0.38),
		cone(0, 0.38, 0.75, 0.95, 0.5, 0.12)
	];
}

export function trackLight(spots: number): ModelPart[] {
	return [
		box(-0.5, 0.5, 0.8, 1, -0.2, 0.2),
		...across(spots, -0.45, 0.45, (a, b) => [column((a + b) / 2, 0, 0, 0.8, 0.06, 0.4, 'body')])
	];
}

/** A hinged door: frame, leaf, handle. `leaves` 1 or 2; `glazed` puts glass in the leaves. */
export function door(leaves: number, glazed: boolean): ModelPart[] {
	return [
		box(-0.5, -0.46, 0, 1, -0.5, 0.5, 'white'),
		box(0.46, 0.5, 0, 1, -0.5, 0.5, 'white'),
		box(-0.46, 0.46, 0.97, 1, -0.5, 0.5, 'white'),
		...across(leaves, -0.46, 0.46, (a, b) => {
			const parts = [box(a + 0.005, b - 0.005, 0, 0.97, -0.1, 0.1)];
			const handleX = leaves === 1 || a > -0.01 ? a + 0.06 : b - 0.08;
			parts.push(box(handleX, handleX + 0.02, 0.48, 0.5, 0.1, 0.3, 'metal'));
			if (glazed) parts.push(box(a + 0.08, b - 0.08, 0.15, 0.9, -0.12, 0.12, 'glass'));
			return parts;
		})
	];
}

/** A sliding, pocket or garage door: frame and `panels` horizontal or vertical panels. */
export function panelDoor(panels: number, horizontal: boolean): ModelPart[] {
	const frame = [
		box(-0.5, -0.47, 0, 1, -0.5, 0.5, 'white'),
		box(0.47, 0.5, 0, 1, -0.5, 0.5, 'white'),
		box(-0.47, 0.47, 0.97, 1, -0.5, 0.5, 'white')
	];
	if (horizontal)
		return [
			...frame,
			...Array.from({ length: panels }, (_, i) =>
				box(-0.47, 0.47, (i * 0.97) / panels + 0.005, ((i + 1) * 0.97) / panels - 0.005, -0.3, 0.3)
			)
		];
	return [
		...frame,
		...across(panels, -0.47, 0.47, (a, b) => [
			box(a + 0.005, b - 0.005, 0, 0.97, -0.3, 0.3),
			box(a + 0.06, b - 0.06, 0.1, 0.9, -0.32, 0.32, 'glass')
		])
	];
}

/** A window: frame, `lights` panes of glass with mullions between them, and a sill. */
export function windowModel(lights: number): ModelPart[] {
	return [
		box(-0.5, 0.5, 0, 0.06, -0.5, 0.5, 'white'),
		box(-0.5, 0.5, 0.94, 1, -0.5, 0.5, 'white'),
		box(-0.5, -0.45, 0.06, 0.94, -0.5, 0.5, 'white'),
		box(0.45, 0.5, 0.06, 0.94, -0.5, 0.5, 'white'),
		...across(lights, -0.45, 0.45, (a, b) => [
			box(a, a + 0.02, 0.06, 0.94, -0.3, 0.3, 'white'),
			box(a + 0.02, b - 0.02, 0.06, 0.94, -0.05, 0.05, 'glass')
		])
	];
}
