import { describe, expect, it } from 'vitest';
import { pixelAt, probeWebGL2, probeWebGPU, sameColour, withTimeout } from './probe';

// The probes run for real in Chromium (tests/e2e/graphics.spec.ts); here fakes stand in for
// the browser to pin down how each kind of failure is judged.

const ROW = 256;
const TRIANGLE = [255, 128, 0, 255];
const CLEAR = [0, 0, 255, 255];

/** A 4×4 read-back image in `format` with given bottom-left and top-right pixels. */
function image(bottomLeft: number[], topRight: number[], format: string) {
	const bytes = new Uint8Array(ROW * 4);
	const put = (x: number, y: number, [r, g, b, a]: number[]) =>
		bytes.set(format.startsWith('bgra') ? [b, g, r, a] : [r, g, b, a], y * ROW + x * 4);
	put(0, 3, bottomLeft);
	put(3, 0, topRight);
	return bytes;
}

interface FakeGpuOptions {
	adapter?: boolean;
	requestDevice?: () => Promise<unknown>;
	pixels?: Uint8Array;
	format?: string;
	validationError?: string;
}

function fakeGpu(options: FakeGpuOptions = {}) {
	const format = options.format ?? 'bgra8unorm';
	const pixels = options.pixels ?? image(TRIANGLE, CLEAR, format);
	const destroyed = { device: false };
	const device = {
		lost: new Promise(() => {}),
		destroy: () => (destroyed.device = true),
		pushErrorScope: () => {},
		popErrorScope: async () =>
			options.validationError ? { message: options.validationError } : null,
		createShaderModule: () => ({}),
		createRenderPipeline: () => ({}),
		createBuffer: () => ({
			mapAsync: async () => {},
			getMappedRange: () => pixels.buffer,
			unmap: () => {},
			destroy: () => {}
		}),
		createCommandEncoder: () => ({
			beginRenderPass: () => ({ setPipeline: () => {}, draw: () => {}, end: () => {} }),
			copyTextureToBuffer: () => {},
			finish: () => ({})
		}),
		queue: { submit: () => {} }
	};
	const gpu = {
		getPreferredCanvasFormat: () => format,
		requestAdapter: async () =>
			options.adapter === false
				? null
				: {
						info: { vendor: 'fake', architecture: 'test' },
						requestDevice: options.requestDevice ?? (async () => device)
					}
	};
	const canvas = () =>
		({
			getContext: () => ({
				configure: () => {},
				getCurrentTexture: () => ({ createView: () => ({}) })
			})
		}) as unknown as HTMLCanvasElement;
	return { gpu: gpu as unknown as GPU, createCanvas: canvas, destroyed };
}

describe('pixel helpers', () => {
	it('reads BGRA images as RGBA', () => {
		const bytes = image(TRIANGLE, CLEAR, 'bgra8unorm');
		expect(pixelAt(bytes, 0, 3, ROW, 'bgra8unorm')).toEqual(TRIANGLE);
		expect(pixelAt(image(TRIANGLE, CLEAR, 'rgba8unorm'), 3, 0, ROW, 'rgba8unorm')).toEqual(CLEAR);
	});

	it('accepts small rounding differences only', () => {
		expect(sameColour([254, 127, 1, 255], [255, 128, 0, 255])).toBe(true);
		expect(sameColour([255, 100, 0, 255], [255, 128, 0, 255])).toBe(false);
	});

	it('withTimeout answers with the fallback when the work never settles', async () => {
		const result = await withTimeout(new Promise<string>(() => {}), 5, () => 'late');
		expect(result).toBe('late');
		expect(await withTimeout(Promise.resolve('done'), 1000, () => 'late')).toBe('done');
	});
});

describe('probeWebGPU', () => {
	it('is ok when the triangle and the clear colour read back', async () => {
		const fake = fakeGpu();
		const result = await probeWebGPU(fake);
		expect(result).toMatchObject({ ok: true, detail: 'fake test' });
		expect(fake.destroyed.device).toBe(true);
	});

	it('reads rgba canvases too', async () => {
		expect((await probeWebGPU(fakeGpu({ format: 'rgba8unorm' }))).ok).toBe(true);
	});

	it('fails without navigator.gpu or without an adapter', async () => {
		expect(await probeWebGPU({ gpu: undefined })).toMatchObject({ ok: false });
		const noAdapter = await probeWebGPU(fakeGpu({ adapter: false }));
		expect(noAdapter).toEqual({ ok: false, reason: 'no WebGPU adapter' });
	});

	it('fails when the canvas stays blank (a device that cannot draw)', async () => {
		const blank = new Uint8Array(ROW * 4);
		const result = await probeWebGPU(fakeGpu({ pixels: blank }));
		expect(result.ok).toBe(false);
		expect(result.reason).toMatch(/wrong pixels/);
	});

	it('fails when only the clear colour was written (the draw did nothing)', async () => {
		const result = await probeWebGPU(fakeGpu({ pixels: image(CLEAR, CLEAR, 'bgra8unorm') }));
		expect(result.ok).toBe(false);
	});

	it('fails on a validation error', async () => {
		const result = await probeWebGPU(fakeGpu({ validationError: 'bad format' }));
		expect(result).toMatchObject({ ok: false, reason: 'validation error: bad format' });
	});

	it('fails when the device never answers', async () => {
		const hanging = fakeGpu({ requestDevice: () => new Promise(() => {}) });
		const result = await probeWebGPU({ ...hanging, timeoutMs: 10 });
		expect(result).toEqual({ ok: false, reason: 'no answer within 10 ms' });
	});

	it('fails when requesting the device throws', async () => {
		const throwing = fakeGpu({ requestDevice: () => Promise.reject(new Error('denied')) });
		expect(await probeWebGPU(throwing)).toEqual({ ok: false, reason: 'WebGPU failed: denied' });
	});
});

describe('probeWebGL2', () => {
	function fakeGl(pixel: number[] | null, lost = false) {
		const context =
			pixel &&
			({
				COLOR_BUFFER_BIT: 1,
				RENDERER: 2,
				RGBA: 3,
				UNSIGNED_BYTE: 4,
				NO_ERROR: 0,
				isContextLost: () => lost,
				getExtension: () => null,
				getParameter: () => 'FakeGL',
				clearColor: () => {},
				clear: () => {},
				readPixels: (...args: unknown[]) => (args[6] as Uint8Array).set(pixel),
				getError: () => 0
			} as unknown as WebGL2RenderingContext);
		return () => ({ getContext: () => context }) as unknown as HTMLCanvasElement;
	}

	it('is ok when the clear colour reads back', () => {
		expect(probeWebGL2({ createCanvas: fakeGl(TRIANGLE) })).toMatchObject({
			ok: true,
			detail: 'FakeGL'
		});
	});

	it('fails without a context, with a lost context, or with a wrong pixel', () => {
		expect(probeWebGL2({ createCanvas: fakeGl(null) })).toEqual({
			ok: false,
			reason: 'no WebGL2 context'
		});
		expect(probeWebGL2({ createCanvas: fakeGl(TRIANGLE, true) }).ok).toBe(false);
		expect(probeWebGL2({ createCanvas: fakeGl([0, 0, 0, 0]) }).ok).toBe(false);
	});
});
