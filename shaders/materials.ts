/**
 * TSL node materials for the 3D view. three compiles them to WGSL on WebGPU and to GLSL on the
 * WebGL2 backend, so both tiers look the same. Patterns are procedural (no texture downloads)
 * and work in the geometry layer's real-unit UVs: 1 uv unit = 1 cm.
 *
 * Every surface material can carry a selection highlight: meshes give it a per-vertex float
 * attribute `highlight` (0 or 1) and the material tints those vertices and adds a rim glow,
 * so highlighting a wall inside a merged mesh only rewrites a range of that attribute.
 */
import { Color, MeshBasicNodeMaterial, MeshStandardNodeMaterial } from 'three/webgpu';
import {
	Fn,
	If,
	abs,
	attribute,
	clamp,
	dot,
	float,
	floor,
	fract,
	fwidth,
	hash,
	max,
	min,
	mix,
	mod,
	mx_noise_float,
	normalView,
	oneMinus,
	positionViewDirection,
	positionWorld,
	pow,
	sin,
	smoothstep,
	step,
	uniform,
	uv,
	vec2,
	vec3
} from 'three/tsl';

/**
 * A TSL node of any value type. The typed `Node<'vec3'>` etc. of @types/three cannot express
 * helpers that work on floats and vectors alike (swizzles, mixed-type arithmetic), which TSL
 * itself allows at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export type Pattern =
	'paint' | 'wood' | 'tile' | 'brick' | 'concrete' | 'stone' | 'fabric' | 'metal' | 'grid';

/** Pattern ids as the shader sees them. */
export const PATTERN_ID: Record<Pattern, number> = {
	paint: 0,
	metal: 0,
	wood: 1,
	tile: 2,
	brick: 3,
	concrete: 4,
	stone: 5,
	fabric: 6,
	grid: 7
};

/**
 * How one surface looks. Meshes carry it in `userData.look`; the one surface material reads it
 * per object, so every finish shares one shader program (compiled once, not once per finish —
 * on software renderers a program costs a few hundred milliseconds).
 */
export interface SurfaceLook {
	pattern: Pattern;
	/** Linear colours. */
	color: Color;
	/** Grout, mortar, grain, grid lines. */
	accent: Color;
	roughness: number;
	metalness: number;
	/** Pattern repeat in cm: tile edge, plank width, brick length, grid spacing. */
	scale: number;
}

export const HIGHLIGHT_COLOR = '#2f80ff';

export function surfaceLook(
	pattern: Pattern,
	o: { color: string; accent?: string; roughness?: number; metalness?: number; scale?: number }
): SurfaceLook {
	const color = new Color(o.color);
	const accent = o.accent
		? new Color(o.accent)
		: color.clone().multiplyScalar(pattern === 'tile' ? 0.75 : 0.55);
	return {
		pattern,
		color,
		accent,
		roughness: o.roughness ?? DEFAULT_ROUGHNESS[pattern],
		metalness: o.metalness ?? (pattern === 'metal' ? 0.8 : 0),
		scale: o.scale ?? DEFAULT_SCALE[pattern]
	};
}

const DEFAULT_SCALE: Record<Pattern, number> = {
	wood: 15,
	tile: 30,
	brick: 22,
	concrete: 100,
	stone: 40,
	fabric: 1,
	metal: 1,
	paint: 1,
	grid: 100
};

const DEFAULT_ROUGHNESS: Record<Pattern, number> = {
	wood: 0.6,
	tile: 0.35,
	brick: 0.9,
	concrete: 0.95,
	stone: 0.7,
	fabric: 1,
	metal: 0.3,
	paint: 0.85,
	grid: 1
};

/** Lines of a grid: 1 on the lines, 0 between, antialiased by the screen-space derivative. */
function gridLines(coord: N, spacing: N, widthPx = 1): N {
	const c = coord.div(spacing);
	const w = fwidth(c).mul(widthPx);
	const f = abs(fract(c.sub(0.5)).sub(0.5));
	const line: N = oneMinus(smoothstep(float(0), w, f));
	return max(line.x, line.y);
}

/** A Fresnel rim: 0 facing the camera, 1 at grazing angles. */
function rim(): N {
	return pow(oneMinus(clamp(abs(dot(normalView, positionViewDirection)), 0, 1)), 2);
}

type LookOf = { userData: { look?: SurfaceLook } };
const FALLBACK_LOOK = surfaceLook('paint', { color: '#d9d6cf' });
const lookOf = (object: unknown): SurfaceLook =>
	(object as LookOf | null)?.userData?.look ?? FALLBACK_LOOK;

/**
 * The surface material of walls, floors, ceilings and the ground: paint, wood planks, tiles,
 * brick, concrete, stone, fabric and the ground grid, chosen per object by uniforms (real
 * branches on a uniform, so each pixel runs one pattern). Needs a float vertex attribute
 * `highlight` (0/1): highlighted vertices are tinted with a rim glow (the selection outline).
 */
