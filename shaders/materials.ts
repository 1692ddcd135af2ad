/**
 * TSL node materials for the 3D view. three compiles them to WGSL on WebGPU and to GLSL on the
 * WebGL2 backend, so both tiers look the same. Patterns are procedural (no texture downloads)
 * and work in the geometry layer's real-unit UVs: 1 uv unit = 1 cm.
 *
 * Every surface material can carry a selection highlight: meshes give it a per-vertex float
 * attribute `highlight` (0 or 1) and the material tints those vertices and adds a rim glow,
 * so highlighting a wall inside a merged mesh only rewrites a range of that attribute.
 */
import { Color, DoubleSide, MeshStandardNodeMaterial } from 'three/webgpu';
import {
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
	'paint' | 'wood' | 'tile' | 'brick' | 'concrete' | 'stone' | 'fabric' | 'metal';

export interface SurfaceOptions {
	/** CSS colour of the finish (sRGB). */
	color: string;
	/** Second colour: grout, mortar, dark grain. Derived from `color` when absent. */
	accent?: string;
	roughness?: number;
	metalness?: number;
	/** Pattern repeat in cm: tile edge, plank width, brick length. */
	scale?: number;
	/** Read the `highlight` vertex attribute (merged plan meshes have it). */
	highlight?: boolean;
	/** Multiply by vertex colours (furniture models bake part colours in). */
	vertexColors?: boolean;
}

export const HIGHLIGHT_COLOR = '#2f80ff';

/** Lines of a grid: 1 on the lines, 0 between, antialiased by the screen-space derivative. */
function gridLines(coord: N, spacing: N, widthPx = 1): N {
	const c = coord.div(spacing);
	const w = fwidth(c).mul(widthPx);
	const f = abs(fract(c.sub(0.5)).sub(0.5));
	const line: N = oneMinus(smoothstep(float(0), w, f));
	return max(line.x, line.y);
}

function patternColor(pattern: Pattern, base: N, accent: N, scale: number): N {
	const p: N = uv();
	switch (pattern) {
		case 'wood': {
			// Planks `scale` cm wide along v, grain along u, each plank a slightly different tone.
			const plank = floor(p.y.div(scale));
			const tone = hash(plank).mul(0.25).add(0.85);
			const grain = sin(
				p.x.mul(0.08).add(mx_noise_float(vec3(p.x.mul(0.01), p.y.mul(0.2), 0)).mul(6))
			);
			const seam = step(float(0.97), fract(p.y.div(scale)));
			return mix(base.mul(tone), accent, grain.mul(0.5).add(0.5).mul(0.35).add(seam.mul(0.6)));
		}
		case 'tile': {
			const grout = gridLines(p, scale, 1.5);
			return mix(base, accent, grout);
		}
		case 'brick': {
			// Brick 21.5 × 6.5 cm (scaled), 1 cm mortar, running bond.
			const h = float(scale * 0.35);
			const row = floor(p.y.div(h));
			const u = p.x.div(scale).add(mod(row, 2).mul(0.5));
			const joint = max(step(float(0.95), fract(u)), step(float(0.85), fract(p.y.div(h))));
			const tone = hash(floor(u).add(row.mul(57)))
				.mul(0.2)
				.add(0.9);
			return mix(base.mul(tone), accent, joint);
		}
		case 'concrete':
		case 'stone': {
			const n = mx_noise_float(vec3(p.mul(pattern === 'stone' ? 0.05 : 0.02), 0));
			const fine = hash(floor(p.mul(2))).mul(0.06);
			return base.mul(n.mul(0.12).add(0.94).add(fine));
		}
		case 'fabric': {
			const weave = sin(p.x.mul(3))
				.mul(sin(p.y.mul(3)))
				.mul(0.04)
				.add(1);
			return base.mul(weave);
		}
		default:
			return base;
	}
}

/** A Fresnel rim: 0 facing the camera, 1 at grazing angles. */
function rim(): N {
	return pow(oneMinus(clamp(abs(dot(normalView, positionViewDirection)), 0, 1)), 2);
}

function darker(hex: string, k: number): Color {
	return new Color(hex).multiplyScalar(k);
}

export function surfaceMaterial(pattern: Pattern, o: SurfaceOptions): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const base: N = uniform(new Color(o.color));
	const accent = uniform(
		o.accent ? new Color(o.accent) : darker(o.color, pattern === 'tile' ? 0.75 : 0.55)
	);
	let colour: N = patternColor(pattern, base, accent, o.scale ?? defaultScale(pattern));
	if (o.highlight) {
		const h: N = attribute('highlight', 'float');
		const hl: N = uniform(new Color(HIGHLIGHT_COLOR));
		colour = mix(colour, hl, h.mul(0.45));
		m.emissiveNode = hl.mul(h.mul(rim().mul(0.8).add(0.15)));
	}
	m.colorNode = colour;
	m.roughness = o.roughness ?? defaultRoughness(pattern);
	m.metalness = o.metalness ?? (pattern === 'metal' ? 0.8 : 0);
	m.vertexColors = o.vertexColors ?? false;
	m.name = `${pattern}:${o.color}`;
	return m;
}

function defaultScale(pattern: Pattern): number {
	return { wood: 15, tile: 30, brick: 22, concrete: 100, stone: 40, fabric: 1, metal: 1, paint: 1 }[
		pattern
	];
}

function defaultRoughness(pattern: Pattern): number {
	return {
		wood: 0.6,
		tile: 0.35,
		brick: 0.9,
		concrete: 0.95,
		stone: 0.7,
		fabric: 1,
		metal: 0.3,
		paint: 0.85
	}[pattern];
}

/** Window panes: thin, light, slightly blue, see-through. */
export function glassMaterial(): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	m.colorNode = vec3(0.75, 0.86, 0.95);
	m.opacity = 0.3;
	m.transparent = true;
	m.depthWrite = false;
	m.roughness = 0.05;
	m.metalness = 0;
	m.side = DoubleSide;
	m.name = 'glass';
	return m;
}

/** The ground: grass-grey plane with metre lines and 5 m lines, fading with distance. */
export function groundGridMaterial(
	o: { color?: string; line?: string } = {}
): MeshStandardNodeMaterial {
	const m = new MeshStandardNodeMaterial();
	const base = uniform(new Color(o.color ?? '#c9cfc3'));
	const line = uniform(new Color(o.line ?? '#9aa395'));
	const xz = vec2(positionWorld.x, positionWorld.z);
	const metre = gridLines(xz, 100, 1);
	const five = gridLines(xz, 500, 1.5);
	const distance = positionWorld.xz.length();
	const fade = oneMinus(smoothstep(float(1500), float(6000), distance));
	m.colorNode = mix(base, line, min(float(1), metre.mul(0.5).add(five)).mul(fade));
	m.roughness = 1;
	m.metalness = 0;
	m.name = 'ground-grid';
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
