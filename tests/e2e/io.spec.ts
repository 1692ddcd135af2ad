/**
 * Exports seen by a real browser: the plan SVG opens in Chromium with the room names and areas
 * drawn where the rooms are and at true scale, and the PNG rasteriser (`src/lib/io/png.ts`,
 * bundled for the page with esbuild) draws the plan's walls into the image.
 * These need no server page: the files are put into the page with `setContent`.
 */
import { build, buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { templates } from '../../src/lib/catalog/templates';
import { roomAreas } from '../../src/lib/plan/topology';
import { exportPlanSvg, formatArea } from '../../src/lib/io';
import type { Page } from '@playwright/test';
import { imageToPlan } from '../../src/lib/io/trace';
import { LIMITS } from '../../src/lib/plan/limits';
import type { PlanDocument } from '../../src/lib/plan/types';
import {
	counts,
	drawRoomByMouse,
	isWallColour,
	openEditor,
	pixelAt,
	toScreen
} from './editor-helpers';
import { expect, test } from './fixtures';
import { isTraceBlue, traceImageInEditor } from './trace-helpers';

const doc = templates[1].build();
const rooms = Object.values(doc.rooms).filter((r) => r.level === Object.keys(doc.levels)[0]);

function pngBundle(): string {
	const entry = fileURLToPath(new URL('../../src/lib/io/png.ts', import.meta.url));
	const out = buildSync({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		globalName: 'housePlannerPng',
		write: false,
		platform: 'browser',
		logLevel: 'silent'
	});
	return out.outputFiles[0].text;
}

test('the exported SVG shows every room name and area inside its room', async ({ page }) => {
	const svg = exportPlanSvg(doc, { scale: 50, level: rooms[0].level });
	await page.setContent(
		`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`
	);
	const texts = await page.locator('svg g#TEXT text').allTextContents();
	for (const room of rooms) {
		expect(texts).toContain(room.name);
		expect(texts).toContain(formatArea(roomAreas(doc, room).net));
	}
	// Each name is drawn inside its room's outline (checked in the browser's own geometry).
	for (const room of rooms) {
		const inside = await page.evaluate(
			({ name, id }) => {
				const svg = document.querySelector('svg')!;
				const label = [...svg.querySelectorAll('#TEXT text')].find((t) => t.textContent === name)!;
				const outline = svg.querySelector(`#ROOMS path[data-id="${id}"]`) as SVGPathElement;
				const box = (label as SVGTextElement).getBBox();
				const p = svg.createSVGPoint();
				p.x = box.x + box.width / 2;
				p.y = box.y + box.height / 2;
				return outline.isPointInFill(p);
			},
			{ name: room.name, id: room.id }
		);
		expect(inside, `${room.name} label inside its room`).toBe(true);
	}
	// 1:50 in millimetres: the sheet's CSS size matches its mm attributes (96 px = 25.4 mm).
	const mm = Number(/width="([\d.]+)mm"/.exec(svg)![1]);
	const px = await page.locator('svg').evaluate((el) => el.getBoundingClientRect().width);
	expect(px).toBeCloseTo((mm * 96) / 25.4, 0);
});

test('the plan PNG is rasterised at the asked width with the walls drawn', async ({ page }) => {
	const svg = exportPlanSvg(doc, { scale: 100 });
	await page.setContent('<!doctype html><body></body>');
	await page.addScriptTag({ content: pngBundle() });
	const result = await page.evaluate(async (text) => {
		const api = (window as unknown as { housePlannerPng: typeof import('../../src/lib/io/png') })
			.housePlannerPng;
		const blob = await api.svgToPng(text, 1200);
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
		let dark = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] < 90 && data[i + 1] < 90) dark++;
		return { type: blob.type, width: bitmap.width, height: bitmap.height, dark };
	}, svg);
	expect(result.type).toBe('image/png');
	expect(result.width).toBe(1200);
	expect(result.dark).toBeGreaterThan(1000);
});

/**
 * A component of ours compiled on the fly (Svelte → esbuild bundle) and mounted alone, with
 * `propsCode` (JS source of its props object, run in the page) and `window.calls` collecting
 * what its callbacks receive.
 */
