/**
 * The 2D editor in Chromium against the production build: generated furnished plans of about
 * 150 and 1,000 walls (one piece of furniture per two walls), loaded as the design kept on this
 * device (localStorage), measuring
 *  - navigation to the plan visible (all wall paths in the DOM and a frame painted after),
 *  - redraw time per wheel-zoom step, frame times while dragging a corner and while panning,
 *  - click to next paint (selecting a wall),
 *  - the editor page's JavaScript before any 3D code (gzip).
 * Baseline in the same browser: the same plan as one static SVG string (same wall outlines and
 * furniture boxes), zoomed and panned by setting its viewBox directly, nothing else updating.
 *
 * Frames are timed from the input event to a task queued after the next animation frame, with
 * Chromium's frame-rate limit off, so the figure is the work of a frame, not the wait for vsync.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { generateGridPlan } from '../../src/lib/plan/generate';
import type { PlanDocument } from '../../src/lib/plan/types';
import { DEVICE_DESIGN_KEY } from '../../src/lib/editor/persistence';
import { joinWalls, wallShapes } from '../../src/lib/geometry/outline';
import { svgPaths } from '../../src/lib/geometry/shape2d';
import { furnitureTransform } from '../../src/lib/render/svg/scene';
import { SETTLE_MS } from '../../src/lib/render/svg/view-transform';
import { stats, writeResult, type Stats } from '../lib/measure';
import { startServer } from '../lib/server';

export const name = 'editor';

const SIZES = [150, 1000];
const STEPS = Number(process.env.PERF_EDITOR_STEPS ?? 60);
const LOADS = Number(process.env.PERF_RUNS ?? 5);

const FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu-vsync',
	'--disable-frame-rate-limit'
];

function ensureBuild(buildDir: string) {
	if (existsSync(join(buildDir, 'index.js'))) return;
	console.log(`editor: ${buildDir}/ is missing, building it first`);
	// A build dir of one's own (build-<name>) gets its own SvelteKit output dir too, so a
	// benchmark never writes into the default .svelte-kit/ that others build from.
	const own = /^build-(.+)$/.exec(buildDir)?.[1];
	const kitOutDir = process.env.KIT_OUT_DIR ?? (own ? `.svelte-kit-${own}` : undefined);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: buildDir, ...(kitOutDir ? { KIT_OUT_DIR: kitOutDir } : {}) }
	});
}

/** The baseline: the same plan as a plain SVG string, nothing reactive. */
function staticSvg(doc: PlanDocument): string {
	// The same shapes the editor draws (shared shape builder), as one static string.
	const paths = [...joinWalls(doc, Object.values(doc.walls)).values()]
		.map((j) => {
			const ops = Object.values(doc.openings).filter((o) => o.wall === j.wall.id);
			return `<path d="${svgPaths(wallShapes(j, ops))}"/>`;
		})
		.join('');
	const furniture = Object.values(doc.furniture)
		.map(
			(f) =>
				`<rect transform="${furnitureTransform(f)}" width="${f.width}" height="${f.depth}" fill="#fff" stroke="#4a5160"/>`
		)
		.join('');
	const rooms = Object.values(doc.rooms)
		.map((r) => `<polygon points="${r.polygon.map((p) => `${p.x},${p.y}`).join(' ')}"/>`)
		.join('');
	return (
		`<!doctype html><html><body style="margin:0"><svg id="plan" viewBox="-100 -100 3000 2000" ` +
		`style="width:100vw;height:100vh;display:block"><g fill="#f1ece2">${rooms}</g>` +
		`<g class="walls" fill="#2b2f36">${paths}</g><g>${furniture}</g></svg></body></html>`
	);
}

/** In the page: times `act` from its start to a task after the next animation frame. */
const FRAME_TIMER = `
// tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a
// __name helper that exists only in Node: give the page a no-op one.
window.__name = (f) => f;
window.__frame = (act) => new Promise((resolve) => {
	const t0 = performance.now();
	act();
	requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
});
window.__visible = (n) => new Promise((resolve) => {
	const check = () => {
		if (document.querySelectorAll('.walls path').length >= n)
			requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
		else requestAnimationFrame(check);
	};
	check();
});
`;