export function surfaceMaterial(): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const pattern: N = uniform(0).onObjectUpdate(({ object }) => PATTERN_ID[lookOf(object).pattern]);
	const base: N = uniform(new Color()).onObjectUpdate(({ object }) => lookOf(object).color);
	const accent: N = uniform(new Color()).onObjectUpdate(({ object }) => lookOf(object).accent);
	const scale: N = uniform(1).onObjectUpdate(({ object }) => lookOf(object).scale);
	const roughness: N = uniform(0.9).onObjectUpdate(({ object }) => lookOf(object).roughness);
	const metalness: N = uniform(0).onObjectUpdate(({ object }) => lookOf(object).metalness);

	const colour = Fn(() => {
		const p: N = uv();
		const out: N = vec3(base).toVar();
		If(pattern.equal(1), () => {
			// Planks `scale` cm wide along v, grain along u, each plank a slightly different tone.
			const plank = floor(p.y.div(scale));
			const tone = hash(plank).mul(0.25).add(0.85);
			const grain = sin(p.x.mul(0.08).add(sin(p.y.mul(0.7).add(p.x.mul(0.013))).mul(2.5)));
			const seam = step(float(0.97), fract(p.y.div(scale)));
			out.assign(mix(base.mul(tone), accent, grain.mul(0.5).add(0.5).mul(0.3).add(seam.mul(0.6))));
		})
			.ElseIf(pattern.equal(2), () => {
				out.assign(mix(base, accent, gridLines(p, scale, 1.5)));
			})
			.ElseIf(pattern.equal(3), () => {
				// Bricks in running bond, mortar joints about 1 cm.
				const h = scale.mul(0.35);
				const row = floor(p.y.div(h));
				const u = p.x.div(scale).add(mod(row, 2).mul(0.5));
				const joint = max(step(float(0.95), fract(u)), step(float(0.85), fract(p.y.div(h))));
				const tone = hash(floor(u).add(row.mul(57)))
					.mul(0.2)
					.add(0.9);
				out.assign(mix(base.mul(tone), accent, joint));
			})
			.ElseIf(pattern.equal(4).or(pattern.equal(5)), () => {
				const n = mx_noise_float(vec3(p.div(scale).mul(2), 0));
				const fine = hash(floor(p.mul(2))).mul(0.06);
				out.assign(base.mul(n.mul(0.12).add(0.94).add(fine)));
			})
			.ElseIf(pattern.equal(6), () => {
				out.assign(
					base.mul(
						sin(p.x.mul(3))
							.mul(sin(p.y.mul(3)))
							.mul(0.04)
							.add(1)
					)
				);
			})
			.ElseIf(pattern.equal(7), () => {
				// Ground: metre lines and heavier lines every five, fading into the distance.
				const xz = vec2(positionWorld.x, positionWorld.z);
				const lines = min(
					float(1),
					gridLines(xz, scale, 1)
						.mul(0.5)
						.add(gridLines(xz, scale.mul(5), 1.5))
				);
				const fade = oneMinus(smoothstep(float(1500), float(6000), positionWorld.xz.length()));
				out.assign(mix(base, accent, lines.mul(fade)));
			});
		return out;
	});

	const h: N = attribute('highlight', 'float');
	const hl: N = uniform(new Color(HIGHLIGHT_COLOR));
	m.colorNode = mix(colour(), hl, h.mul(0.45));
	m.emissiveNode = hl.mul(h.mul(rim().mul(0.8).add(0.15)));
	m.roughnessNode = roughness;
	m.metalnessNode = metalness;
	m.name = 'surface';
	return m;
}

/**
 * Furniture and door/window models: each vertex has its part's own colour (`color`) and a `tint`
 * (1 where the piece's colour applies instead). Instanced meshes add per-instance `pieceColor`
 * and `pieceHighlight`; meshes without instances (frames, leaves) give `pieceColor` per vertex.
 */
export function furnitureMaterial(): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const own = attribute('color', 'vec3');
	const piece = attribute('pieceColor', 'vec3');
	const h: N = attribute('pieceHighlight', 'float');
	const hl: N = uniform(new Color(HIGHLIGHT_COLOR));
	m.colorNode = mix(mix(own, piece, attribute('tint', 'float')), hl, h.mul(0.45));
	m.emissiveNode = hl.mul(h.mul(rim().mul(0.8).add(0.15)));
	m.roughness = 0.75;
	m.metalness = 0;
	m.name = 'furniture';
	return m;
}

/** Shadow stand-ins are only drawn into the shadow map, so the cheapest material will do. */
export function shadowCasterMaterial(): MeshBasicNodeMaterial {
	const m = new MeshBasicNodeMaterial();
	m.name = 'shadow-caster';
	return m;
}

/**
 * Window panes: the furniture material made see-through, so both compile to the same shader
 * program (only the blending state differs).
 */
export function glassMaterial(): MeshStandardNodeMaterial {
	const m = furnitureMaterial();
	m.transparent = true;
	m.opacity = 0.3;
	m.depthWrite = false;
	m.name = 'glass';
	return m;
}