async function mountComponent(
	page: import('@playwright/test').Page,
	component: string,
	propsCode: string
) {
	const { compile } = await import('svelte/compiler');
	const { readFileSync } = await import('node:fs');
	const { dirname, resolve } = await import('node:path');
	const path = (p: string) => JSON.stringify(fileURLToPath(new URL(p, import.meta.url)));
	const entry = `
		import { mount } from 'svelte';
		import Component from ${path(component)};
		import { templates } from ${path('../../src/lib/catalog/templates/index.ts')};
		window.calls = [];
		const record = (value) => window.calls.push(value);
		mount(Component, { target: document.body, props: ${propsCode} });
	`;
	const out = await build({
		stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		format: 'esm',
		write: false,
		platform: 'browser',
		conditions: ['browser', 'svelte'],
		logLevel: 'silent',
		plugins: [
			{
				name: 'svelte',
				setup(b) {
					b.onLoad({ filter: /\.svelte$/ }, (args) => {
						const source = readFileSync(args.path, 'utf8');
						const js = compile(source, {
							filename: args.path,
							generate: 'client',
							css: 'injected'
						}).js.code;
						return { contents: js, loader: 'js', resolveDir: dirname(resolve(args.path)) };
					});
				}
			}
		]
	});
	await page.setContent('<!doctype html><body></body>');
	await page.addScriptTag({ type: 'module', content: out.outputFiles[0].text });
}

const calls = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as unknown as { calls: unknown[] }).calls);

async function mountMenu(page: import('@playwright/test').Page) {
	await mountComponent(
		page,
		'../../src/lib/ui/io/LazyImportExportMenu.svelte',
		'{ doc: templates[0].build(), onimport: record }'
	);
	await page.getByRole('button', { name: 'Import / Export' }).waitFor();
}

test('the import/export dialog exports a CSV and imports a Sweet Home 3D file with its report', async ({
	page
}) => {
	await mountMenu(page);
	await page.getByRole('button', { name: 'Import / Export' }).click();
	const dialog = page.getByTestId('io-dialog');
	await dialog.getByLabel('Format').selectOption('csv-rooms');
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export' }).click();
	expect((await download).suggestedFilename()).toMatch(/-rooms\.csv$/);
	await expect(dialog.getByText(/Saved .*-rooms\.csv/)).toBeVisible();

	const { sampleHouseXml, sh3dZip } = await import('../../src/lib/io/fixtures/sh3d');
	await dialog.getByLabel(/Sweet Home 3D/).setInputFiles({
		name: 'house.sh3d',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(sh3dZip(sampleHouseXml()))
	});
	const report = dialog.getByRole('region', { name: 'Import report' });
	await expect(report).toContainText('walls imported');
	await expect(report).toContainText('1 polyline not imported');
	await page.screenshot({ path: test.info().outputPath('io-dialog-report.png') });
	await report.getByRole('button', { name: 'Open imported plan' }).click();
	expect((await calls(page)).length).toBe(1);

	await page.getByRole('button', { name: 'Import / Export' }).click();
	await dialog.getByLabel(/Sweet Home 3D/).setInputFiles({
		name: 'photo.sh3d',
		mimeType: 'image/jpeg',
		buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
	});
	await expect(dialog.getByRole('alert')).toContainText('not a Sweet Home 3D file');
});

test('the trace dialog calibrates an image from two clicked points and a distance', async ({
	page
}) => {
	await mountComponent(
		page,
		'../../src/lib/ui/io/TraceImageDialog.svelte',
		'{ open: true, onapply: record, onclose: () => record("closed") }'
	);
	// A 400 × 200 px image made in the page.
	const png = await page.evaluate(async () => {
		const c = new OffscreenCanvas(400, 200);
		const ctx = c.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, 400, 200);
		ctx.fillStyle = '#000';
		ctx.fillRect(50, 95, 300, 10);
		const blob = await c.convertToBlob({ type: 'image/png' });
		return [...new Uint8Array(await blob.arrayBuffer())];
	});
	await page.getByLabel('Image', { exact: true }).setInputFiles({
		name: 'scan.png',
		mimeType: 'image/png',
		buffer: Buffer.from(png)
	});
	const img = page.getByRole('img', { name: 'The plan to trace' });
	await expect(img).toBeVisible();
	const box = (await img.boundingBox())!;
	// Points at image pixels (50, 100) and (350, 100): 300 px apart, said to be 6 m.
	await img.click({ position: { x: (50 / 400) * box.width, y: box.height / 2 } });
	await img.click({ position: { x: (350 / 400) * box.width, y: box.height / 2 } });
	await page.getByLabel('Real distance between the points').fill('6');
	await page.getByLabel('Unit').selectOption('m');
	await page.getByRole('button', { name: 'Apply' }).click();
	// Apply reads the image bytes first (async): wait for the call.
	await expect.poll(async () => (await calls(page)).length).toBeGreaterThan(0);
	const [traced] = (await calls(page)) as {
		image: { cmPerPixel: number; pixelWidth: number };
		mime: string;
		data: string;
	}[];
	expect(traced.image.pixelWidth).toBe(400);
	expect(traced.image.cmPerPixel).toBeCloseTo(2, 1);
	// The image bytes come back to be kept with the design: the very PNG chosen.
	expect(traced.mime).toBe('image/png');
	expect(Buffer.from(traced.data, 'base64')).toEqual(Buffer.from(png));
});

