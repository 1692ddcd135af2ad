/**
 * Procedural surface patterns in TSL, in real units: `p` is a uv in centimetres (the geometry
 * layer's convention), `scale` the repeat in cm. Each returns a colour between the finish's
 * base and accent colours (and, where it matters, a roughness factor), so the same graph
 * compiles to WGSL on WebGPU and to GLSL on the WebGL2 backend and looks the same in both.
 *
 * Noise comes from one small tileable texture baked on the CPU (fractal value noise and
 * cellular distance), read with an explicit level: shader noise functions (MaterialX Perlin,
 * Worley) made one program with every pattern take seconds to compile on software renderers,
 * and an explicit-level read is allowed in the branches a per-vertex pattern id selects.
 */
import { DataTexture, LinearFilter, RGBAFormat, RepeatWrapping } from 'three/webgpu';
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
	sin,
	smoothstep,
	step,
	texture,
	vec2,
	vec3
} from 'three/tsl';

/**
 * A TSL node of any value type: @types/three's typed nodes cannot express helpers that mix
 * floats and vectors, which TSL itself allows at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type N = any;

/** Texels of the noise texture per side, and noise lattice cells it spans (it tiles). */
const SIZE = 128;
const PERIOD = 16;

/** A period × period table of random values in [0, 1) (a deterministic LCG: same every load). */
function lattice(period: number, seed: number): Float32Array {
	const out = new Float32Array(period * period);
	let h = seed * 2654435761;
	for (let i = 0; i < out.length; i++) {
		h = (Math.imul(h, 1664525) + 1013904223) >>> 0;
		out[i] = h / 4294967296;
	}
	return out;
}

/** Tileable value noise on a lattice table (period `period`) at (x, y) ≥ 0, in [0, 1). */
function valueNoise(table: Float32Array, period: number, x: number, y: number): number {
	const xi = Math.floor(x);
	const yi = Math.floor(y);
	const fx = x - xi;
	const fy = y - yi;
	const sx = fx * fx * (3 - 2 * fx);
	const sy = fy * fy * (3 - 2 * fy);
	const x0 = xi % period;
	const x1 = (xi + 1) % period;
	const y0 = (yi % period) * period;
	const y1 = ((yi + 1) % period) * period;
	const a = table[y0 + x0] + (table[y0 + x1] - table[y0 + x0]) * sx;
	const b = table[y1 + x0] + (table[y1 + x1] - table[y1 + x0]) * sx;
	return a + (b - a) * sy;
}

/** Distance to the nearest of one random point per cell (tileable), clamped to [0, 1]. */
function cellular(px: Float32Array, py: Float32Array, period: number, x: number, y: number) {
	const xi = Math.floor(x);
	const yi = Math.floor(y);
	let best = 1;
	for (let j = -1; j <= 1; j++)
		for (let i = -1; i <= 1; i++) {
			const c = (((yi + j + period) % period) * period + ((xi + i + period) % period)) | 0;
			const dx = xi + i + px[c] - x;
			const dy = yi + j + py[c] - y;
			best = Math.min(best, dx * dx + dy * dy);
		}
	return Math.sqrt(best);
}

let noiseMap: DataTexture | null = null;

/**
 * The baked noise (built on first use, 64 KB, a few milliseconds): r = three octaves of value noise, g = one
 * octave, b = cellular distance; all tile every PERIOD noise units.
 */
export function noiseTexture(): DataTexture {
	if (noiseMap) return noiseMap;
	const data = new Uint8Array(SIZE * SIZE * 4);
	const k = PERIOD / SIZE;
	const [o1, o2, o3, single] = [1, 2, 4, 1].map((m, i) => lattice(PERIOD * m, i + 1));
	const [fx, fy] = [lattice(PERIOD, 7), lattice(PERIOD, 11)];
	for (let y = 0; y < SIZE; y++)
		for (let x = 0; x < SIZE; x++) {
			const u = x * k;
			const v = y * k;
			const fbm =
				(valueNoise(o1, PERIOD, u, v) +
					0.5 * valueNoise(o2, PERIOD * 2, u * 2, v * 2) +
					0.25 * valueNoise(o3, PERIOD * 4, u * 4, v * 4)) /
				1.75;
			const o = (y * SIZE + x) * 4;
			data[o] = Math.round(fbm * 255);
			data[o + 1] = Math.round(valueNoise(single, PERIOD, u, v) * 255);
			data[o + 2] = Math.round(cellular(fx, fy, PERIOD, u, v) * 255);
			data[o + 3] = 255;
		}
	const t = new DataTexture(data, SIZE, SIZE, RGBAFormat);
	t.wrapS = t.wrapT = RepeatWrapping;
	t.magFilter = t.minFilter = LinearFilter;
	t.generateMipmaps = false;
	t.needsUpdate = true;
	t.name = 'pattern-noise';
	noiseMap = t;
	return t;
}

/** The noise texels at a noise-space point; z shifts to an unrelated part of the tile. */
function noiseAt(p: N): N {
	const q = vec2(p.x, p.y).add(vec2(p.z.mul(7.31), p.z.mul(3.17)));
	return texture(noiseTexture(), q.div(PERIOD)).level(float(0));
}

/** Fractal noise in [−1, 1]-ish (three octaves). */
export function fbm(p: N): N {
	return noiseAt(p).r.mul(2).sub(1);
}

/** Distance to the nearest feature point of a cellular pattern, in [0, 1]. */
export function cells(p: N): N {
	return noiseAt(p).b;
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
	const distance = cells(vec3(p.div(min(scale, float(10))), 1));
	const speckle = step(float(0.85), float(1).sub(distance)).mul(0.7);
	return mix(base, accent, clamp(veins.mul(0.7).add(speckle), 0, 1));
}

/** Brushed metal: streaks along u. */
export function metalPattern(p: N, base: N, accent: N, scale: N): N {
	const streaks = fbm(vec3(p.x.mul(0.02), p.y.div(scale).mul(3), 0))
		.mul(0.5)
		.add(0.5);
	return mix(base, accent, streaks.mul(0.6));
}
