/**
 * One TSL node material per catalog finish: `finishMaterial('wood:oak')`. The pattern comes
 * from the finish's kind; colours, repeat, roughness and metalness are uniforms, so every
 * finish of a kind has the same node graph (three compiles one program per kind, not per
 * finish) and a person's colour change only rewrites a uniform.
 *
 * Surfaces need uvs in centimetres (the geometry layer's convention: 1 uv unit = 1 cm).
 */
import { Color, MeshStandardNodeMaterial } from 'three/webgpu';
import { uniform, uv } from 'three/tsl';
import { finishes, getFinish, type Finish, type FinishKind } from '../../src/lib/catalog/finishes';
import {
	brickPattern,
	carpetPattern,
	concretePattern,
	metalPattern,
	paintPattern,
	stonePattern,
	tilePattern,
	woodPattern,
	type N
} from '../procedural/patterns';

/** The uniforms of a finish material, for editors that tweak a finish live. */
export interface FinishUniforms {
	color: { value: Color };
	accent: { value: Color };
	scale: { value: number };
}

type PatternFn = (p: N, base: N, accent: N, scale: N) => N;

const PATTERNS: Record<FinishKind, PatternFn> = {
	paint: (p, base) => paintPattern(p, base),
	glass: (_p, base) => base,
	wood: woodPattern,
	tile: tilePattern,
	stone: stonePattern,
	carpet: carpetPattern,
	concrete: concretePattern,
	brick: brickPattern,
	metal: metalPattern
};

/** Default repeat (cm) for finishes that do not give one. */
const DEFAULT_SCALE: Record<FinishKind, number> = {
	paint: 1,
	glass: 1,
	wood: 15,
	tile: 30,
	stone: 40,
	carpet: 0.6,
	concrete: 100,
	brick: 22,
	metal: 2
};

/** A node material for a finish record (also for finishes not in the catalog). */
export function materialForFinish(finish: Finish): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const color = uniform(new Color(finish.color));
	const accent = uniform(new Color(finish.accent ?? finish.color));
	const scale = uniform(finish.scale ?? DEFAULT_SCALE[finish.kind]);
	m.colorNode = PATTERNS[finish.kind](uv(), color, accent, scale);
	m.roughness = finish.roughness;
	m.metalness = finish.metalness;
	if (finish.kind === 'glass') {
		m.transparent = true;
		// Frosted glass (rough) lets less through than clear glass.
		m.opacity = 0.25 + finish.roughness * 0.5;
		m.depthWrite = false;
	}
	m.name = `finish:${finish.id}`;
	m.userData.uniforms = { color, accent, scale } satisfies FinishUniforms;
	return m;
}

const cache = new Map<string, MeshStandardNodeMaterial>();

/**
 * The shared material of a catalog finish id, or null for ids the catalog does not know
 * (built-in surfaces such as `wall:cap` stay with the 3D layer's own materials).
 */
export function finishMaterial(finishId: string): MeshStandardNodeMaterial | null {
	let m = cache.get(finishId);
	if (!m) {
		const finish = getFinish(finishId);
		if (!finish) return null;
		cache.set(finishId, (m = materialForFinish(finish)));
	}
	return m;
}

interface Look {
	color: Color;
	accent: Color;
	scale: number;
	roughness: number;
	metalness: number;
	opacity: number;
}

const looks = new Map<string, Look>();

function lookOf(object: unknown, kind: FinishKind): Look {
	const id = (object as { userData?: { finishId?: string } } | null)?.userData?.finishId ?? '';
	let look = looks.get(id);
	if (!look) {
		const f = getFinish(id) ?? finishes.find((x) => x.kind === kind)!;
		look = {
			color: new Color(f.color),
			accent: new Color(f.accent ?? f.color),
			scale: f.scale ?? DEFAULT_SCALE[f.kind],
			roughness: f.roughness,
			metalness: f.metalness,
			opacity: 0.25 + f.roughness * 0.5
		};
		looks.set(id, look);
	}
	return look;
}

const shared = new Map<FinishKind, MeshStandardNodeMaterial>();

/**
 * One material for every finish of a kind: each mesh names its finish in
 * `userData.finishId` and the uniforms follow it per object. Building a node material's
 * shader costs a few hundred milliseconds of CPU on software renderers, so a scene with many
 * finishes should use these (ten materials in all) rather than one `finishMaterial` each.
 */
export function sharedFinishMaterial(kind: FinishKind): MeshStandardNodeMaterial {
	let m = shared.get(kind);
	if (m) return m;
	m = new MeshStandardNodeMaterial();
	const color = uniform(new Color()).onObjectUpdate(({ object }) => lookOf(object, kind).color);
	const accent = uniform(new Color()).onObjectUpdate(({ object }) => lookOf(object, kind).accent);
	const scale = uniform(1).onObjectUpdate(({ object }) => lookOf(object, kind).scale);
	m.colorNode = PATTERNS[kind](uv(), color, accent, scale);
	m.roughnessNode = uniform(1).onObjectUpdate(({ object }) => lookOf(object, kind).roughness);
	m.metalnessNode = uniform(0).onObjectUpdate(({ object }) => lookOf(object, kind).metalness);
	if (kind === 'glass') {
		m.transparent = true;
		m.depthWrite = false;
		m.opacityNode = uniform(0.3).onObjectUpdate(({ object }) => lookOf(object, kind).opacity);
	}
	m.name = `finish-kind:${kind}`;
	shared.set(kind, m);
	return m;
}

/** Frees every cached finish material (when the 3D view goes away). */
export function disposeFinishMaterials(): void {
	for (const m of [...cache.values(), ...shared.values()]) m.dispose();
	cache.clear();
	shared.clear();
}
