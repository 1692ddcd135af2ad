/**
 * Finish ids of the catalog → how the surface looks (`SurfaceLook`) for the one shared surface
 * material of `shaders/materials.ts`; glass finishes get the glass material instead.
 */
import { getFinish, type FinishKind } from '../../catalog/finishes';
import {
	glassMaterial,
	surfaceLook,
	surfaceMaterial,
	type Pattern,
	type SurfaceLook
} from '$shaders/materials';
import type { Material } from 'three';

const PATTERN: Record<FinishKind, Pattern> = {
	paint: 'paint',
	wood: 'wood',
	tile: 'tile',
	stone: 'stone',
	carpet: 'fabric',
	concrete: 'concrete',
	brick: 'brick',
	metal: 'metal',
	glass: 'paint'
};

/** Built-in surfaces of the geometry layer and the scene that are not catalog finishes. */
const BUILT_IN: Record<string, SurfaceLook> = {
	'wall:cap': surfaceLook('paint', { color: '#e4e1da', roughness: 0.9 }),
	'wall:reveal': surfaceLook('paint', { color: '#efede8', roughness: 0.9 }),
	'wall:trim': surfaceLook('paint', { color: '#e9e6df', roughness: 0.9 }),
	ground: surfaceLook('grid', { color: '#c9cfc3', accent: '#9aa395', scale: 100 })
};

const FALLBACK = surfaceLook('paint', { color: '#d9d6cf', roughness: 0.9 });

export function lookOf(finishId: string): SurfaceLook {
	const finish = getFinish(finishId);
	if (finish) {
		return surfaceLook(PATTERN[finish.kind], {
			color: finish.color,
			roughness: finish.roughness,
			metalness: finish.metalness
		});
	}
	return BUILT_IN[finishId] ?? FALLBACK;
}

export function isGlass(finishId: string): boolean {
	return finishId === 'glass' || getFinish(finishId)?.kind === 'glass';
}

/** The shared materials and the looks per finish. */
export class MaterialLibrary {
	readonly surface: Material = surfaceMaterial();
	readonly glass: Material = glassMaterial();
	private looks = new Map<string, SurfaceLook>();

	/** The material for a finish, and the look its mesh must carry in `userData.look`. */
	get(finishId: string): { material: Material; look: SurfaceLook } {
		if (isGlass(finishId)) return { material: this.glass, look: FALLBACK };
		let look = this.looks.get(finishId);
		if (!look) this.looks.set(finishId, (look = lookOf(finishId)));
		return { material: this.surface, look };
	}

	dispose(): void {
		this.surface.dispose();
		this.glass.dispose();
	}
}
