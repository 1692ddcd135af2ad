/**
 * The 3D view in each renderer tier: the tier chosen, what is on the canvas (pixels at known
 * places), draw calls, picking, incremental rebuilds, the frame governor's steps and its 2D
 * fallback, device loss, the render flags, and that pages without 3D never load three.
 * Pages run with `render-test=1`, which installs `window.__render` (see Lazy3D.svelte).
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test, type Tier } from './fixtures';

type Rgb = [number, number, number];

interface Hook {
	tier: string | null;
	quality: string;
	notice: string | null;
	stats: {
		frames: number;
		drawCalls: number;
		triangles: number;
		shadowMapSize: number;
		scene: { rebuiltIds: number; furnitureLod: number; furnitureMeshes: number };
	};
	injectFrameTime(ms: number, count?: number): string;
	loseContext(): void;
	controls(): {
		lookAt(x: number, y: number, h: number, from: [number, number, number]): void;
		project(x: number, y: number, h: number): { x: number; y: number };
		walkState(): { x: number; y: number; yaw: number };
		walkTo(x: number, y: number, yaw: number): void;
		invalidate(): void;
	} | null;
}

declare global {
	interface Window {
		__render: Hook;
		__view: { doc(): Doc; setDoc(doc: Doc): void };
	}
}

/** The bits of a plan document the tests read. */
interface Doc {
	levels: Record<string, { id: string; elevation: number }>;
	corners: Record<string, { x: number; y: number }>;
	walls: Record<
		string,
		{
			id: string;
			start: string;
			end: string;
			thickness: number;
			level: string;
			finishLeft: string;
			finishRight: string;
		}
	>;
	openings: Record<string, { wall: string; offset: number; width: number }>;
	furniture: Record<
		string,
		{
			id: string;
			x: number;
			y: number;
			level: string;
			name: string;
			height: number;
			rotation: number;
			color: string | null;
		}
	>;
	rooms: Record<string, { id: string; name: string; floorFinish: string }>;
}

const EXPECTED: Record<Tier, string> = { webgpu: 'webgpu', webgl: 'webgl', 'no-gpu': 'svg' };
const is3d = (tier: Tier) => tier !== 'no-gpu';

async function openView(page: Page, query: string, env: Record<string, string> = {}) {
	// Init scripts pile up and run in order on every navigation: the latest one wins.
	await page.addInitScript((vars) => {
		localStorage.setItem('render:test-env', JSON.stringify(vars));
	}, env);
	await page.goto(`/view?${query}&render-test=1`);
	await page.waitForFunction(() => window.__render?.tier != null, null, { timeout: 90_000 });
	const tier = await page.evaluate(() => window.__render.tier);
	if (tier !== 'svg') await waitFrames(page, 1);
	return tier;
}

async function waitFrames(page: Page, n: number) {
	await page.waitForFunction((k) => window.__render.stats.frames >= k, n, { timeout: 90_000 });
}

/** Does something that invalidates the view and waits for the frame it causes. */
async function settle<T>(page: Page, action: () => Promise<T>): Promise<T> {
	const frames = await page.evaluate(() => window.__render.stats.frames);
	const result = await action();
	await waitFrames(page, frames + 1);
	await page.waitForTimeout(100);
	return result;
}

/** The colour of the canvas at (x, y), read from a screenshot (no toDataURL on WebGPU). */
async function pixel(page: Page, x: number, y: number): Promise<Rgb> {
	const png = await page.screenshot({ clip: { x: x - 1, y: y - 1, width: 3, height: 3 } });
	return centrePixel(png);
}

/** The middle pixel of a small 8-bit RGB(A) PNG (what Playwright's screenshots are). */
function centrePixel(png: Buffer): Rgb {
	const rows = decodePng(png);
	return rows[rows.length >> 1][rows[0].length >> 1];
}

/** The canvas pixels of a `width` × `height` box centred on (x, y), row after row. */
async function area(page: Page, x: number, y: number, width: number, height: number) {
	const png = await page.screenshot({
		clip: { x: Math.round(x - width / 2), y: Math.round(y - height / 2), width, height }
	});
	return decodePng(png).flat();
}

