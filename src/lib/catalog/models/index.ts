/**
 * The 3D model of every catalog item, as parts in the unit cell (see `types.ts`), and the
 * helpers renderers and tests use to place them.
 */
import * as m from './misc';
import * as k from './kitchen-bath';
import * as s from './seating-sleeping';
import * as t from './tables-storage';
import { box } from './parts';
import type { ModelPart, Vec3 } from './types';

export * from './types';

const MODELS: Record<string, () => ModelPart[]> = {
	// Bedroom
	'bed:single': () => s.bed(1),
	'bed:double': () => s.bed(2),
	'bed:king': () => s.bed(2),
	'bed:bunk': s.bunkBed,
	'bed:cot': s.cot,
	'bed:sofa-bed': () => s.sofa(3, 0.08),
	'wardrobe:double': () => t.cabinet(2),
	'wardrobe:single': () => t.cabinet(1),
	'wardrobe:triple': () => t.cabinet(3),
	'table:bedside': () => t.drawers(2, 1, 0.1),
	'dresser:chest': () => t.drawers(4, 1),
	'dresser:dressing-table': t.dressingTable,
	'bench:bed-end': () => s.bench(false),
	'mirror:standing': s.standingMirror,
	// Living
	'sofa:2-seat': () => s.sofa(2),
	'sofa:3-seat': () => s.sofa(3),
	'sofa:corner': s.cornerSofa,
	'armchair:standard': () => s.sofa(1, 0.18),
	'ottoman:footstool': () => s.stool(false),
	'table:coffee': t.coffeeTable,
	'table:side': () => t.table(0.05, 'body', 'body'),
	'tv-unit:standard': t.tvUnit,
	'bookshelf:standard': () => t.shelving(6),
	'sideboard:standard': () => t.drawers(2, 4, 0.12),
	'plant:potted': m.plant,
	'stairs:straight': () => m.stairs(16),
	'fireplace:standard': m.fireplace,
	'rug:rectangular': m.rug,
	'piano:upright': m.piano,
	'shelf:wall': () => [
		box(-0.5, 0.5, 0.3, 1, -0.5, 0.5),
		box(-0.4, -0.36, 0, 0.3, -0.5, 0.2, 'dark'),
		box(0.36, 0.4, 0, 0.3, -0.5, 0.2, 'dark')
	],
	// Dining
	'table:dining-4': () => t.table(),
	'table:dining-6': () => t.table(),
	'table:dining-8': () => t.table(),
	'table:dining-round': t.roundTable,
	'chair:dining': () => s.chair(),
	'chair:carver': () => s.chair(true),
	'bench:dining': () => s.bench(false),
	'stool:bar': () => s.stool(true),
	'cabinet:display': () => t.shelving(5, true),
	'table:bar': t.frameTable,
	// Office
	'desk:standard': () => t.desk(true),
	'desk:compact': () => t.desk(false),
	'desk:corner': () => t.cornerTop(false),
	'desk:standing': t.frameTable,
	'chair:office': s.officeChair,
	'chair:visitor': () => s.chair(true),
	'cabinet:filing': () => t.drawers(4, 1, 0.02),
	'shelf:office': () => t.shelving(5),
	'table:meeting': () => t.table(0.05, 'body', 'metal'),
	// Kitchen
	'kitchen:base-unit': () => k.baseUnit(1),
	'kitchen:corner-unit': () => t.cornerTop(true),
	'kitchen:sink-unit': () => k.sinkUnit(1),
	'kitchen:double-sink': () => k.sinkUnit(2),
	'kitchen:cooker': k.cooker,
	'kitchen:fridge': () => k.tallUnit(0.6),
	'kitchen:fridge-tall': () => k.tallUnit(null),
	'kitchen:tall-unit': () => k.tallUnit(0.45),
	'kitchen:dishwasher': () => k.appliance(false),
	'kitchen:oven': () => k.appliance(true),
	'kitchen:washing-machine': k.washer,
	'kitchen:dryer': k.washer,
	'kitchen:wall-unit': () => t.cabinet(1, 0),
	'kitchen:hood': k.hood,
	'kitchen:island': k.island,
	// Bathroom
	'bath:bathtub': () => k.bathtub(false),
	'bath:freestanding-bath': () => k.bathtub(true),
	'bath:shower-tray': () => k.shower(false),
	'bath:shower-enclosure': () => k.shower(true),
	'bath:toilet': () => k.toilet(true),
	'bath:bidet': () => k.toilet(false),
	'bath:washbasin': () => k.basin(1, false),
	'bath:small-basin': () => k.basin(1, false),
	'bath:double-basin': () => k.basin(2, true),
	'bath:towel-radiator': k.radiator,
	'bath:mirror-cabinet': () => t.wallBox('glass'),
	// Lighting
	'lamp:floor': () => m.floorLamp(0.2),
	'lamp:table': () => m.floorLamp(0.45),
	'lamp:pendant': m.pendant,
	'lamp:ceiling': m.ceilingLight,
	'lamp:wall': m.wallLight,
	'lamp:desk': m.deskLamp,
	'lamp:chandelier': m.chandelier,
	'lamp:arc': m.arcLamp,
	'lamp:track': () => m.trackLight(3),
	// Outdoor
	'outdoor:lounger': s.lounger,
	'outdoor:sun-bed': s.lounger,
	'outdoor:garden-table': t.roundTable,
	'outdoor:garden-chair': () => s.chair(true),
	'outdoor:bench': () => s.bench(true),
	'outdoor:garden-sofa': () => s.sofa(2, 0.12),
	'outdoor:parasol': m.parasol,
	'outdoor:barbecue': m.barbecue,
	'outdoor:planter': m.planter,
	'outdoor:hot-tub': m.hotTub,
	'outdoor:tree': m.tree,
	// A plain box with a lid (what an unmatched Sweet Home 3D piece imports as).
	'box:generic': () => [
		box(-0.5, 0.5, 0, 0.96, -0.5, 0.5),
		box(-0.5, 0.5, 0.96, 1, -0.5, 0.5, 'dark')
	],
	// Doors and windows
	'door:single': () => m.door(1, false),
	'door:narrow': () => m.door(1, false),
	'door:front': () => m.door(1, true),
	'door:double': () => m.door(2, false),
	'door:sliding': () => m.panelDoor(2, false),
	'door:pocket': () => m.panelDoor(1, false),
	'door:garage': () => m.panelDoor(5, true),
	'window:standard': () => m.windowModel(2),
	'window:small': () => m.windowModel(1),
	'window:double': () => m.windowModel(3),
	'window:tall': () => m.windowModel(1),
	'window:fixed': () => m.windowModel(1),
	'window:french': () => m.door(2, true)
};

