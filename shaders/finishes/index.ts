/**
 * One TSL node material per catalog finish: `finishMaterial('wood:oak')`. The pattern comes
 * from the finish's kind; colours, repeat, roughness and metalness are uniforms, so every
 * finish of a kind has the same node graph (three compiles one program per kind, not per
 * finish) and a person's colour change only rewrites a uniform.
 *
 * Surfaces need uvs in centimetres (the geometry layer's convention: 1 uv unit = 1 cm).
 */
import { Color, MeshStandardNodeMaterial } from 'three/webgpu';
import {
	Fn,
	If,
	abs,
	attribute,
	cameraPosition,
	clamp,
	dot,
	float,
	fract,
	max,
	min,
	mix,
	normalView,
	oneMinus,
	positionViewDirection,
	positionWorld,
	pow,
	smoothstep,
	uniform,
	uv,
	vec3
} from 'three/tsl';
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
export const DEFAULT_SCALE: Record<FinishKind, number> = {
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

/**
 * What a surface drawn with a finish looks like, as numbers: the pattern (`kind`, as
 * `KIND_ID`), linear colours, repeat in cm, roughness and metalness.
 */
export interface FinishLook {
	kind: number;
	color: Color;
	accent: Color;
	scale: number;
	roughness: number;
	metalness: number;
	opacity: number;
}

/** Pattern ids as `finishSurfaceMaterial` reads them from the `finishParams` attribute. */
export const KIND_ID: Record<FinishKind | 'grid', number> = {
	paint: 0,
	wood: 1,
	tile: 2,
	stone: 3,
	carpet: 4,
	concrete: 5,
	brick: 6,
	metal: 7,
	glass: 8,
	grid: 9
};

/** The look of a finish record. */
export function finishLook(f: Finish): FinishLook {
	return {
		kind: KIND_ID[f.kind],
		color: new Color(f.color),
		accent: new Color(f.accent ?? f.color),
		scale: f.scale ?? DEFAULT_SCALE[f.kind],
		roughness: f.roughness,
		metalness: f.metalness,
		opacity: 0.25 + f.roughness * 0.5
	};
}

const looks = new Map<string, FinishLook>();

function lookOf(object: unknown, kind: FinishKind): FinishLook {
	const id = (object as { userData?: { finishId?: string } } | null)?.userData?.finishId ?? '';
	let look = looks.get(id);
	if (!look) {
		look = finishLook(getFinish(id) ?? finishes.find((x) => x.kind === kind)!);
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

/** Names of the vertex attributes `finishSurfaceMaterial` reads (besides position, normal, uv). */
export const FINISH_ATTRIBUTES = {
	/** vec3, linear base colour. */
	color: 'finishColor',
	/** vec3, linear accent colour (grout, mortar, grain, veins). */
	accent: 'finishAccent',
	/** vec4: KIND_ID, repeat in cm, roughness, metalness. */
	params: 'finishParams',
	/** float, 1 on the selected record's vertices. */
	highlight: 'highlight'
} as const;

export const HIGHLIGHT_COLOR = '#2f80ff';

/**
 * How a selected surface looks, for any material: `h` (0…1) mixes the base colour towards
 * `HIGHLIGHT_COLOR` and adds a blue glow, stronger at grazing angles (a rim). Shared by the
 * finish surfaces and the uploaded models so a selection looks the same on both.
 */
export function selectionLook(h: N): { tint: (base: N) => N; tintLight: (e: N) => N; glow: N } {
	const hl: N = uniform(new Color(HIGHLIGHT_COLOR));
	const rim: N = pow(oneMinus(clamp(abs(dot(normalView, positionViewDirection)), 0, 1)), 2);
	return {
		tint: (base: N) => mix(base, hl, h.mul(0.45)),
		// Emitted light (glowing models) shifts the same way, keeping its strength.
		tintLight: (e: N) => mix(e, hl.mul(max(e.x, max(e.y, e.z))), h.mul(0.45)),
		glow: hl.mul(h.mul(rim.mul(0.8).add(0.15)))
	};
}

/** 1 on ground grid lines `spacing` cm apart, about `px` pixels wide, without derivatives. */
function groundLines(xz: N, spacing: N, px: N): N {
	const d = abs(fract(xz.div(spacing).sub(0.5)).sub(0.5)).mul(spacing);
	const line = oneMinus(smoothstep(float(0), px, d));
	return max(line.x, line.y);
}

/**
 * Every finish in one node material: the pattern, colours, repeat, roughness and metalness come
 * from vertex attributes (`FINISH_ATTRIBUTES`), so walls, floors, ceilings and furniture parts
 * with different finishes merge into one mesh per level and all compile to one shader program
 * (on software renderers each program costs hundreds of milliseconds). The patterns are the
 * same functions `finishMaterial` uses, so a surface looks like its swatch. Branches depend on
 * a varying, so no pattern may use derivatives or textures (WGSL's uniformity rule): the
 * ground grid (`KIND_ID.grid`) widens its lines with the distance to the camera instead.
 * `transparent` makes the glass variant (opacity from roughness, as `finishMaterial` does).
 */
export function finishSurfaceMaterial(transparent = false): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const params: N = attribute(FINISH_ATTRIBUTES.params, 'vec4');
	const base: N = attribute(FINISH_ATTRIBUTES.color, 'vec3');
	const accent: N = attribute(FINISH_ATTRIBUTES.accent, 'vec3');
	const colour = Fn(() => {
		const p: N = uv();
		const kind: N = params.x;
		const scale: N = params.y;
		const out: N = vec3(base).toVar();
		const is = (k: FinishKind | 'grid') => kind.lessThan(KIND_ID[k] + 0.5);
		If(is('paint'), () => {
			out.assign(PATTERNS.paint(p, base, accent, scale));
		})
			.ElseIf(is('wood'), () => {
				out.assign(PATTERNS.wood(p, base, accent, scale));
			})
			.ElseIf(is('tile'), () => {
				out.assign(PATTERNS.tile(p, base, accent, scale));
			})
			.ElseIf(is('stone'), () => {
				out.assign(PATTERNS.stone(p, base, accent, scale));
			})
			.ElseIf(is('carpet'), () => {
				out.assign(PATTERNS.carpet(p, base, accent, scale));
			})
			.ElseIf(is('concrete'), () => {
				out.assign(PATTERNS.concrete(p, base, accent, scale));
			})
			.ElseIf(is('brick'), () => {
				out.assign(PATTERNS.brick(p, base, accent, scale));
			})
			.ElseIf(is('metal'), () => {
				out.assign(PATTERNS.metal(p, base, accent, scale));
			})
			.ElseIf(is('grid').and(kind.greaterThan(KIND_ID.glass + 0.5)), () => {
				// Ground: metre lines and heavier lines every five, fading into the distance.
				const xz: N = positionWorld.xz;
				const px: N = positionWorld.distance(cameraPosition).mul(0.0012);
				const lines = min(
					float(1),
					groundLines(xz, scale, px)
						.mul(0.5)
						.add(groundLines(xz, scale.mul(5), px.mul(1.5)))
				);
				const fade = oneMinus(smoothstep(float(1500), float(6000), xz.length()));
				out.assign(mix(base, accent, lines.mul(fade)));
			});
		return out;
	});
	const h: N = attribute(FINISH_ATTRIBUTES.highlight, 'float');
	const look = selectionLook(h);
	m.colorNode = look.tint(colour());
	m.emissiveNode = look.glow;
	m.roughnessNode = params.z;
	m.metalnessNode = params.w;
	if (transparent) {
		m.transparent = true;
		m.depthWrite = false;
		m.opacityNode = params.z.mul(0.5).add(0.25);
	}
	m.name = transparent ? 'finish-surface:glass' : 'finish-surface';
	return m;
}

/** Frees every cached finish material (when the 3D view goes away). */
export function disposeFinishMaterials(): void {
	for (const m of [...cache.values(), ...shared.values()]) m.dispose();
	cache.clear();
	shared.clear();
}
