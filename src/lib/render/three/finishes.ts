/**
 * Finish ids of the catalog → TSL node materials from `shaders/materials.ts`, one shared
 * material per finish (and per highlight use), so merged meshes of one finish share a program.
 */
import { getFinish, type FinishKind } from '../../catalog/finishes';
import { glassMaterial, surfaceMaterial, type Pattern } from '$shaders/materials';
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

/** Built-in surfaces of the geometry layer that are not catalog finishes. */
const BUILT_IN: Record<string, { pattern: Pattern; color: string; roughness: number }> = {
	'wall:cap': { pattern: 'paint', color: '#e4e1da', roughness: 0.9 },
	'wall:reveal': { pattern: 'paint', color: '#efede8', roughness: 0.9 },
	'floor:underside': { pattern: 'concrete', color: '#bdbab3', roughness: 0.95 }
};

const FALLBACK = { pattern: 'paint' as Pattern, color: '#d9d6cf', roughness: 0.9 };

export class MaterialLibrary {
	private cache = new Map<string, Material>();

	get(finishId: string, highlight = true): Material {
		const key = `${finishId}|${highlight}`;
		let m = this.cache.get(key);
		if (!m) {
			m = create(finishId, highlight);
			this.cache.set(key, m);
		}
		return m;
	}

	dispose(): void {
		for (const m of this.cache.values()) m.dispose();
		this.cache.clear();
	}
}

function create(finishId: string, highlight: boolean): Material {
	const finish = getFinish(finishId);
	if (finish?.kind === 'glass' || finishId === 'glass') return glassMaterial();
	if (finish) {
		return surfaceMaterial(PATTERN[finish.kind], {
			color: finish.color,
			roughness: finish.roughness,
			metalness: finish.metalness,
			highlight
		});
	}
	const spec = BUILT_IN[finishId] ?? FALLBACK;
	return surfaceMaterial(spec.pattern, { color: spec.color, roughness: spec.roughness, highlight });
}