/** Pixels of an 8-bit RGB(A) PNG, row by row. */
function decodePng(png: Buffer): Rgb[][] {
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('ascii', at + 4, at + 8);
		const body = png.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			channels = body[9] === 6 ? 4 : 3;
		} else if (type === 'IDAT') data.push(body);
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const rows: Uint8Array[] = [];
	for (let r = 0; r < height; r++) {
		const filter = raw[r * (stride + 1)];
		const line = Uint8Array.from(raw.subarray(r * (stride + 1) + 1, (r + 1) * (stride + 1)));
		const up = rows[r - 1] ?? new Uint8Array(stride);
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? line[i - channels] : 0;
			const b = up[i];
			const c = i >= channels ? up[i - channels] : 0;
			const p = a + b - c;
			const pa = Math.abs(p - a);
			const pb = Math.abs(p - b);
			const pc = Math.abs(p - c);
			const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			const add = [0, a, b, (a + b) >> 1, paeth][filter];
			line[i] = (line[i] + add) & 255;
		}
		rows.push(line);
	}
	return rows.map((row) =>
		Array.from({ length: width }, (_, i): Rgb => {
			const k = i * channels;
			return [row[k], row[k + 1], row[k + 2]];
		})
	);
}

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** Adds a red dining table in the middle of the two-bedroom template's living room. */
async function addRedTable(page: Page) {
	await settle(page, () =>
		page.evaluate(() => {
			const doc = window.__view.doc();
			const table = Object.values(doc.furniture).find((f) => f.name === 'Dining table for 4')!;
			const id = 'furniture:test-table';
			const piece = { ...table, id, x: 380, y: 700, rotation: 0, color: '#e01010' };
			window.__view.setDoc({ ...doc, furniture: { ...doc.furniture, [id]: piece } });
		})
	);
}

/** Points the orbit camera and waits for the frame. */
async function look(page: Page, at: [number, number, number], from: [number, number, number]) {
	await settle(page, () =>
		page.evaluate(([a, f]) => window.__render.controls()!.lookAt(a[0], a[1], a[2], f), [
			at,
			from
		] as const)
	);
}

/** Canvas pixel (page coordinates) of a plan point at a height. */
async function projected(page: Page, x: number, y: number, h: number) {
	const box = (await page.locator('canvas').boundingBox())!;
	const p = await page.evaluate(([x, y, h]) => window.__render.controls()!.project(x, y, h), [
		x,
		y,
		h
	] as const);
	return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * A brick exterior wall and a point on its outside face free of openings, with the outward
 * normal (plan coordinates).
 */
async function brickWallPoint(page: Page) {
	return page.evaluate(() => {
		const doc = window.__view.doc();
		for (const w of Object.values(doc.walls)) {
			const side = w.finishLeft.startsWith('brick')
				? 1
				: w.finishRight.startsWith('brick')
					? -1
					: 0;
			if (!side) continue;
			const a = doc.corners[w.start];
			const b = doc.corners[w.end];
			const len = Math.hypot(b.x - a.x, b.y - a.y);
			const ux = (b.x - a.x) / len;
			const uy = (b.y - a.y) / len;
			const gaps = Object.values(doc.openings).filter((o) => o.wall === w.id);
			for (let t = 60; t < len - 60; t += 10) {
				if (gaps.some((o) => Math.abs(o.offset - t) < o.width / 2 + 60)) continue;
				// Left of the wall seen from its start is the plan normal (uy, −ux).
				const nx = uy * side;
				const ny = -ux * side;
				const off = w.thickness / 2;
				return { id: w.id, x: a.x + ux * t + nx * off, y: a.y + uy * t + ny * off, nx, ny };
			}
		}
		return null;
	});
}

/**
 * A tiny .glb: an L of two green boxes (2 × 1 and 1 × 1 units across x/z, 1 high), glowing
 * green so lighting does not change its colour. Seen from above it fills three quarters of
 * its footprint; the quarter at +x, +z is empty (a box would cover it).
 */
function greenL(): Buffer {
	const boxes = [
		[0, 0, 2, 1],
		[0, 1, 1, 2]
	];
	const tri: number[] = [];
	for (const [x0, z0, x1, z1] of boxes) {
		const c = (i: number) => [i & 1 ? x1 : x0, i & 2 ? 1 : 0, i & 4 ? z1 : z0];
		// Six faces as corner numbers (bit 0: x, bit 1: y, bit 2: z), two triangles each.
		for (const [a, b, d, e] of [
			[0, 1, 3, 2],
			[4, 6, 7, 5],
			[0, 4, 5, 1],
			[2, 3, 7, 6],
			[0, 2, 6, 4],
			[1, 5, 7, 3]
		])
			tri.push(...c(a), ...c(b), ...c(d), ...c(a), ...c(d), ...c(e));
	}
	const bin = Buffer.from(new Float32Array(tri).buffer);
	const json = {
		asset: { version: '2.0' },
		scenes: [{ nodes: [0] }],
		nodes: [{ mesh: 0 }],
		materials: [
			{
				pbrMetallicRoughness: { baseColorFactor: [0.1, 0.9, 0.1, 1] },
				emissiveFactor: [0.1, 0.9, 0.1],
				doubleSided: true
			}
		],
		meshes: [{ primitives: [{ attributes: { POSITION: 0 }, material: 0 }] }],
		accessors: [
			{
				bufferView: 0,
				componentType: 5126,
				count: tri.length / 3,
				type: 'VEC3',
				min: [0, 0, 0],
				max: [2, 1, 2]
			}
		],
		bufferViews: [{ buffer: 0, byteLength: bin.length }],
		buffers: [{ byteLength: bin.length }]
	};
	const pad = (b: Buffer, fill: number) =>
		Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4, fill)]);
	const chunk = (type: number, data: Buffer) => {
		const h = Buffer.alloc(8);
		h.writeUInt32LE(data.length, 0);
		h.writeUInt32LE(type, 4);
		return Buffer.concat([h, data]);
	};
	const body = Buffer.concat([
		chunk(0x4e4f534a, pad(Buffer.from(JSON.stringify(json)), 0x20)),
		chunk(0x004e4942, pad(bin, 0))
	]);
	const header = Buffer.alloc(12);
	header.writeUInt32LE(0x46546c67, 0);
	header.writeUInt32LE(2, 4);
	header.writeUInt32LE(12 + body.length, 8);
	return Buffer.concat([header, body]);
}

