/**
 * Rendering every catalog thumbnail in Chromium against a production build, per renderer tier
 * (WebGPU and WebGL2, both software here): the /catalog page draws each item's 3D model into a
 * 96 px PNG and each finish's material into a swatch, and records
 *  - initMs: starting the offscreen WebGPURenderer,
 *  - itemsDrawMs: time inside the draw calls for all items (firstItemMs: the first, which
 *    compiles the shader program), itemsMs: wall clock including the yields between items,
 *  - swatchesDrawMs / swatchesMs: the same for the finish swatches (one program per kind).
 * Baseline in the same browser: the plan symbols of all items as SVG data URLs (the 2D tier's
 * thumbnails), decoded and drawn into a 96 px canvas each.
 *
 * Needs a build: `KIT_OUT_DIR=.svelte-kit-cat BUILD_DIR=build-cat npx vite build`, then
 * `BUILD_DIR=build-cat npm run perf thumbnails`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { catalog } from '../../src/lib/catalog';
import { symbolSvg } from '../../src/lib/ui/catalog/symbol-thumbnail';
import { stats, writeResult, type Stats } from '../lib/measure';
import { startServer } from '../lib/server';

export const name = 'thumbnails';

const RUNS = 3;
const BASE_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const TIERS = {
	webgpu: [
		'--enable-unsafe-webgpu',
		'--enable-features=Vulkan',
		'--use-vulkan=swiftshader',
		'--use-angle=swiftshader'
	],
	webgl: []
} as const;

type Timings = Record<string, number>;

async function catalogRun(browser: Browser, origin: string, tier: string): Promise<Timings> {
	const page = await browser.newPage();
	try {
		await page.goto(`${origin}/catalog?renderer=${tier}`);
		await page.waitForSelector('main[data-thumbnails="done"]', { timeout: 300_000 });
		const result = await page.evaluate(() => {
			const c = (window as unknown as { __catalog: { tier(): string; timings: Timings } })
				.__catalog;
			return { tier: c.tier(), timings: c.timings };
		});
		if (result.tier !== tier || !result.timings.itemsDrawMs)
			throw new Error(`the page drew no ${tier} thumbnails (tier ${result.tier})`);
		return result.timings;
	} finally {
		await page.close();
	}
}

/** Decoding and drawing every plan symbol as an SVG image, in the page (ms). */
async function symbolRun(browser: Browser, origin: string, svgs: string[]): Promise<number> {
	const page = await browser.newPage();
	try {
		await page.goto(`${origin}/catalog?renderer=svg`);
		return await page.evaluate(async (svgs) => {
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = 96;
			const ctx = canvas.getContext('2d')!;
			const t0 = performance.now();
			for (const svg of svgs) {
				const img = new Image();
				img.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
				await img.decode();
				ctx.clearRect(0, 0, 96, 96);
				ctx.drawImage(img, 0, 0);
				canvas.toDataURL('image/png');
			}
			return performance.now() - t0;
		}, svgs);
	} finally {
		await page.close();
	}
}

const round = (s: Stats): Stats => ({
	...s,
	median: Math.round(s.median * 10) / 10,
	min: Math.round(s.min * 10) / 10,
	max: Math.round(s.max * 10) / 10,
	p95: Math.round(s.p95 * 10) / 10
});

export async function run() {
	const buildDir = process.env.BUILD_DIR || 'build';
	if (!existsSync(join(buildDir, 'index.js')))
		throw new Error(`no production build in ${buildDir}/ (see this file's header)`);
	const dataRoot = mkdtempSync(join(tmpdir(), 'house-planner-perf-thumbs-'));
	const server = await startServer({
		args: ['scripts/start.js'],
		env: (port) => ({
			...process.env,
			NODE_ENV: 'production',
			BUILD_DIR: buildDir,
			ORIGIN: `http://127.0.0.1:${port}`,
			DATA_DIR: join(dataRoot, 'data')
		}),
		path: '/catalog'
	});
	const origin = `http://127.0.0.1:${server.port}`;
	const svgs = catalog.map((item) => symbolSvg(item));
	const tiers: Record<string, unknown> = {};
	try {
		for (const [tier, flags] of Object.entries(TIERS)) {
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
				args: [...BASE_FLAGS, ...flags]
			});
			try {
				const runs: Timings[] = [];
				const baseline: number[] = [];
				for (let i = 0; i < RUNS; i++) {
					runs.push(await catalogRun(browser, origin, tier));
					baseline.push(await symbolRun(browser, origin, svgs));
				}
				const of = (key: string) => round(stats(runs.map((r) => r[key])));
				const items = of('itemsDrawMs');
				const symbols = round(stats(baseline));
				tiers[tier] = {
					initMs: of('initMs'),
					firstItemMs: of('firstItemMs'),
					itemsDrawMs: items,
					itemsWallMs: of('itemsMs'),
					perItemMs: Math.round((items.median / catalog.length) * 100) / 100,
					swatchesDrawMs: of('swatchesDrawMs'),
					swatchesWallMs: of('swatchesMs'),
					baselineSymbolsMs: symbols,
					perSymbolMs: Math.round((symbols.median / catalog.length) * 100) / 100,
					modelVsSymbol: Math.round((items.median / symbols.median) * 100) / 100
				};
			} finally {
				await browser.close();
			}
		}
	} finally {
		await server.stop();
		rmSync(dataRoot, { recursive: true, force: true });
	}
	const result = { items: catalog.length, thumbnailPx: 96, runs: RUNS, tiers };
	writeResult(name, result);
	return result;
}
