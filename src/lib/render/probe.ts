/**
 * Capability probes for the renderer tiers. Each one draws into a tiny canvas and reads a pixel
 * back: an adapter or a context alone proves nothing (headless Chromium with only
 * `--enable-unsafe-webgpu` hands out an adapter whose device dies as soon as a canvas is
 * configured). Browser-only; every browser object can be injected for tests.
 */

export interface ProbeResult {
	ok: boolean;
	/** Why the API is usable or not, in words for the diagnostics page and logs. */
	reason: string;
	/** Adapter or GL renderer description when known. */
	detail?: string;
}

/** [r, g, b, a] in 0..255 */
export type Rgba = readonly [number, number, number, number];

// The WebGPU flag constants (GPUTextureUsage etc.) are not in TypeScript's DOM types.
const TEXTURE_COPY_SRC = 0x01;
const TEXTURE_RENDER_ATTACHMENT = 0x10;
const BUFFER_MAP_READ = 0x01;
const BUFFER_COPY_DST = 0x08;
const MAP_READ = 0x01;

const SIZE = 4;
/** copyTextureToBuffer needs rows aligned to 256 bytes. */
const BYTES_PER_ROW = 256;
const CLEAR_RGBA: Rgba = [0, 0, 255, 255];
const TRIANGLE_RGBA: Rgba = [255, 128, 0, 255];
/** 8-bit rounding differs between implementations by a step or two. */
const TOLERANCE = 3;

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

/** Whether two colours agree within a rounding tolerance. */
export function sameColour(actual: ArrayLike<number>, expected: Rgba, tolerance = TOLERANCE) {
	for (let i = 0; i < 4; i++) if (Math.abs(actual[i] - expected[i]) > tolerance) return false;
	return true;
}