test.describe('3D view', () => {
	// Software rendering is slow, more so on a busy machine: a small canvas and patient waits.
	test.use({ viewport: { width: 640, height: 420 } });
	test.describe.configure({ timeout: 180_000 });

	test('each configuration gets its tier, shown in the badge and on <html>', async ({
		page,
		tier
	}) => {
		const got = await openView(page, 'template=two-bedroom');
		expect(got).toBe(EXPECTED[tier]);
		await expect(page.locator('html')).toHaveAttribute('data-renderer', EXPECTED[tier]);
		const badge = page.locator('.badge .chip');
		const labels: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL2', svg: '2D' };
		await expect(badge).toContainText(labels[EXPECTED[tier]]);
		await badge.click();
		await expect(page.getByRole('dialog', { name: 'Renderer details' })).toContainText(
			tier === 'no-gpu' ? 'neither WebGPU nor WebGL2' : tier === 'webgl' ? 'WebGL2' : 'WebGPU'
		);
		if (is3d(tier)) await expect(page.locator('canvas')).toHaveCount(1);
		else {
			await expect(page.locator('canvas')).toHaveCount(0);
			await expect(page.getByRole('img', { name: /Plan of/ })).toBeVisible();
		}
	});

	test('?renderer=svg gives the 2D plan and no canvas', async ({ page }) => {
		expect(await openView(page, 'template=two-bedroom&renderer=svg')).toBe('svg');
		await expect(page.locator('canvas')).toHaveCount(0);
		await expect(page.getByRole('img', { name: /Plan of/ })).toBeVisible();
		expect(await page.locator('svg.plan line.wall').count()).toBeGreaterThan(10);
	});

	test('pages without 3D never download three', async ({ page, tier }) => {
		test.skip(!is3d(tier), 'needs a 3D tier to load the 3D code at all');
		const threeScripts = async (url: string) => {
			const found: string[] = [];
			const pending: Promise<void>[] = [];
			const listener = (response: import('@playwright/test').Response) => {
				if (!response.url().endsWith('.js')) return;
				pending.push(
					response.text().then(
						(body) => {
							// A property name three sets on its renderer (minifiers keep property names).
							if (body.includes('isWebGPURenderer')) found.push(response.url());
						},
						// A late script of the page before navigation: its body is gone, and it was
						// not loaded by the page under test.
						() => {}
					)
				);
			};
			page.on('response', listener);
			await page.goto(url);
			if (url.includes('/view')) {
				await page.waitForFunction(() => document.documentElement.dataset.renderer != null);
				if (!url.includes('renderer=svg')) await waitFrames(page, 1);
			}
			await Promise.all(pending);
			page.off('response', listener);
			return found;
		};
		expect(await threeScripts('/view?template=studio&render-test=1')).not.toEqual([]);
		expect(await threeScripts('/')).toEqual([]);
		expect(await threeScripts('/view?template=studio&renderer=svg&render-test=1')).toEqual([]);
	});

	test('the canvas shows the house: brick where a wall is, sky above it', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		const p = await brickWallPoint(page);
		expect(p).not.toBeNull();
		// Stand 6 m outside the wall, at 1.2 m, and look at it straight on.
		await settle(page, () =>
			page.evaluate((q) => {
				const from: [number, number, number] = [q.x + q.nx * 600, 120, q.y + q.ny * 600];
				window.__render.controls()!.lookAt(q.x, q.y, 120, from);
			}, p!)
		);
		const box = (await page.locator('canvas').boundingBox())!;
		// Mostly brick red around the centre (the pale mortar joints are about a pixel wide).
		const patch = await area(page, box.x + box.width / 2, box.y + box.height / 2, 9, 9);
		const red = patch.filter(([r, g, b]) => r > g + 25 && r > b + 25);
		expect(red.length, `brick at the centre, got ${patch.slice(0, 3)}`).toBeGreaterThan(
			patch.length / 2
		);
		// Below the toolbar, well above the wall's top (2.6 m seen from 6 m at 1.2 m).
		const [sr, sg, sb] = await pixel(page, box.x + box.width / 2, box.y + 60);
		expect(sb, `sky at the top, got ${[sr, sg, sb]}`).toBeGreaterThan(sr + 10);
		expect(sb).toBeGreaterThan(150);
	});

	test('furniture shows its catalog model in its colour, and a click on it selects it', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		await addRedTable(page);
		// From the side at 35 cm: the model's legs stand apart, so the middle under the top shows
		// what is behind it (a box would be red there); the near edge of the top is red.
		await look(page, [380, 700, 35], [150, 35, 700]);
		const u = await projected(page, 380, 700, 35);
		const under = await pixel(page, u.x, u.y);
		expect(under[0] - under[1], `under the table top, got ${under}`).toBeLessThan(60);
		const edge = await projected(page, 320, 700, 72.5);
		const top = await pixel(page, edge.x, edge.y);
		expect(top[0], `the table top's edge is red, got ${top}`).toBeGreaterThan(top[1] + 60);
		expect(top[0]).toBeGreaterThan(top[2] + 60);
		// From above: the top fills the middle of the view, red; a click selects the piece.
		await look(page, [380, 700, 75], [380, 300, 775]);
		const box = (await page.locator('canvas').boundingBox())!;
		const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
		const before = await pixel(page, cx, cy);
		expect(before[0], `red top from above, got ${before}`).toBeGreaterThan(before[1] + 60);
		await settle(page, () => page.mouse.click(cx, cy));
		await expect(page.getByTestId('selected')).toHaveText('Dining table for 4');
		const after = await pixel(page, cx, cy);
		expect(after[2], `highlight turns the top blue: ${before} → ${after}`).toBeGreaterThan(
			before[2] + 30
		);
		// Moving it rewrites only its vertices in the level's merged mesh: red where it went to.
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const id = 'furniture:test-table';
				const f = doc.furniture[id];
				window.__view.setDoc({ ...doc, furniture: { ...doc.furniture, [id]: { ...f, x: 480 } } });
			})
		);
		expect(await page.evaluate(() => window.__render.stats.scene.rebuiltIds)).toBe(1);
		await settle(page, () => page.mouse.click(box.x + 5, box.y + box.height - 5));
		await look(page, [480, 700, 75], [480, 300, 775]);
		const moved = await pixel(page, cx, cy);
		expect(moved[0], `red top where it moved to, got ${moved}`).toBeGreaterThan(moved[1] + 60);
	});

	test('an uploaded model is drawn as itself where its piece is, and a click selects it', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		const data = greenL().toString('base64');
		await settle(page, () =>
			page.evaluate((data) => {
				const doc = window.__view.doc();
				const table = Object.values(doc.furniture).find((f) => f.name === 'Dining table for 4')!;
				const id = 'furniture:test-l';
				const modelId = 'model:test-l';
				const model = { id: modelId, name: 'Green L', format: 'glb', data, width: 200 };
				const piece = {
					...table,
					id,
					catalogId: modelId,
					name: 'Green L',
					x: 380,
					y: 700,
					width: 120,
					depth: 120,
					height: 60,
					rotation: 0,
					color: null
				};
				window.__view.setDoc({
					...doc,
					models: { [modelId]: { ...model, depth: 200, height: 100, triangles: 24 } },
					furniture: { ...doc.furniture, [id]: piece }
				} as typeof doc);
			}, data)
		);
		await look(page, [380, 700, 60], [380, 600, 700]);
		// Lit and tone-mapped the green is pale (~[140, 195, 125]); wood floors are redder than green.
		const green = ([r, g, b]: Rgb) => g > r + 35 && g > b + 35;
		// The three arms of the L (quarter centres at ±30 cm) show green once the model is parsed.
		const at = async (dx: number, dy: number) => {
			const p = await projected(page, 380 + dx, 700 + dy, 60);
			return pixel(page, p.x, p.y);
		};
		await expect.poll(async () => green(await at(-30, -30)), { timeout: 30_000 }).toBe(true);
		await page.screenshot({ path: test.info().outputPath('uploaded-l.png') });
		for (const [dx, dy] of [
			[30, -30],
			[-30, 30]
		]) {
			const c = await at(dx, dy);
			expect(green(c), `arm of the L at (${dx}, ${dy}) is green, got ${c}`).toBe(true);
		}
		// Where a box would be but the L is not: no green.
		const gap = await at(30, 30);
		expect(green(gap), `the L's missing quarter shows what is behind, got ${gap}`).toBe(false);
		const calls = await page.evaluate(() => window.__render.stats.drawCalls);
		expect(calls).toBeLessThanOrEqual(32);
		const arm = await projected(page, 350, 670, 60);
		const unselected = await pixel(page, arm.x, arm.y);
		await settle(page, () => page.mouse.click(arm.x, arm.y));
		await expect(page.getByTestId('selected')).toHaveText('Green L');
		// Selected, it is tinted and glows like selected catalog furniture: bluer than before.
		const selected = await pixel(page, arm.x, arm.y);
		await page.screenshot({ path: test.info().outputPath('uploaded-l-selected.png') });
		expect(selected[2], `highlight turns the L blue: ${unselected} → ${selected}`).toBeGreaterThan(
			unselected[2] + 30
		);
		// Something else selected (a click at the canvas's corner): its own green again.
		const box = (await page.locator('canvas').boundingBox())!;
		await settle(page, () => page.mouse.click(box.x + 5, box.y + box.height - 5));
		await expect(page.getByTestId('selected').filter({ hasText: 'Green L' })).toHaveCount(0);
		const released = await pixel(page, arm.x, arm.y);
		expect(released[2], `no highlight once deselected: ${released}`).toBeLessThan(
			unselected[2] + 10
		);
		// Moved: green at its new place, gone from the old one.
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const id = 'furniture:test-l';
				const f = doc.furniture[id];
				window.__view.setDoc({ ...doc, furniture: { ...doc.furniture, [id]: { ...f, x: 480 } } });
			})
		);
		await look(page, [480, 700, 60], [480, 600, 700]);
		const moved = await projected(page, 450, 670, 60);
		const there = await pixel(page, moved.x, moved.y);
		expect(green(there), `green where it moved to, got ${there}`).toBe(true);
		// Removed with its model: nothing green is left there.
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const furniture = { ...doc.furniture };
				delete furniture['furniture:test-l'];
				window.__view.setDoc({ ...doc, furniture, models: {} } as typeof doc);
			})
		);
		const gone = await pixel(page, moved.x, moved.y);
		expect(green(gone), `no green once removed, got ${gone}`).toBe(false);
	});

	test('an uploaded model casts a sun shadow (with its fitted box)', async ({ page, tier }) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		// On the lawn 4 m west of the house: the afternoon sun (south-west, ~39° up) throws a
		// 1 m tall piece's shadow about 1.2 m towards the north-east, where the house casts none.
		const spot = await page.evaluate(() => {
			const corners = Object.values(window.__view.doc().corners);
			const xs = corners.map((c) => c.x);
			const ys = corners.map((c) => c.y);
			return { x: Math.min(...xs) - 400, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
		});
		const shade = { x: spot.x + 110, y: spot.y - 110 };
		await look(page, [shade.x, shade.y, 0], [shade.x, 600, shade.y + 1]);
		const at = async (p: { x: number; y: number }, h: number) => {
			const q = await projected(page, p.x, p.y, h);
			return pixel(page, q.x, q.y);
		};
		const lawn = await at(shade, 0);
		const data = greenL().toString('base64');
		await settle(page, () =>
			page.evaluate(
				({ data, spot }) => {
					const doc = window.__view.doc();
					const table = Object.values(doc.furniture)[0];
					const modelId = 'model:test-l';
					const model = { id: modelId, name: 'Green L', format: 'glb', data, width: 200 };
					const piece = {
						...table,
						id: 'furniture:test-l',
						catalogId: modelId,
						name: 'Green L',
						x: spot.x,
						y: spot.y,
						width: 100,
						depth: 100,
						height: 100,
						elevation: 0,
						rotation: 0,
						color: null
					};
					window.__view.setDoc({
						...doc,
						models: { [modelId]: { ...model, depth: 200, height: 100, triangles: 24 } },
						furniture: { ...doc.furniture, [piece.id]: piece }
					} as typeof doc);
				},
				{ data, spot }
			)
		);
		// Drawn from its model once parsed (green on top), then its shadow lies on the lawn.
		const green = ([r, g, b]: Rgb) => g > r + 35 && g > b + 35;
		await expect
			.poll(async () => green(await at({ x: spot.x - 25, y: spot.y - 25 }, 100)), {
				timeout: 30_000
			})
			.toBe(true);
		await settle(page, () => page.evaluate(() => window.__render.controls()!.invalidate()));
		await page.screenshot({ path: test.info().outputPath('uploaded-shadow.png') });
		const shaded = await at(shade, 0);
		expect(luminance(shaded), `shadow on the lawn: ${lawn} → ${shaded}`).toBeLessThan(
			luminance(lawn) - 25
		);
	});

	test('floors show their finish: oak planks, then blue mosaic tiles with grout', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		// Straight down onto a free patch of the oak living-room floor, 1.2 m above it.
		await look(page, [420, 520, 0], [420, 120, 540]);
		const box = (await page.locator('canvas').boundingBox())!;
		const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
		// Across the planks (they run along x, which is across the screen).
		const oak = await area(page, cx, cy, 1, 160);
		const brown = oak.filter(([r, g, b]) => r > g + 8 && g > b + 8 && r > b + 35);
		expect(brown.length, `oak is brown: ${oak.slice(0, 4)}`).toBeGreaterThan(oak.length * 0.8);
		const lum = oak.map(luminance);
		// Planks, seams and grain: the floor is not one flat colour.
		expect(Math.max(...lum) - Math.min(...lum), 'wood grain and seams').toBeGreaterThan(20);
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const room = Object.values(doc.rooms).find((r) => r.name === 'Living room')!;
				window.__view.setDoc({
					...doc,
					rooms: { ...doc.rooms, [room.id]: { ...room, floorFinish: 'tile:mosaic-blue' } }
				});
			})
		);
		const tiles = await area(page, cx, cy, 40, 40);
		const blue = tiles.filter(([r, , b]) => b > r + 30);
		// 5 cm mosaic (about 18 px here) with light grout: blue tiles, pale joints between them.
		const pale = tiles.filter(([r, g, b]) => Math.min(r, g, b) > 150 && Math.abs(r - b) < 40);
		expect(blue.length, `blue tiles: ${tiles.slice(0, 4)}`).toBeGreaterThan(tiles.length * 0.4);
		expect(pale.length, 'grout between the tiles').toBeGreaterThan(40);
		expect(pale.length).toBeLessThan(tiles.length * 0.4);
	});

	test('draw calls stay bounded for the furnished templates', async ({ page, tier }) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		// The first frame goes without shadows; the second follows by itself and draws them.
		await waitFrames(page, 2);
		const one = await page.evaluate(() => window.__render.stats.drawCalls);
		expect(one).toBeGreaterThan(5);
		expect(one).toBeLessThanOrEqual(30);
		await openView(page, 'template=two-storey');
		await waitFrames(page, 2);
		const two = await page.evaluate(() => window.__render.stats.drawCalls);
		expect(two).toBeLessThanOrEqual(45);
		// Without instancing every piece is its own mesh: the bound only holds because of it.
		await openView(page, 'template=two-storey', { PUBLIC_INSTANCING: 'false' });
		const naive = await page.evaluate(() => window.__render.stats.drawCalls);
		expect(naive).toBeGreaterThan(two + 10);
	});

	test('clicking a wall in 3D selects it, and it is highlighted', async ({ page, tier }) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		const p = (await brickWallPoint(page))!;
		await settle(page, () =>
			page.evaluate((q) => {
				const from: [number, number, number] = [q.x + q.nx * 600, 120, q.y + q.ny * 600];
				window.__render.controls()!.lookAt(q.x, q.y, 120, from);
			}, p)
		);
		const box = (await page.locator('canvas').boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		const before = await pixel(page, cx, cy);
		await settle(page, () => page.mouse.click(cx, cy));
		await expect(page.getByTestId('selected')).toHaveText('wall');
		const after = await pixel(page, cx, cy);
		expect(after[2], `highlight turns the brick blue: ${before} → ${after}`).toBeGreaterThan(
			before[2] + 30
		);
	});

	test('an edit rebuilds only what changed', async ({ page, tier }) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		const first = await page.evaluate(() => window.__render.stats.scene.rebuiltIds);
		expect(first).toBeGreaterThan(20);
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const [id, f] = Object.entries(doc.furniture)[0];
				window.__view.setDoc({
					...doc,
					furniture: { ...doc.furniture, [id]: { ...f, x: f.x + 10 } }
				});
			})
		);
		expect(await page.evaluate(() => window.__render.stats.scene.rebuiltIds)).toBe(1);
		await settle(page, () =>
			page.evaluate(() => {
				const doc = window.__view.doc();
				const [id, c] = Object.entries(doc.corners)[0];
				window.__view.setDoc({ ...doc, corners: { ...doc.corners, [id]: { ...c, x: c.x - 20 } } });
			})
		);
		const rebuilt = await page.evaluate(() => window.__render.stats.scene.rebuiltIds);
		expect(rebuilt).toBeGreaterThan(0);
		expect(rebuilt).toBeLessThan(first / 2);
	});

	test('slow frames step quality down level by level, then fall back to 2D with a notice', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=studio');
		const window20 = (ms: number) =>
			page.evaluate((t) => window.__render.injectFrameTime(t, 20), ms);
		expect(await page.evaluate(() => window.__render.quality)).toBe('high');
		expect(await settle(page, () => window20(30))).toBe('medium');
		expect(await page.evaluate(() => window.__render.stats.shadowMapSize)).toBe(1024);
		expect(await settle(page, () => window20(30))).toBe('low');
		expect(await page.evaluate(() => window.__render.stats.shadowMapSize)).toBe(0);
		expect(await window20(30)).toBe('lowest');
		// Above 30 fps at the lowest level: it holds.
		await window20(25);
		expect(await page.evaluate(() => window.__render.tier)).toBe(EXPECTED[tier]);
		await window20(60);
		await window20(60);
		await expect(page.locator('html')).toHaveAttribute('data-renderer', 'svg');
		await expect(page.getByRole('alert')).toContainText('too slow');
		await expect(page.locator('canvas')).toHaveCount(0);
		await expect(page.getByRole('img', { name: /Plan of/ })).toBeVisible();
		await page.getByRole('button', { name: 'Try 3D again' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-renderer', EXPECTED[tier]);
		await expect(page.locator('canvas')).toHaveCount(1);
		expect(await page.evaluate(() => window.__render.quality)).toBe('high');
	});

	test('a lost device is recovered once, and a second loss falls back a tier', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=studio');
		const frames = await page.evaluate(() => window.__render.stats.frames);
		await page.evaluate(() => window.__render.loseContext());
		// A new renderer draws again in the same tier.
		await waitFrames(page, frames + 1);
		expect(await page.evaluate(() => window.__render.tier)).toBe(EXPECTED[tier]);
		await page.evaluate(() => window.__render.loseContext());
		const next = tier === 'webgpu' ? 'webgl' : 'svg';
		await expect(page.locator('html')).toHaveAttribute('data-renderer', next);
		if (next === 'svg') await expect(page.getByRole('alert')).toContainText('Your design is safe');
		else await waitFrames(page, 1);
	});

	test('walking: keys move the eye, walls stop it', async ({ page, tier }) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		await page.getByRole('button', { name: 'Walk' }).click();
		const start = await page.evaluate(() => window.__render.controls()!.walkState());
		// Hold W until the eye has moved 10 cm (frames come slowly on software rendering).
		await page.keyboard.down('KeyW');
		await page.waitForFunction(
			(s) => {
				const now = window.__render.controls()!.walkState();
				return Math.hypot(now.x - s.x, now.y - s.y) > 10;
			},
			start,
			{ timeout: 90_000 }
		);
		await page.keyboard.up('KeyW');
		// Face a wall of the room and keep walking: the eye stays on this side of it.
		const p = (await brickWallPoint(page))!;
		await page.evaluate((q) => {
			// From 80 cm inside the wall, facing it (against its outward normal's opposite).
			const c = window.__render.controls()!;
			c.walkTo(q.x - q.nx * 80, q.y - q.ny * 80, Math.atan2(q.ny, q.nx));
		}, p);
		// Walk into the wall for 25 frames (up to 3.5 m).
		const frames = await page.evaluate(() => window.__render.stats.frames);
		await page.keyboard.down('ArrowUp');
		await waitFrames(page, frames + 25);
		await page.keyboard.up('ArrowUp');
		const end = await page.evaluate(() => window.__render.controls()!.walkState());
		// Signed distance from the outside face along the outward normal: still inside.
		const outside = (end.x - p.x) * p.nx + (end.y - p.y) * p.ny;
		expect(outside).toBeLessThan(0);
	});

	test('walking: the ceiling above the eye reads as light paint, not brown-grey', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		await openView(page, 'template=two-bedroom');
		await settle(page, () => page.getByRole('button', { name: 'Walk' }).click());
		await page.screenshot({ path: test.info().outputPath('walk-level.png') });
		// Drag upwards to look up at about 35° (the walker starts in the living room).
		const box = (await page.locator('canvas').boundingBox())!;
		const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
		await settle(page, async () => {
			await page.mouse.move(cx, cy + 100);
			await page.mouse.down();
			await page.mouse.move(cx, cy + 50, { steps: 5 });
			await page.mouse.move(cx, cy, { steps: 5 });
			await page.mouse.up();
		});
		const pitch = await page.evaluate(
			() => (window.__render.controls()!.walkState() as { pitch?: number }).pitch ?? 0
		);
		expect(pitch, 'looking up').toBeGreaterThan(0.3);
		await page.screenshot({ path: test.info().outputPath('walk-ceiling.png') });
		// The white ceiling (paint:white, #f4f4f0) fills the middle of the view.
		const patch = await area(page, cx, cy, 9, 9);
		const lum = patch.map(luminance).sort((a, b) => a - b);
		const median = lum[lum.length >> 1];
		const [r, , b] = patch[patch.length >> 1];
		expect(median, `a light ceiling, got ${patch[patch.length >> 1]}`).toBeGreaterThan(160);
		// Painted white, not tinted brown by the earth colour of the sky light.
		expect(Math.abs(r - b), `a neutral ceiling, got ${[r, b]}`).toBeLessThan(30);
	});

	test('flags: 3D off, debug overlay, texture size, triangle budget, LOD, auto quality', async ({
		page,
		tier
	}) => {
		test.skip(!is3d(tier), '3D only');
		expect(await openView(page, 'template=studio', { PUBLIC_3D_ENABLED: 'false' })).toBe('svg');

		await openView(page, 'template=studio', {
			PUBLIC_RENDER_DEBUG: 'true',
			PUBLIC_MAX_TEXTURE_SIZE: '512'
		});
		const overlay = page.getByLabel('Renderer statistics');
		await expect(overlay).toBeVisible();
		const shown = Number(await overlay.locator('[data-stat=drawCalls]').textContent());
		expect(shown).toBe(await page.evaluate(() => window.__render.stats.drawCalls));
		expect(await page.evaluate(() => window.__render.stats.shadowMapSize)).toBe(512);

		await openView(page, 'template=studio', { PUBLIC_MAX_TRIANGLES: '1000' });
		expect(await page.evaluate(() => window.__render.stats.scene.furnitureLod)).toBe(1);
		await openView(page, 'template=studio', { PUBLIC_MAX_TRIANGLES: '1000', PUBLIC_LOD: 'false' });
		expect(await page.evaluate(() => window.__render.stats.scene.furnitureLod)).toBe(0);
		await openView(page, 'template=studio');
		expect(await page.evaluate(() => window.__render.stats.scene.furnitureLod)).toBe(0);

		await openView(page, 'template=studio', { PUBLIC_AUTO_QUALITY: 'false' });
		expect(await page.evaluate(() => window.__render.injectFrameTime(200, 200))).toBe('high');
		expect(await page.evaluate(() => window.__render.tier)).toBe(EXPECTED[tier]);
	});
});
