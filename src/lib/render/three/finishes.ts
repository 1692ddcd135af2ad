/**
 * Finish ids → how a surface looks (`FinishLook`: pattern, colours, repeat, roughness,
 * metalness) and the per-vertex attributes that carry it to `finishSurfaceMaterial`. Walls,
 * floors, ceilings, openings, the ground and furniture parts all draw with that one material
 * (and its see-through twin for glass), so meshes merge across finishes and the scene compiles
 * one shader program instead of one per finish.
 */
import { BufferAttribute, Color, type BufferGeometry, type Material } from 'three';
import { getFinish } from '../../catalog/finishes';
import {
	FINISH_ATTRIBUTES,
	KIND_ID,
	finishLook,
	finishSurfaceMaterial,
	type FinishLook
} from '$shaders/finishes';

export type { FinishLook };

function paint(color: string, roughness = 0.9): FinishLook {
	const c = new Color(color);
	return {
		kind: KIND_ID.paint,
		color: c,
		accent: c.clone().multiplyScalar(0.55),
		scale: 1,
		roughness,
		metalness: 0,
		opacity: 1
	};
}

/** Built-in surfaces of the geometry layer and the scene that are not catalog finishes. */
const BUILT_IN: Record<string, FinishLook> = {
	'wall:cap': paint('#e4e1da'),
	'wall:reveal': paint('#efede8'),
	'wall:trim': paint('#e9e6df'),
	ground: {
		kind: KIND_ID.grid,
		color: new Color('#c9cfc3'),
		accent: new Color('#9aa395'),
		scale: 100,
		roughness: 1,
		metalness: 0,
		opacity: 1
	}
};

const FALLBACK = paint('#d9d6cf');
const looks = new Map<string, FinishLook>();

/** The look of a finish id (catalog finishes with their accent and repeat; built-ins; else grey). */
export function lookOf(finishId: string): FinishLook {
	let look = looks.get(finishId);
	if (!look) {
		const finish = getFinish(finishId);
		look = finish ? finishLook(finish) : (BUILT_IN[finishId] ?? FALLBACK);
		looks.set(finishId, look);
	}
	return look;
}

/** A plain colour (furniture bodies without a finish of their own). */
export function colourLook(color: string): FinishLook {
	const key = `colour:${color}`;
	let look = looks.get(key);
	if (!look) looks.set(key, (look = paint(color, 0.75)));
	return look;
}

export function isGlass(finishId: string): boolean {
	return finishId === 'glass' || getFinish(finishId)?.kind === 'glass';
}

/** Per-vertex finish attributes of `count` vertices, filled range by range with `write`. */
export class LookArrays {
	readonly color: Float32Array;
	readonly accent: Float32Array;
	readonly params: Float32Array;
	readonly highlight: Float32Array;

	constructor(readonly count: number) {
		this.color = new Float32Array(count * 3);
		this.accent = new Float32Array(count * 3);
		this.params = new Float32Array(count * 4);
		this.highlight = new Float32Array(count);
	}

	/** Vertices [from, to) get `look`. */
	write(look: FinishLook, from = 0, to = this.count): void {
		const { color: c, accent: a } = look;
		for (let i = from; i < to; i++) {
			this.color[i * 3] = c.r;
			this.color[i * 3 + 1] = c.g;
			this.color[i * 3 + 2] = c.b;
			this.accent[i * 3] = a.r;
			this.accent[i * 3 + 1] = a.g;
			this.accent[i * 3 + 2] = a.b;
			this.params[i * 4] = look.kind;
			this.params[i * 4 + 1] = look.scale;
			this.params[i * 4 + 2] = look.roughness;
			this.params[i * 4 + 3] = look.metalness;
		}
	}

	/** Puts the attributes on a geometry. */
	attach(g: BufferGeometry): BufferGeometry {
		g.setAttribute(FINISH_ATTRIBUTES.color, new BufferAttribute(this.color, 3));
		g.setAttribute(FINISH_ATTRIBUTES.accent, new BufferAttribute(this.accent, 3));
		g.setAttribute(FINISH_ATTRIBUTES.params, new BufferAttribute(this.params, 4));
		g.setAttribute(FINISH_ATTRIBUTES.highlight, new BufferAttribute(this.highlight, 1));
		return g;
	}
}

/** The highlight attribute of a geometry built with `LookArrays.attach`. */
export function highlightOf(g: BufferGeometry): BufferAttribute {
	return g.getAttribute(FINISH_ATTRIBUTES.highlight) as BufferAttribute;
}

/** The two materials of the scene, created when first asked for. */
export class MaterialLibrary {
	private solid: Material | null = null;
	private clear: Material | null = null;

	get surface(): Material {
		return (this.solid ??= finishSurfaceMaterial(false));
	}

	get glass(): Material {
		return (this.clear ??= finishSurfaceMaterial(true));
	}

	/** The material a finish draws with. */
	get(finishId: string): Material {
		return isGlass(finishId) ? this.glass : this.surface;
	}

	dispose(): void {
		this.solid?.dispose();
		this.clear?.dispose();
	}
}