/** The plain box every unknown id (an uploaded model's stand-in, an old document) gets. */
export const BOX_MODEL: readonly ModelPart[] = [box(-0.5, 0.5, 0, 1, -0.5, 0.5)];

const cache = new Map<string, readonly ModelPart[]>();

/** Whether the catalog has its own model for an id. */
export function hasModel(catalogId: string): boolean {
	return catalogId in MODELS;
}

/** The model of a catalog item (the plain box for ids the catalog does not know). */
export function itemModel(catalogId: string): readonly ModelPart[] {
	let parts = cache.get(catalogId);
	if (!parts) {
		const make = MODELS[catalogId];
		cache.set(catalogId, (parts = make ? Object.freeze(make()) : BOX_MODEL));
	}
	return parts;
}

/** The eight corners of a part in the cell, rotation applied (Euler XYZ about its centre). */
export function partCorners(part: ModelPart): Vec3[] {
	const [rx, ry, rz] = part.rotation ?? [0, 0, 0];
	const [cx, cy, cz] = part.position;
	const corners: Vec3[] = [];
	for (const sx of [-0.5, 0.5])
		for (const sy of [-0.5, 0.5])
			for (const sz of [-0.5, 0.5]) {
				let x = sx * part.size[0];
				let y = sy * part.size[1];
				let z = sz * part.size[2];
				// three's Euler XYZ applies the z turn first, then y, then x (matrix Rx·Ry·Rz).
				[x, y] = [x * Math.cos(rz) - y * Math.sin(rz), x * Math.sin(rz) + y * Math.cos(rz)];
				[x, z] = [x * Math.cos(ry) + z * Math.sin(ry), -x * Math.sin(ry) + z * Math.cos(ry)];
				[y, z] = [y * Math.cos(rx) - z * Math.sin(rx), y * Math.sin(rx) + z * Math.cos(rx)];
				corners.push([cx + x, cy + y, cz + z]);
			}
	return corners;
}

/** Where a part's corners land for a piece of width × depth × height cm (origin: floor centre). */
export function placedCorners(
	part: ModelPart,
	width: number,
	depth: number,
	height: number
): Vec3[] {
	return partCorners(part).map(([x, y, z]) => [x * width, y * height, z * depth]);
}
