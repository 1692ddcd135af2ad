/**
 * Procedural surface patterns in TSL, in real units: `p` is a uv in centimetres (the geometry
 * layer's convention), `scale` the repeat in cm. Each returns a colour between the finish's
 * base and accent colours (and, where it matters, a roughness factor), so the same graph
 * compiles to WGSL on WebGPU and to GLSL on the WebGL2 backend and looks the same in both.
 */
import {
	abs,
	clamp,
	float,
	floor,
	fract,
	hash,
	max,
	min,
	mix,
	mod,
	mx_noise_float,
	mx_worley_noise_float,
	sin,
	smoothstep,
	step,
	vec2,
	vec3
} from 'three/tsl';

/**
 * A TSL node of any value type: @types/three's typed nodes cannot express helpers that mix
 * floats and vectors, which TSL itself allows at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type N = any;

/** Fractal noise in [−1, 1]-ish from three octaves of Perlin noise. */
export function fbm(p: N): N {
	const a = mx_noise_float(p);
	const b = mx_noise_float(p.mul(2.03).add(17.1)).mul(0.5);
	const c = mx_noise_float(p.mul(4.01).add(41.7)).mul(0.25);
	return a.add(b).add(c).div(1.75);
}

/** 1 in a joint of `width` cm around multiples of `size` cm along one axis, else 0. */
function joint(coord: N, size: N, width: N): N {
	const d = abs(fract(coord.div(size).add(0.5)).sub(0.5)).mul(size);
	return float(1).sub(smoothstep(width.mul(0.5), width.mul(0.5).add(0.15), d));
}

/** Flat paint with the faint mottle of a roller. */
export function paintPattern(p: N, base: N): N {
	return base.mul(
		fbm(vec3(p.mul(0.15), 0))
			.mul(0.025)
			.add(1)
	);
}

/** Wood planks `scale` cm wide along u with staggered end joints, grain and a tone per board. */
export function woodPattern(p: N, base: N, accent: N, scale: N): N {
	const row = floor(p.y.div(scale));
	const boardLength = scale.mul(8);
	const shifted = p.x.add(hash(row).mul(boardLength));
	const board = floor(shifted.div(boardLength));
	const id = row.mul(31).add(board);
	const tone = hash(id.add(3)).mul(0.22).add(0.89);
	const warp = fbm(vec3(p.x.mul(0.01), p.y.mul(0.25), id)).mul(3);
	const rings = sin(p.y.mul(1.7).add(warp).add(hash(id).mul(40)))
		.mul(0.5)
		.add(0.5);
	const grain = rings
		.mul(rings)
		.mul(0.45)
		.add(fbm(vec3(p.x.mul(0.6), p.y.mul(8), 0)).mul(0.12));
	const seams = max(joint(p.y, scale, float(0.25)), joint(shifted, boardLength, float(0.3)));
	return mix(base.mul(tone), accent, clamp(grain.add(seams.mul(0.8)), 0, 1));
}

/** Square tiles `scale` cm with 3 mm of grout in the accent colour and a tone per tile. */
export function tilePattern(p: N, base: N, accent: N, scale: N): N {
	const grout = max(joint(p.x, scale, float(0.3)), joint(p.y, scale, float(0.3)));
	const cell: N = floor(p.div(scale));
	const tone = hash(cell.x.mul(17).add(cell.y)).mul(0.08).add(0.96);
	const glaze = fbm(vec3(p.mul(0.08), 2))
		.mul(0.03)
		.add(1);
	return mix(base.mul(tone).mul(glaze), accent, grout);
}

/** Bricks `scale` cm long in running bond with 1 cm mortar joints; bricks are 0.3 × as tall. */
export function brickPattern(p: N, base: N, accent: N, scale: N): N {
	const course = scale.mul(0.34);
	const row = floor(p.y.div(course));
	const x = p.x.add(mod(row, 2).mul(scale).mul(0.5));
	const mortar = max(joint(x, scale, float(1)), joint(p.y, course, float(1)));
	const id = floor(x.div(scale)).add(row.mul(57));
	const tone = hash(id).mul(0.25).add(0.85);
	const grit = fbm(vec3(p.mul(0.5), 5))
		.mul(0.08)
		.add(1);
	return mix(base.mul(tone).mul(grit), accent, mortar);
}

/** Carpet or weave: fine tufts `scale` cm apart with a soft cloud of colour. */
export function carpetPattern(p: N, base: N, accent: N, scale: N): N {
	const tufts = hash(floor(p.div(scale)).mul(vec2(1.0, 7.0))).mul(0.5);
	const cloud = fbm(vec3(p.mul(0.05), 9))
		.mul(0.5)
		.add(0.5);
	return mix(base, accent, clamp(tufts.add(cloud.mul(0.5)).sub(0.2), 0, 1));
}

/** Concrete: large cloudy patches every `scale` cm and small dark pores. */
export function concretePattern(p: N, base: N, accent: N, scale: N): N {
	const cloud = fbm(vec3(p.div(scale).mul(2), 0))
		.mul(0.5)
		.add(0.5);
	const pores = step(float(0.93), hash(floor(p.mul(1.5)))).mul(0.5);
	return mix(base, accent, clamp(cloud.mul(0.6).add(pores), 0, 1));
}

/** Stone: marble-like veins every `scale` cm plus speckles (granite shows mostly speckles). */
export function stonePattern(p: N, base: N, accent: N, scale: N): N {
	const q = p.div(scale);
	const turbulence = fbm(vec3(q.mul(1.5), 3)).mul(4);
	const veins = float(1).sub(
		smoothstep(float(0.0), float(0.12), abs(sin(q.x.add(q.y).mul(3).add(turbulence))))
	);
	const cells = mx_worley_noise_float(vec3(p.div(min(scale, float(10))), 1));
	const speckle = step(float(0.85), float(1).sub(cells)).mul(0.7);
	return mix(base, accent, clamp(veins.mul(0.7).add(speckle), 0, 1));
}

/** Brushed metal: streaks along u. */
export function metalPattern(p: N, base: N, accent: N, scale: N): N {
	const streaks = fbm(vec3(p.x.mul(0.02), p.y.div(scale).mul(3), 0))
		.mul(0.5)
		.add(0.5);
	return mix(base, accent, streaks.mul(0.6));
}
