/**
 * Finishes: the materials surfaces can be given. The plan stores only the id (`wood:oak`);
 * the 3D view maps each id to a node material from its kind, base colour and roughness.
 */
import type { FinishId } from '../plan/types';

export type FinishKind =
	'paint' | 'wood' | 'tile' | 'stone' | 'carpet' | 'concrete' | 'brick' | 'metal' | 'glass';

export type Surface = 'wall' | 'floor' | 'ceiling' | 'furniture';

export interface Finish {
	id: FinishId;
	name: string;
	kind: FinishKind;
	/** Base colour, CSS hex `#rrggbb`. */
	color: string;
	/** 0 = mirror-smooth, 1 = fully matte. */
	roughness: number;
	metalness: number;
	/** The surfaces this finish makes sense on, for pickers. */
	surfaces: Surface[];
	/** Second colour of the pattern: grout, mortar, grain, veins, weave (`#rrggbb`). */
	accent?: string;
	/** Pattern repeat in cm: tile edge, plank width, brick length, vein or fleck size. */
	scale?: number;
}

const ALL: Surface[] = ['wall', 'floor', 'ceiling', 'furniture'];
const WALLS: Surface[] = ['wall', 'ceiling'];
const FLOORS: Surface[] = ['floor'];

function finish(
	id: FinishId,
	name: string,
	kind: FinishKind,
	color: string,
	roughness: number,
	surfaces: Surface[],
	metalness = 0,
	pattern: { accent?: string; scale?: number } = {}
): Finish {
	return { id, name, kind, color, roughness, metalness, surfaces, ...pattern };
}

/** A finish with a patterned look: its accent colour and repeat in cm. */
const patterned = (
	id: FinishId,
	name: string,
	kind: FinishKind,
	color: string,
	roughness: number,
	surfaces: Surface[],
	accent: string,
	scale: number,
	metalness = 0
) => finish(id, name, kind, color, roughness, surfaces, metalness, { accent, scale });