async function visibleMs(page: Page, walls: number): Promise<number> {
	return page.evaluate(
		(n) => (window as unknown as { __visible(n: number): Promise<number> }).__visible(n),
		walls
	);
}

/** Wheel steps over the plan's centre; each resolves after its frame. */
async function zoomFrames(page: Page, selector: string, direct: boolean): Promise<number[]> {
	return page.evaluate(
		async ({ selector, steps, direct }) => {
			const el = document.querySelector(selector) as SVGSVGElement;
			const r = el.getBoundingClientRect();
			const frame = (window as unknown as { __frame(a: () => void): Promise<number> }).__frame;
			const out: number[] = [];
			let w = 3000;
			for (let i = 0; i < steps; i++) {
				const delta = i % 20 < 10 ? -100 : 100;
				out.push(
					await frame(() => {
						if (direct) {
							w *= delta < 0 ? 0.86 : 1 / 0.86;
							el.setAttribute('viewBox', `-100 -100 ${w} ${w / 1.5}`);
						} else
							el.dispatchEvent(
								new WheelEvent('wheel', {
									deltaY: delta,
									clientX: r.left + r.width / 2,
									clientY: r.top + r.height / 2,
									bubbles: true,
									cancelable: true
								})
							);
					})
				);
			}
			return out;
		},
		{ selector, steps: STEPS, direct }
	);
}

/**
 * The crisp redraw after zooming stops: one wheel step, then the time from the moment the
 * view settles (SETTLE_MS after the step) until the frame with the new viewBox is done.
 */
async function settleRedraw(page: Page): Promise<number[]> {
	return page.evaluate(
		async ({ settle, runs }) => {
			const host = document.querySelector('[data-testid=plan]') as HTMLElement;
			const svg = host.querySelector('svg.plan') as SVGSVGElement;
			const r = host.getBoundingClientRect();
			const out: number[] = [];
			for (let i = 0; i < runs; i++) {
				const before = svg.getAttribute('viewBox');
				const t0 = performance.now();
				host.dispatchEvent(
					new WheelEvent('wheel', {
						deltaY: i % 2 ? 100 : -100,
						clientX: r.left + r.width / 2,
						clientY: r.top + r.height / 2,
						bubbles: true,
						cancelable: true
					})
				);
				await new Promise<void>((resolve) => {
					const check = () => {
						if (svg.getAttribute('viewBox') !== before)
							requestAnimationFrame(() => setTimeout(resolve, 0));
						else setTimeout(check, 1);
					};
					setTimeout(check, settle);
				});
				out.push(performance.now() - t0 - settle);
			}
			return out;
		},
		{ settle: SETTLE_MS, runs: 10 }
	);
}

/** A pointer drag from plan point `from`, moving `steps` times; frames timed per move. */
async function dragFrames(
	page: Page,
	from: { x: number; y: number },
	button: number,
	editor: boolean
): Promise<number[]> {
	return page.evaluate(
		async ({ from, steps, button, editor }) => {
			const el = document.querySelector(editor ? '[data-testid=plan]' : '#plan') as SVGSVGElement;
			const r = el.getBoundingClientRect();
			const frame = (window as unknown as { __frame(a: () => void): Promise<number> }).__frame;
			type Ed = { viewport: { x: number; y: number; scale: number } };
			const ed = (window as unknown as { __editor?: Ed }).__editor;
			const vp = ed?.viewport ?? { x: -100, y: -100, scale: r.width / 3000 };
			const sx = r.left + (from.x - vp.x) * vp.scale;
			const sy = r.top + (from.y - vp.y) * vp.scale;
			const ev = (type: string, x: number, y: number) =>
				new PointerEvent(type, {
					pointerId: 7,
					pointerType: 'mouse',
					isPrimary: true,
					button: type === 'pointermove' ? -1 : button,
					buttons: type === 'pointerup' ? 0 : button === 1 ? 4 : 1,
					clientX: x,
					clientY: y,
					bubbles: true,
					cancelable: true
				});
			el.dispatchEvent(ev('pointerdown', sx, sy));
			const out: number[] = [];
			let vx = -100;
			for (let i = 1; i <= steps; i++) {
				const dx = Math.sin(i / 6) * 60;
				const dy = Math.cos(i / 6) * 40 - 40;
				out.push(
					await frame(() => {
						if (editor) el.dispatchEvent(ev('pointermove', sx + dx, sy + dy));
						else {
							vx = -100 - dx * 3;
							el.setAttribute('viewBox', `${vx} -100 3000 2000`);
						}
					})
				);
			}
			el.dispatchEvent(ev('pointerup', sx, sy));
			return out;
		},
		{ from, steps: STEPS, button, editor }
	);
}