/** A page point inside the level's trace image (above its line), from its calibrated placement. */
async function traceCentre(page: Page) {
	const bg = await page.evaluate(() => {
		const doc = (window as unknown as { __editor: { doc: PlanDocument } }).__editor.doc;
		return Object.values(doc.backgrounds ?? {})[0] ?? null;
	});
	expect(bg, 'a trace image in the design').not.toBeNull();
	const inside = imageToPlan(bg!, { x: bg!.pixelWidth / 2, y: bg!.pixelHeight / 4 });
	return { bg: bg!, at: await toScreen(page, inside) };
}

/**
 * The level's trace image shows blue at its centre. Polled: after a reload the image decodes and
 * the editor zooms to fit after the first paint, so one early screenshot can miss it.
 */
async function expectTraceDrawn(page: Page) {
	await expect
		.poll(async () => isTraceBlue(await pixelAt(page, (await traceCentre(page)).at)), {
			timeout: 10_000
		})
		.toBe(true);
}

/** How many records of a collection the server's copy of the design (this page's) holds. */
function savedCount(page: Page, collection: 'models' | 'backgrounds') {
	return page.evaluate(async (c) => {
		const id = location.pathname.split('/').pop();
		const body = await (await fetch(`/api/designs/${id}`)).json();
		return Object.keys(body.document[c] ?? {}).length;
	}, collection);
}

test('the Import / Export menu loads on first use and a click made while it loads still opens it', async ({
	page
}) => {
	await openEditor(page);
	// Hold every script fetched from now on: the menu's code is not in the editor's first load.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	const fetched: string[] = [];
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		fetched.push(route.request().url());
		await held;
		await route.continue();
	});
	await expect(page.getByTestId('io-dialog')).toHaveCount(0);
	const button = page.getByRole('button', { name: 'Import / Export' });
	const box = (await button.boundingBox())!;
	// Pointer over the button starts the download; the press begins before the code arrives
	// and the release comes after the menu has mounted.
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect.poll(() => fetched.length).toBeGreaterThan(0);
	await page.mouse.down();
	release();
	await expect(page.getByTestId('io-dialog')).toHaveCount(1);
	await page.mouse.up();
	await expect(page.getByRole('dialog', { name: 'Import / Export' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Trace a plan image…' })).toBeVisible();
});

test('a traced image is drawn under the plan at its calibrated size, kept on this device, and can be hidden and removed', async ({
	page
}) => {
	await openEditor(page);
	await traceImageInEditor(page);
	const { bg, at } = await traceCentre(page);
	expect(bg.cmPerPixel).toBeCloseTo(2, 1);
	// Drawn 400 px × 2 cm = 8 m wide on the plan, whatever the zoom.
	const scale = await page.evaluate(
		() =>
			(window as unknown as { __editor: { viewport: { scale: number } } }).__editor.viewport.scale
	);
	const drawn = (await page.locator('[data-testid="trace-background"] image').boundingBox())!;
	expect(drawn.width / scale).toBeCloseTo(400 * bg.cmPerPixel, -1);
	const px = await pixelAt(page, at);
	expect(isTraceBlue(px), `pixel ${px} at ${JSON.stringify(at)}`).toBe(true);

	// Trace a room over it: the walls are drawn over the image, the image over the room's floor.
	const corner = imageToPlan(bg, { x: 20, y: 10 });
	await drawRoomByMouse(page, corner);
	expect(await counts(page)).toMatchObject({ walls: 4, rooms: 1 });
	await page.keyboard.press('Escape');
	const inRoom = await toScreen(page, imageToPlan(bg, { x: 150, y: 50 }));
	expect(isTraceBlue(await pixelAt(page, inRoom)), 'the image shows through the room').toBe(true);
	const onWall = await toScreen(page, { x: corner.x + 200, y: corner.y });
	expect(isWallColour(await pixelAt(page, onWall)), 'the wall is drawn over the image').toBe(true);
	await page.screenshot({ path: test.info().outputPath('trace-under-plan.png') });

	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	const again = await traceCentre(page);
	expect(again.bg).toEqual(bg);
	await expectTraceDrawn(page);

	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.screenshot({ path: test.info().outputPath('trace-controls.png') });
	await page.getByLabel('Show the trace image').uncheck();
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.locator('[data-testid="trace-background"] image')).toHaveCount(0);
	expect(isTraceBlue(await pixelAt(page, again.at))).toBe(false);
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByLabel('Show the trace image').check();
	await page.getByRole('button', { name: 'Remove the trace image' }).click();
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.locator('[data-testid="trace-background"] image')).toHaveCount(0);
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	await expect(page.locator('[data-testid="trace-background"] image')).toHaveCount(0);
});