/** The pixel at (x, y) of a read-back buffer as RGBA, swapping channels for BGRA textures. */
export function pixelAt(
	bytes: Uint8Array,
	x: number,
	y: number,
	bytesPerRow: number,
	format: string
): Rgba {
	const i = y * bytesPerRow + x * 4;
	const [a, b, c, d] = [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
	return format.startsWith('bgra') ? [c, b, a, d] : [a, b, c, d];
}

/** Settles with `work`, or with `onTimeout()` when it takes longer than `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => resolve(onTimeout()), ms);
		work.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

function message(error: unknown) {
	return error instanceof Error ? error.message : String(error);
}

type ProbeCanvas = HTMLCanvasElement | OffscreenCanvas;

function defaultCanvas(): ProbeCanvas {
	if (typeof document !== 'undefined') {
		const canvas = document.createElement('canvas');
		canvas.width = SIZE;
		canvas.height = SIZE;
		return canvas;
	}
	return new OffscreenCanvas(SIZE, SIZE);
}

const toUnit = (c: Rgba) => c.map((v) => v / 255);

// A triangle over the lower-left half of clip space: the bottom-left pixel must come out in the
// triangle's colour and the top-right one in the clear colour, which proves a real draw.
const WGSL = /* wgsl */ `
@vertex fn vs(@builtin(vertex_index) i: u32) -> @builtin(position) vec4f {
	var corners = array<vec2f, 3>(vec2f(-1.0, -1.0), vec2f(1.0, -1.0), vec2f(-1.0, 1.0));
	return vec4f(corners[i], 0.0, 1.0);
}
@fragment fn fs() -> @location(0) vec4f {
	return vec4f(${toUnit(TRIANGLE_RGBA).join(', ')});
}`;

export interface WebGPUProbeOptions {
	gpu?: GPU | undefined;
	createCanvas?: () => ProbeCanvas;
	timeoutMs?: number;
}

/** Requests a device, draws a triangle into a canvas and reads two pixels back. */
export async function probeWebGPU(options: WebGPUProbeOptions = {}): Promise<ProbeResult> {
	const gpu = 'gpu' in options ? options.gpu : globalThis.navigator?.gpu;
	if (!gpu) return { ok: false, reason: 'navigator.gpu is missing' };
	let device: GPUDevice | undefined;
	const drawing = (async (): Promise<ProbeResult> => {
		const adapter = await gpu.requestAdapter();
		if (!adapter) return { ok: false, reason: 'no WebGPU adapter' };
		const info = adapter.info;
		const detail = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');
		device = await adapter.requestDevice();
		const lostInfo = device.lost.then((l): ProbeResult => ({
			ok: false,
			reason: `device lost: ${l.message || l.reason}`
		}));
		const result = await Promise.race([lostInfo, drawAndRead(gpu, device, options)]);
		return { ...result, detail };
	})();
	// Free the device however the probe ends, also when it answers after the timeout.
	const release = () => device?.destroy();
	drawing.then(release, release);
	const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
	try {
		return await withTimeout(drawing, timeoutMs, () => {
			release();
			return { ok: false, reason: `no answer within ${timeoutMs} ms` };
		});
	} catch (error) {
		return { ok: false, reason: `WebGPU failed: ${message(error)}` };
	}
}

async function drawAndRead(
	gpu: GPU,
	device: GPUDevice,
	options: WebGPUProbeOptions
): Promise<ProbeResult> {
	const canvas = (options.createCanvas ?? defaultCanvas)();
	const context = canvas.getContext('webgpu') as GPUCanvasContext | null;
	if (!context) return { ok: false, reason: 'canvas has no webgpu context' };
	const format = gpu.getPreferredCanvasFormat();
	device.pushErrorScope('validation');
	context.configure({
		device,
		format,
		alphaMode: 'opaque',
		usage: TEXTURE_RENDER_ATTACHMENT | TEXTURE_COPY_SRC
	});
	const module = device.createShaderModule({ code: WGSL });
	const pipeline = device.createRenderPipeline({
		layout: 'auto',
		vertex: { module, entryPoint: 'vs' },
		fragment: { module, entryPoint: 'fs', targets: [{ format }] },
		primitive: { topology: 'triangle-list' }
	});
	const texture = context.getCurrentTexture();
	const readback = device.createBuffer({
		size: BYTES_PER_ROW * SIZE,
		usage: BUFFER_MAP_READ | BUFFER_COPY_DST
	});
	const encoder = device.createCommandEncoder();
	const [r, g, b, a] = toUnit(CLEAR_RGBA);
	const pass = encoder.beginRenderPass({
		colorAttachments: [
			{ view: texture.createView(), clearValue: { r, g, b, a }, loadOp: 'clear', storeOp: 'store' }
		]
	});
	pass.setPipeline(pipeline);
	pass.draw(3);
	pass.end();
	encoder.copyTextureToBuffer(
		{ texture },
		{ buffer: readback, bytesPerRow: BYTES_PER_ROW, rowsPerImage: SIZE },
		{ width: SIZE, height: SIZE }
	);
	device.queue.submit([encoder.finish()]);
	const error = await device.popErrorScope();
	if (error) return { ok: false, reason: `validation error: ${error.message}` };
	await readback.mapAsync(MAP_READ);
	const bytes = new Uint8Array(readback.getMappedRange().slice(0));
	readback.unmap();
	readback.destroy();
	return judge(
		pixelAt(bytes, 0, SIZE - 1, BYTES_PER_ROW, format),
		pixelAt(bytes, SIZE - 1, 0, BYTES_PER_ROW, format)
	);
}

function judge(bottomLeft: Rgba, topRight: Rgba): ProbeResult {
	if (sameColour(bottomLeft, TRIANGLE_RGBA) && sameColour(topRight, CLEAR_RGBA)) {
		return { ok: true, reason: 'drew a triangle and read it back' };
	}
	return {
		ok: false,
		reason: `read back wrong pixels: ${bottomLeft.join(',')} / ${topRight.join(',')}`
	};
}

export interface WebGL2ProbeOptions {
	createCanvas?: () => ProbeCanvas;
}

/** Creates a WebGL2 context, clears it to a known colour and reads a pixel back. */
export function probeWebGL2(options: WebGL2ProbeOptions = {}): ProbeResult {
	let gl: WebGL2RenderingContext | null;
	try {
		const canvas = (options.createCanvas ?? defaultCanvas)();
		gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true }) as WebGL2RenderingContext;
	} catch (error) {
		return { ok: false, reason: `WebGL2 failed: ${message(error)}` };
	}
	if (!gl) return { ok: false, reason: 'no WebGL2 context' };
	try {
		if (gl.isContextLost()) return { ok: false, reason: 'WebGL2 context lost' };
		const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
		const detail = String(
			gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? ''
		);
		const [r, g, b, a] = toUnit(TRIANGLE_RGBA);
		gl.clearColor(r, g, b, a);
		gl.clear(gl.COLOR_BUFFER_BIT);
		const pixel = new Uint8Array(4);
		gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
		if (gl.getError() !== gl.NO_ERROR) return { ok: false, reason: 'WebGL2 error', detail };
		if (!sameColour(pixel, TRIANGLE_RGBA)) {
			return { ok: false, reason: `read back wrong pixel: ${[...pixel].join(',')}`, detail };
		}
		return { ok: true, reason: 'cleared to a colour and read it back', detail };
	} finally {
		// Free the context now: browsers cap how many live WebGL contexts a page may hold.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
	}
}