async function clickFrame(page: Page, at: { x: number; y: number }, editor: boolean) {
	const samples: number[] = [];
	for (let i = 0; i < 15; i++)
		samples.push(
			await page.evaluate(
				async ({ at, editor, i }) => {
					const el = document.querySelector(
						editor ? '[data-testid=plan]' : '#plan'
					) as SVGSVGElement;
					const r = el.getBoundingClientRect();
					type Ed = { viewport: { x: number; y: number; scale: number } };
					const ed = (window as unknown as { __editor?: Ed }).__editor;
					const vp = ed?.viewport ?? { x: -100, y: -100, scale: r.width / 3000 };
					// Alternate between the wall and empty space: select, deselect.
					const px = i % 2 ? at.x : at.x + 1e5;
					const x = r.left + (px - vp.x) * vp.scale;
					const y = r.top + (at.y - vp.y) * vp.scale;
					const frame = (window as unknown as { __frame(a: () => void): Promise<number> }).__frame;
					return frame(() => {
						const opts = {
							pointerId: 9,
							button: 0,
							buttons: 1,
							clientX: x,
							clientY: y,
							bubbles: true
						};
						if (editor) {
							el.dispatchEvent(new PointerEvent('pointerdown', opts));
							el.dispatchEvent(new PointerEvent('pointerup', { ...opts, buttons: 0 }));
						} else el.querySelector('.walls path')?.classList.toggle('selected');
					});
				},
				{ at, editor, i }
			)
		);
	return stats(samples);
}