test('a traced image is kept with a design saved on the server', async ({ page }) => {
	await page.goto('/signup');
	await page
		.getByLabel('Email')
		.fill(`trace-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`);
	await page.getByLabel(/^Password/).fill('a long enough passphrase 7');
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.waitForURL('**/designs');
	await page.getByLabel('Name').fill('Traced');
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	await page.waitForFunction(() => '__editor' in window);
	await traceImageInEditor(page);
	// The server's copy has it (the status alone could still show the state before the edit).
	await expect.poll(() => savedCount(page, 'backgrounds'), { timeout: 10_000 }).toBe(1);
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
	const { bg } = await traceCentre(page);
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	const again = await traceCentre(page);
	expect(again.bg).toEqual(bg);
	await expectTraceDrawn(page);
	await page.screenshot({ path: test.info().outputPath('trace-server-reload.png') });
});

test('a scan over the size cap is made smaller (JPEG) to keep it with the design', async ({
	page
}) => {
	await openEditor(page);
	// 1400 × 1400 px of noise: a PNG of about 7.8 MB, which nothing compresses.
	const base64 = await page.evaluate(async () => {
		const c = new OffscreenCanvas(1400, 1400);
		const ctx = c.getContext('2d')!;
		const img = ctx.createImageData(1400, 1400);
		for (let i = 0; i < img.data.length; i += 65536)
			crypto.getRandomValues(img.data.subarray(i, i + 65536));
		for (let i = 3; i < img.data.length; i += 4) img.data[i] = 255;
		ctx.putImageData(img, 0, 0);
		const blob = await c.convertToBlob({ type: 'image/png' });
		// As base64: an array of 8 million numbers is slow to hand back to the test.
		const url = await new Promise<string>((resolve) => {
			const reader = new FileReader();
			reader.onload = () => resolve(reader.result as string);
			reader.readAsDataURL(blob);
		});
		return url.slice(url.indexOf(',') + 1);
	});
	const png = Buffer.from(base64, 'base64');
	expect(png.length).toBeGreaterThan(LIMITS.maxBackgroundBytes);
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByRole('button', { name: 'Trace a plan image…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Trace a plan image' });
	await dialog.getByLabel('Image', { exact: true }).setInputFiles({
		name: 'noise.png',
		mimeType: 'image/png',
		buffer: png
	});
	await expect(dialog.getByText(/The image was made smaller/)).toBeVisible();
	const img = dialog.getByRole('img', { name: 'The plan to trace' });
	const box = (await img.boundingBox())!;
	await img.click({ position: { x: box.width * 0.1, y: box.height / 2 } });
	await img.click({ position: { x: box.width * 0.9, y: box.height / 2 } });
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(page.locator('[data-testid="trace-background"] image')).toHaveCount(1);
	const bg = await page.evaluate(() => {
		const doc = (window as unknown as { __editor: { doc: PlanDocument } }).__editor.doc;
		const b = Object.values(doc.backgrounds ?? {})[0];
		return { mime: b.mime, length: b.data.length, width: b.pixelWidth, height: b.pixelHeight };
	});
	expect(bg.mime).toBe('image/jpeg');
	expect((bg.length * 3) / 4).toBeLessThanOrEqual(LIMITS.maxBackgroundBytes);
	expect([bg.width, bg.height]).toEqual([1400, 1400]);
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	await expect(page.locator('[data-testid="trace-background"] image')).toHaveCount(1);
});