export const finishes: readonly Finish[] = [
	// Paints by colour
	finish('paint:white', 'White paint', 'paint', '#f4f4f0', 0.9, ALL),
	finish('paint:warm-grey', 'Warm grey paint', 'paint', '#c9c3b8', 0.9, ALL),
	finish('paint:sage', 'Sage green paint', 'paint', '#a3b49a', 0.9, [
		'wall',
		'ceiling',
		'furniture'
	]),
	finish('paint:navy', 'Navy blue paint', 'paint', '#2c3e5c', 0.9, ['wall', 'furniture']),
	finish('paint:terracotta', 'Terracotta paint', 'paint', '#c46f4e', 0.9, ['wall', 'furniture']),
	finish('paint:charcoal', 'Charcoal paint', 'paint', '#3d3f42', 0.85, ['wall', 'furniture']),
	finish('paint:ochre', 'Ochre yellow paint', 'paint', '#d3a54a', 0.9, ['wall', 'furniture']),
	finish('paint:blush', 'Blush pink paint', 'paint', '#e2b8b0', 0.9, [
		'wall',
		'ceiling',
		'furniture'
	]),
	finish('paint:sky', 'Sky blue paint', 'paint', '#a9c7de', 0.9, ['wall', 'ceiling', 'furniture']),
	finish('paint:gloss-black', 'Black gloss', 'paint', '#1c1c1e', 0.25, ['furniture', 'wall']),
	finish('plaster:white', 'White plaster', 'paint', '#f7f6f2', 0.95, WALLS),
	// Woods: planks `scale` cm wide
	patterned(
		'wood:oak',
		'Oak',
		'wood',
		'#b8925f',
		0.6,
		['floor', 'furniture', 'wall'],
		'#8a6a42',
		18
	),
	patterned(
		'wood:walnut',
		'Walnut',
		'wood',
		'#6b4a32',
		0.55,
		['floor', 'furniture', 'wall'],
		'#46301f',
		15
	),
	patterned(
		'wood:pine',
		'Pine',
		'wood',
		'#d8b98a',
		0.65,
		['floor', 'furniture', 'ceiling', 'wall'],
		'#b08a58',
		12
	),
	patterned(
		'wood:ash',
		'Pale ash',
		'wood',
		'#dccdb0',
		0.6,
		['floor', 'furniture', 'wall'],
		'#b8a888',
		20
	),
	patterned('wood:teak', 'Teak', 'wood', '#9a6a3c', 0.5, ['floor', 'furniture'], '#70482a', 10),
	// Tiles: square tiles `scale` cm with grout in the accent colour
	patterned('tile:white', 'White tiles', 'tile', '#f0f0ec', 0.3, ['floor', 'wall'], '#c4c4be', 20),
	patterned('tile:grey', 'Grey tiles', 'tile', '#9a9c9e', 0.35, ['floor', 'wall'], '#6c6e70', 60),
	patterned('tile:terracotta', 'Terracotta tiles', 'tile', '#b5623f', 0.6, FLOORS, '#d8cfc0', 30),
	patterned(
		'tile:mosaic-blue',
		'Blue mosaic',
		'tile',
		'#3f7fa6',
		0.25,
		['floor', 'wall'],
		'#e6e6e0',
		5
	),
	patterned('tile:black', 'Black tiles', 'tile', '#26272a', 0.3, ['floor', 'wall'], '#8a8a86', 30),
	// Stone
	patterned(
		'stone:marble',
		'White marble',
		'stone',
		'#e6e3dd',
		0.2,
		['floor', 'wall', 'furniture'],
		'#9a9690',
		60
	),
	patterned('stone:slate', 'Slate', 'stone', '#4a4f55', 0.7, ['floor', 'wall'], '#353a40', 40),
	patterned(
		'stone:granite',
		'Speckled granite',
		'stone',
		'#7c7a78',
		0.4,
		['floor', 'wall', 'furniture'],
		'#2e2c2b',
		8
	),
	patterned(
		'stone:travertine',
		'Travertine',
		'stone',
		'#d9c8a8',
		0.6,
		['floor', 'wall'],
		'#b8a480',
		80
	),
	// Carpet and upholstery weave
	patterned('carpet:beige', 'Beige carpet', 'carpet', '#cdbfa6', 1, FLOORS, '#b3a48a', 0.6),
	patterned('carpet:charcoal', 'Charcoal carpet', 'carpet', '#4b4d50', 1, FLOORS, '#35373a', 0.6),
	patterned('carpet:blue', 'Blue wool carpet', 'carpet', '#4e6a8c', 1, FLOORS, '#3a5270', 0.8),
	patterned(
		'carpet:linen',
		'Linen weave',
		'carpet',
		'#c8c2b6',
		0.95,
		['floor', 'furniture'],
		'#a8a296',
		0.4
	),
	// Concrete
	patterned(
		'concrete:polished',
		'Polished concrete',
		'concrete',
		'#a8a9a6',
		0.45,
		['floor', 'wall', 'ceiling'],
		'#8a8b88',
		100
	),
	patterned(
		'concrete:raw',
		'Raw concrete',
		'concrete',
		'#9c9b96',
		0.95,
		['wall', 'ceiling', 'floor'],
		'#7a7974',
		60
	),
	// Brick: `scale` is the brick length
	patterned('brick:red', 'Red brick', 'brick', '#9c4a36', 0.95, ['wall'], '#cfc6b8', 22),
	patterned('brick:white', 'Painted white brick', 'brick', '#ecebe6', 0.9, ['wall'], '#c9c7c0', 22),
	patterned(
		'brick:yellow',
		'Yellow stock brick',
		'brick',
		'#c9a66b',
		0.95,
		['wall'],
		'#8f8a80',
		22
	),
	// Metals: brushed streaks
	patterned(
		'metal:steel',
		'Brushed steel',
		'metal',
		'#b9bcc0',
		0.35,
		['furniture'],
		'#9ea1a5',
		2,
		1
	),
	patterned(
		'metal:brass',
		'Brushed brass',
		'metal',
		'#c8a860',
		0.35,
		['furniture'],
		'#a88a48',
		2,
		1
	),
	patterned(
		'metal:copper',
		'Copper',
		'metal',
		'#c07a52',
		0.3,
		['furniture', 'wall'],
		'#9a5a3a',
		2,
		1
	),
	patterned('metal:black', 'Black steel', 'metal', '#2e3034', 0.5, ['furniture'], '#1e2024', 2, 1),
	// Glass
	finish('glass:clear', 'Clear glass', 'glass', '#dfeef2', 0.05, ['furniture', 'wall']),
	finish('glass:frosted', 'Frosted glass', 'glass', '#e8eef0', 0.6, ['furniture', 'wall'])
];

const byId = new Map(finishes.map((f) => [f.id, f]));

export function getFinish(id: FinishId): Finish | undefined {
	return byId.get(id);
}

/** Finishes suited to a surface, for a picker. */
export function finishesFor(surface: Surface): Finish[] {
	return finishes.filter((f) => f.surfaces.includes(surface));
}

/** The finishes new walls, floors and ceilings get. */
export const DEFAULT_FINISHES = {
	wall: 'paint:white',
	floor: 'wood:oak',
	ceiling: 'plaster:white'
} as const satisfies Record<'wall' | 'floor' | 'ceiling', FinishId>;