export async function run() {
	const buildDir = process.env.BUILD_DIR || 'build';
	ensureBuild(buildDir);
	const dataRoot = mkdtempSync(join(tmpdir(), 'house-planner-perf-editor-'));
	const server = await startServer({
		args: [buildDir],
		env: { ...process.env, NODE_ENV: 'production', DATA_DIR: join(dataRoot, 'data') },
		path: '/editor'
	});
	const origin = `http://127.0.0.1:${server.port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: FLAGS
	});
	const results: Record<string, unknown> = {};
	try {
		// Editor JavaScript before any 3D code: every script the /editor page loads, gzipped.
		{
			const page = await browser.newPage();
			const scripts = new Map<string, number>();
			page.on('response', async (res) => {
				if (res.request().resourceType() !== 'script' || !res.url().startsWith(origin)) return;
				scripts.set(res.url(), gzipSync(await res.body()).length);
			});
			await page.goto(`${origin}/editor`, { waitUntil: 'networkidle' });
			await page.waitForSelector('[data-testid=plan]');
			const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
			results.editorJsGzipKiB = Math.round((bytes / 1024) * 10) / 10;
			results.editorJsFiles = scripts.size;
			await page.close();
		}

		for (const walls of SIZES) {
			const doc = generateGridPlan({ walls, furniturePerWalls: 2, seed: 7 });
			const json = JSON.stringify(doc);
			const wallCount = Object.keys(doc.walls).length;
			const html = staticSvg(doc);
			const corner = Object.values(doc.corners)[Math.floor(Object.keys(doc.corners).length / 2)];
			const someWall = Object.values(doc.walls)[0];
			const a = doc.corners[someWall.start];
			const b = doc.corners[someWall.end];
			const wallMid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };

			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			await context.addInitScript(FRAME_TIMER);
			await context.addInitScript(
				({ key, json }) => {
					if (location.pathname === '/editor') localStorage.setItem(key, json);
				},
				{ key: DEVICE_DESIGN_KEY, json }
			);
			await context.route(`${origin}/__static-plan`, (route) =>
				route.fulfill({ contentType: 'text/html', body: html })
			);
			const page = await context.newPage();

			const visible: number[] = [];
			const baseVisible: number[] = [];
			for (let i = 0; i < LOADS; i++) {
				await page.goto(`${origin}/editor`);
				visible.push(await visibleMs(page, wallCount));
				await page.goto(`${origin}/__static-plan`);
				baseVisible.push(await visibleMs(page, wallCount));
			}

			await page.goto(`${origin}/__static-plan`);
			await visibleMs(page, wallCount);
			const baseZoom = stats(await zoomFrames(page, '#plan', true));
			const basePan = stats(await dragFrames(page, corner, 1, false));
			const baseClick = await clickFrame(page, wallMid, false);

			await page.goto(`${origin}/editor`);
			await visibleMs(page, wallCount);
			const zoom = stats(await zoomFrames(page, '[data-testid=plan]', false));
			const settle = stats(await settleRedraw(page));
			await page.evaluate(() =>
				(window as unknown as { __editor: { zoomToFit(): void } }).__editor.zoomToFit()
			);
			const pan = stats(await dragFrames(page, corner, 1, true));
			await page.evaluate(() =>
				(window as unknown as { __editor: { zoomToFit(): void } }).__editor.zoomToFit()
			);
			const drag = stats(await dragFrames(page, corner, 0, true));
			const undoDepth = await page.evaluate(
				() =>
					(window as unknown as { __editor: { history: { undoDepth: number } } }).__editor.history
						.undoDepth
			);
			const click = await clickFrame(page, wallMid, true);
			await context.close();

			const ratio = (s: Stats, base: Stats) => Math.round((s.median / base.median) * 100) / 100;
			const v = stats(visible);
			const bv = stats(baseVisible);
			results[`walls${walls}`] = {
				walls: wallCount,
				furniture: Object.keys(doc.furniture).length,
				rooms: Object.keys(doc.rooms).length,
				planVisible: { editor: v, baseline: bv, ratio: ratio(v, bv) },
				zoomRedraw: { editor: zoom, baseline: baseZoom, ratio: ratio(zoom, baseZoom) },
				crispRedrawAfterZoom: {
					editor: settle,
					baseline: baseZoom,
					ratio: ratio(settle, baseZoom)
				},
				cornerDragFrame: {
					editor: drag,
					baseline: basePan,
					ratio: ratio(drag, basePan),
					undoStepsAfterDrag: undoDepth
				},
				panFrame: { editor: pan, baseline: basePan, ratio: ratio(pan, basePan) },
				clickToPaint: { editor: click, baseline: baseClick, ratio: ratio(click, baseClick) }
			};
			console.log(`editor ${walls} walls:`, JSON.stringify(results[`walls${walls}`]));
		}
	} finally {
		await browser.close();
		await server.stop();
		rmSync(dataRoot, { recursive: true, force: true });
	}
	const file = writeResult('editor', {
		targets: {
			planVisible150Ms: 1000,
			zoomRedraw150Ms: 8,
			dragAndPanP95On1000Ms: 16.7,
			clickToPaintMs: 100,
			editorJsGzipKiB: 120
		},
		method:
			'Chromium (software rendering, frame-rate limit off); frames timed from the input event to a task after the next animation frame; baseline: the same plan as one static SVG string whose viewBox is set directly. While panning and zooming the editor moves the drawn plan as a composited layer (CSS transform) and redraws it crisp SETTLE_MS after the view rests: crispRedrawAfterZoom is that redraw.',
		...results
	});
	console.log(`editor: wrote ${file}`);
}
