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
	metalness = 0
): Finish {
	return { id, name, kind, color, roughness, metalness, surfaces };
}

export const finishes: readonly Finish[] = [
	finish('paint:white', 'White paint', 'paint', '#f4f4f0', 0.9, ALL),
	finish('paint:warm-grey', 'Warm grey paint', 'paint', '#c9c3b8', 0.9, ALL),
	finish('paint:sage', 'Sage green paint', 'paint', '#a3b49a', 0.9, [
		'wall',
		'ceiling',
		'furniture'
	]),
	finish('paint:navy', 'Navy blue paint', 'paint', '#2c3e5c', 0.9, ['wall', 'furniture']),
	finish('paint:terracotta', 'Terracotta paint', 'paint', '#c46f4e', 0.9, ['wall', 'furniture']),
	finish('wood:oak', 'Oak', 'wood', '#b8925f', 0.6, ['floor', 'furniture', 'wall']),
	finish('wood:walnut', 'Walnut', 'wood', '#6b4a32', 0.55, ['floor', 'furniture', 'wall']),
	finish('wood:pine', 'Pine', 'wood', '#d8b98a', 0.65, ['floor', 'furniture', 'ceiling', 'wall']),
	finish('tile:white', 'White tiles', 'tile', '#f0f0ec', 0.3, ['floor', 'wall']),
	finish('tile:grey', 'Grey tiles', 'tile', '#9a9c9e', 0.35, ['floor', 'wall']),
	finish('tile:terracotta', 'Terracotta tiles', 'tile', '#b5623f', 0.6, FLOORS),
	finish('stone:marble', 'White marble', 'stone', '#e6e3dd', 0.2, ['floor', 'wall', 'furniture']),
	finish('stone:slate', 'Slate', 'stone', '#4a4f55', 0.7, ['floor', 'wall']),
	finish('carpet:beige', 'Beige carpet', 'carpet', '#cdbfa6', 1, FLOORS),
	finish('carpet:charcoal', 'Charcoal carpet', 'carpet', '#4b4d50', 1, FLOORS),
	finish('concrete:polished', 'Polished concrete', 'concrete', '#a8a9a6', 0.45, [
		'floor',
		'wall',
		'ceiling'
	]),
	finish('brick:red', 'Red brick', 'brick', '#9c4a36', 0.95, ['wall']),
	finish('metal:steel', 'Brushed steel', 'metal', '#b9bcc0', 0.35, ['furniture'], 1),
	finish('glass:clear', 'Clear glass', 'glass', '#dfeef2', 0.05, ['furniture', 'wall']),
	finish('plaster:white', 'White plaster', 'paint', '#f7f6f2', 0.95, WALLS)
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
