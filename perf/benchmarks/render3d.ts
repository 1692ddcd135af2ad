/**
 * The 3D view in Chromium against the production build, in the WebGL2 and WebGPU configurations
 * of the browser tests (software rendering), on /view pages in test mode:
 *  - time from navigation to the first 3D frame (furnished two-bedroom template; generated
 *    plans of 100, 150 and 1,000 walls with one piece of furniture per wall);
 *  - CPU time inside renderer.render() per redraw of the whole house, draw calls, triangles;
 *  - the lazily loaded 3D code (scripts the 3D page loads that the 2D-tier page does not), gzip.
 * Baseline in the same browser: the same plans drawn naively (`naive=1`: one mesh per wall,
 * room and material, one mesh per piece of furniture, every mesh casting its own shadow).
 *
 * `npm run perf render3d`; BUILD_DIR picks the build (default build/, built when missing, with
 * KIT_OUT_DIR .svelte-kit-<BUILD_DIR> unless set);
 * PERF_RUNS sets the number of page loads per figure (default 3), PERF_FRAMES the frames
 * timed per page (default 15).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { stats, writeResult, type Stats } from '../lib/measure';
import { startServer } from '../lib/server';

export const name = 'render3d';

const RUNS = Number(process.env.PERF_RUNS ?? 3);
const FRAMES = Number(process.env.PERF_FRAMES ?? 15);
const VIEWPORT = { width: 960, height: 600 };

const BASE_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const CONFIGS: Record<string, string[]> = {
	webgl: [],
	webgpu: [
		'--enable-unsafe-webgpu',
		'--enable-features=Vulkan',
		'--use-vulkan=swiftshader',
		'--use-angle=swiftshader'
	]
};

const PLANS: { label: string; query: string }[] = [
	{ label: 'twoBedroomTemplate', query: 'template=two-bedroom' },
	{ label: 'walls100', query: 'generate=100' },
	{ label: 'walls150', query: 'generate=150' },
	{ label: 'walls1000', query: 'generate=1000' }
];

interface Sample {
	firstFrameMs: number;
	drawCalls: number;
	triangles: number;
	renderCpu: number[];
	tier: string;
}

function ensureBuild(buildDir: string) {
	if (existsSync(join(buildDir, 'index.js'))) return;
	console.log(`render3d: ${buildDir}/ is missing, building it first`);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit',
		// A build dir of its own gets its own SvelteKit output dir too (builds side by side).
		env: {
			...process.env,
			BUILD_DIR: buildDir,
			KIT_OUT_DIR:
				process.env.KIT_OUT_DIR ??
				(buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir}`)
		}
	});
}

interface RenderHook {
	tier: string | null;
	stats: {
		frames: number;
		drawCalls: number;
		triangles: number;
		renderCpuMs: number;
		firstFrameAt?: number;
	};
	controls(): { fit(): void } | null;
}

/** Opens a plan, waits for its first 3D frame, then redraws the whole-house view FRAMES times. */
async function sample(page: Page, url: string): Promise<Sample> {
	await page.goto(url);
	await page.waitForFunction(
		() => {
			const r = (window as unknown as { __render?: RenderHook }).__render;
			return r && (r.tier === 'svg' || r.stats.frames > 0);
		},
		null,
		{ timeout: 300_000 }
	);
	const first = await page.evaluate(() => {
		const r = (window as unknown as { __render: RenderHook }).__render;
		return { tier: r.tier!, at: r.stats.firstFrameAt ?? NaN };
	});
	if (first.tier === 'svg') throw new Error(`${url}: got the 2D tier`);
	const renderCpu: number[] = [];
	let drawCalls = 0;
	let triangles = 0;
	for (let i = 0; i < FRAMES; i++) {
		const s = await page.evaluate(async () => {
			const r = (window as unknown as { __render: RenderHook }).__render;
			const before = r.stats.frames;
			r.controls()!.fit(); // zoom to fit: the whole house in view, and one more frame
			const deadline = performance.now() + 120_000;
			while (r.stats.frames === before && performance.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
			return {
				cpu: r.stats.renderCpuMs,
				drawCalls: r.stats.drawCalls,
				triangles: r.stats.triangles
			};
		});
		renderCpu.push(s.cpu);
		drawCalls = s.drawCalls;
		triangles = s.triangles;
	}
	return { firstFrameMs: first.at, drawCalls, triangles, renderCpu, tier: first.tier };
}

async function measurePlan(browser: Browser, origin: string, query: string, naive: boolean) {
	const first: number[] = [];
	const cpu: number[] = [];
	let last: Sample | null = null;
	for (let run = 0; run < RUNS; run++) {
		// A fresh context per load: nothing cached between the runs but the HTTP cache.
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		try {
			last = await sample(page, `${origin}/view?${query}&render-test=1${naive ? '&naive=1' : ''}`);
		} finally {
			await context.close();
		}
		first.push(last.firstFrameMs);
		cpu.push(...last.renderCpu.slice(1)); // the first redraw may still compile
	}
	return {
		firstFrameMs: stats(first),
		renderCpuMs: stats(cpu),
		drawCalls: last!.drawCalls,
		triangles: last!.triangles,
		tier: last!.tier
	};
}

/** Scripts of the 3D page that the 2D-tier page of the same design does not load, gzipped. */
async function lazy3dCode(browser: Browser, origin: string) {
	const scripts = async (url: string) => {
		const page = await browser.newPage();
		const found = new Map<string, number>();
		const pending: Promise<void>[] = [];
		page.on('response', (res) => {
			if (res.request().resourceType() !== 'script') return;
			pending.push(res.body().then((b) => void found.set(res.url(), gzipSync(b).length)));
		});
		await page.goto(url);
		await page.waitForFunction(() => document.documentElement.dataset.renderer != null);
		if (!url.includes('renderer=svg')) {
			await page.waitForFunction(
				() => ((window as unknown as { __render?: RenderHook }).__render?.stats.frames ?? 0) > 0,
				null,
				{ timeout: 300_000 }
			);
		}
		await Promise.all(pending);
		await page.close();
		return found;
	};
	const with3d = await scripts(`${origin}/view?template=studio&render-test=1`);
	const without = await scripts(`${origin}/view?template=studio&renderer=svg&render-test=1`);
	const lazy = [...with3d].filter(([url]) => !without.has(url));
	return {
		gzipKiB: Math.round((lazy.reduce((s, [, n]) => s + n, 0) / 1024) * 10) / 10,
		files: lazy.length,
		pageWithout3dGzipKiB:
			Math.round(([...without.values()].reduce((s, n) => s + n, 0) / 1024) * 10) / 10
	};
}

const ratio = (naive: Stats, ours: Stats) => Math.round((naive.median / ours.median) * 10) / 10;

export async function run() {
	const buildDir = process.env.BUILD_DIR || 'build';
	ensureBuild(buildDir);
	const dataRoot = mkdtempSync(join(tmpdir(), 'house-planner-perf-render3d-'));
	const server = await startServer({
		args: [buildDir],
		env: { ...process.env, NODE_ENV: 'production', DATA_DIR: join(dataRoot, 'data') },
		path: '/'
	});
	const origin = `http://127.0.0.1:${server.port}`;
	const results: Record<string, unknown> = {};
	try {
		for (const [config, flags] of Object.entries(CONFIGS)) {
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
				args: [...BASE_FLAGS, ...flags]
			});
			try {
				const perConfig: Record<string, unknown> = {};
				if (config === 'webgl') perConfig.lazy3dCode = await lazy3dCode(browser, origin);
				for (const plan of PLANS) {
					const ours = await measurePlan(browser, origin, plan.query, false);
					const naive = await measurePlan(browser, origin, plan.query, true);
					perConfig[plan.label] = {
						ours,
						naive,
						renderCpuRatio: ratio(naive.renderCpuMs, ours.renderCpuMs),
						drawCallRatio: Math.round((naive.drawCalls / ours.drawCalls) * 10) / 10
					};
					console.log(`render3d ${config} ${plan.label}:`, JSON.stringify(perConfig[plan.label]));
				}
				results[config] = perConfig;
			} finally {
				await browser.close();
			}
		}
	} finally {
		await server.stop();
		rmSync(dataRoot, { recursive: true, force: true });
	}
	const file = writeResult('render3d', {
		targets: {
			drawCallsFurnishedOneStorey: 30,
			drawCallsFurnished150Walls: 60,
			renderCpuRatioOn1000Walls: 5,
			firstFrameOneStoreyWebglMs: 700,
			firstFrame150WallsWebglMs: 1000,
			lazy3dCodeGzipKiB: 450
		},
		method:
			'Chromium with software rendering (SwiftShader) at 960×600, /view in test mode. firstFrameMs: navigation start to the first rendered 3D frame (performance.now() at the end of that render). renderCpuMs: CPU time inside renderer.render() per redraw of the zoomed-to-fit view (GPU work runs after it, in the GPU process). Draw calls and triangles: renderer.info of the last frame, shadow pass included. Baseline (naive=1): one mesh per wall/room per material and per piece of furniture, each casting its own shadow, same materials and lights.',
		runs: RUNS,
		framesPerRun: FRAMES,
		...results
	});
	console.log(`render3d: wrote ${file}`);
}
