/**
 * The catalog page in every tier: thumbnails drawn from the 3D models (WebGPU and WebGL2),
 * plan symbols in the 2D tier, a rendered swatch per finish that differs from every other,
 * search and category filters, and uploading a glTF model (and refusing a file that is not).
 */
import type { Page } from '@playwright/test';
import { glb } from '../../src/lib/ui/catalog/test-gltf';
import { expect, test } from './fixtures';

interface ImageStats {
	id: string;
	kind: string | null;
	/** Pixels not transparent and not the page background. */
	drawn: number;
	/** Distinct colours (quantised): a flat fill has one. */
	colours: number;
	hash: string;
}

/** Decodes every `<img>` of the matching cards and measures its pixels. */
function imageStats(page: Page, selector: string, attr: string): Promise<ImageStats[]> {
	return page.evaluate(
		async ([selector, attr]) => {
			const canvas = document.createElement('canvas');
			const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
			const out = [];
			for (const card of document.querySelectorAll(selector)) {
				const img = card.querySelector('img');
				if (!img) continue;
				await img.decode();
				canvas.width = img.naturalWidth;
				canvas.height = img.naturalHeight;
				ctx.clearRect(0, 0, canvas.width, canvas.height);
				ctx.drawImage(img, 0, 0);
				const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
				let drawn = 0;
				let h = 2166136261;
				const colours = new Set<number>();
				for (let i = 0; i < data.length; i += 4) {
					if (data[i + 3] > 0 && !(data[i] > 250 && data[i + 1] > 250 && data[i + 2] > 250))
						drawn++;
					colours.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
					h = Math.imul(h ^ data[i] ^ (data[i + 1] << 8) ^ (data[i + 2] << 16), 16777619);
				}
				out.push({
					id: card.getAttribute(attr)!,
					kind: img.dataset.kind ?? null,
					drawn,
					colours: colours.size,
					hash: (h >>> 0).toString(16)
				});
			}
			return out;
		},
		[selector, attr] as const
	);
}

test.describe('catalog page', () => {
	test('draws every item and every finish in this tier', async ({ page, tier }) => {
		test.setTimeout(240_000);
		await page.goto('/catalog');
		const main = page.locator('main');
		await expect(main).toHaveAttribute('data-thumbnails', 'done', { timeout: 200_000 });
		await expect(main).toHaveAttribute('data-tier', tier === 'no-gpu' ? 'svg' : tier);
		const items = await imageStats(page, '[data-item]', 'data-item');
		expect(items.length).toBeGreaterThanOrEqual(80);
		const expected = tier === 'no-gpu' ? 'symbol' : 'model';
		for (const item of items) {
			expect(item.kind, item.id).toBe(expected);
			// A drawn model or symbol covers a good part of its 96 × 96 thumbnail.
			expect(item.drawn, `${item.id} drawn pixels`).toBeGreaterThan(300);
		}
		// Different items look different.
		expect(new Set(items.map((i) => i.hash)).size).toBeGreaterThan(items.length * 0.8);

		if (tier === 'no-gpu') return;
		const swatches = await imageStats(page, '[data-finish]', 'data-finish');
		expect(swatches.length).toBeGreaterThanOrEqual(30);
		for (const s of swatches) {
			expect(s.drawn, `${s.id} drawn`).toBeGreaterThan(96 * 96 * 0.3);
			expect(s.colours, `${s.id} shades`).toBeGreaterThan(1);
		}
		const byHash = new Map<string, string[]>();
		for (const s of swatches) byHash.set(s.hash, [...(byHash.get(s.hash) ?? []), s.id]);
		expect([...byHash.values()].filter((ids) => ids.length > 1)).toEqual([]);
	});

	test('searches by name and filters by category', async ({ page }) => {
		await page.goto('/catalog?renderer=svg');
		const cards = page.locator('[data-item]');
		await page.getByLabel('Search').fill('sofa');
		await expect(cards.first()).toHaveAttribute('data-item', 'sofa:2-seat');
		await expect(page.locator('[data-item="bed:double"]')).toHaveCount(0);
		await page.getByLabel('Search').fill('');
		await page.getByRole('button', { name: 'Bathroom' }).click();
		await expect(page.locator('[data-item="bath:toilet"]')).toBeVisible();
		await expect(page.locator('[data-item="bed:double"]')).toHaveCount(0);
	});

	test('uploads a glTF model, shows its footprint, and refuses a photo', async ({ page }) => {
		await page.goto('/catalog?renderer=svg');
		await page.getByRole('button', { name: 'Upload a glTF model…' }).click();
		const input = page.getByLabel('Model file');
		await input.setInputFiles({
			name: 'photo.glb',
			mimeType: 'model/gltf-binary',
			buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1])
		});
		await expect(page.getByRole('status')).toContainText('not a glTF');
		await expect(page.getByRole('button', { name: 'Add to my models' })).toBeDisabled();
		await input.setInputFiles({
			name: 'Reading lamp.glb',
			mimeType: 'model/gltf-binary',
			buffer: Buffer.from(glb([0.4, 1.5, 0.35]))
		});
		await expect(page.getByRole('status')).toContainText('40 × 35 × 150 cm');
		await page.getByRole('button', { name: 'Add to my models' }).click();
		const card = page.locator('[data-user-model="Reading lamp"]');
		await expect(card).toContainText('40 × 35 × 150 cm');
		await expect(card.locator('rect')).toHaveAttribute('width', '40');
		await page.reload();
		await expect(page.locator('[data-user-model="Reading lamp"]')).toBeVisible();
	});
});

/** The uploaded pieces drawn on the plan: their ids and on-screen sizes in plan centimetres. */
async function uploadedPieces(page: Page) {
	// One evaluate: the zoom and the drawn boxes are read in the same frame (the editor zooms to
	// fit after a reload; reading the scale before that and the box after gave 5× the size).
	return page.evaluate(() => {
		const editor = (
			window as unknown as {
				__editor: {
					doc: { furniture: Record<string, { id: string; catalogId: string }>; models?: object };
					viewport: { scale: number };
				};
			}
		).__editor;
		const { doc, viewport } = editor;
		// getBoundingClientRect gives an SVG shape's geometry without its stroke.
		const cm = (px: number) => Math.round((px / viewport.scale) * 10) / 10;
		return Object.values(doc.furniture)
			.filter((f) => f.catalogId.startsWith('model:') && doc.models && f.catalogId in doc.models)
			.map((f) => {
				const outline = document.querySelector(`.furniture [data-id="${f.id}"] .outline`);
				const box = outline?.getBoundingClientRect();
				return { id: f.id, width: box ? cm(box.width) : 0, depth: box ? cm(box.height) : 0 };
			});
	});
}

/** The same pieces at the same size (to the centimetre: the zoom may differ after a reload). */
function expectSamePieces(
	actual: { id: string; width: number; depth: number }[],
	expected: { id: string; width: number; depth: number }[]
) {
	expect(actual.map((p) => p.id)).toEqual(expected.map((p) => p.id));
	actual.forEach((p, i) => {
		expect(p.width).toBeCloseTo(expected[i].width, 0);
		expect(p.depth).toBeCloseTo(expected[i].depth, 0);
	});
}

async function uploadInEditor(page: Page, name: string, buffer: Buffer) {
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByRole('button', { name: 'Add your own 3D model…' }).click();
	await page
		.getByLabel('Model file')
		.setInputFiles({ name, mimeType: 'model/gltf-binary', buffer });
}

/** How many records of a collection the server's copy of the design (this page's) holds. */
function savedCount(page: Page, collection: 'models' | 'backgrounds') {
	return page.evaluate(async (c) => {
		const id = location.pathname.split('/').pop();
		const body = await (await fetch(`/api/designs/${id}`)).json();
		return Object.keys(body.document[c] ?? {}).length;
	}, collection);
}

test.describe('uploaded models in the editor', () => {
	test('an uploaded model is placed on the plan by its footprint and is still there after a reload', async ({
		page
	}) => {
		await page.goto('/editor');
		await page.evaluate(() => localStorage.clear());
		await page.goto('/editor');
		await page.waitForFunction(() => '__editor' in window);
		await uploadInEditor(page, 'Armoire.glb', Buffer.from(glb([1.2, 2, 0.6])));
		await expect(page.getByRole('status').filter({ hasText: 'Armoire' })).toContainText(
			'120 × 60 × 200 cm'
		);
		await page.getByRole('button', { name: 'Add to the plan' }).click();
		const [piece] = await uploadedPieces(page);
		expect(piece.width).toBeCloseTo(120, 0);
		expect(piece.depth).toBeCloseTo(60, 0);
		await page.screenshot({ path: test.info().outputPath('uploaded-model-placed.png') });
		await page.reload();
		await page.waitForFunction(() => '__editor' in window);
		const after = await uploadedPieces(page);
		expectSamePieces(after, [piece]);
		// Deleting the piece removes the model from the design; undo brings both back.
		await page.locator(`.furniture [data-id="${piece.id}"]`).click();
		await page.keyboard.press('Delete');
		expect(
			await page.evaluate(
				() => (window as unknown as { __editor: { doc: { models?: object } } }).__editor.doc.models
			)
		).toEqual({});
		await page.keyboard.press('Control+z');
		expect((await uploadedPieces(page)).map((p) => p.id)).toEqual([piece.id]);
	});

	test('an uploaded model is kept with a design saved on the server', async ({ page }) => {
		await page.goto('/signup');
		await page
			.getByLabel('Email')
			.fill(`model-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`);
		await page.getByLabel(/^Password/).fill('a long enough passphrase 7');
		await page.getByRole('button', { name: 'Create account' }).click();
		await page.waitForURL('**/designs');
		await page.getByLabel('Name').fill('With my model');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
		await page.waitForFunction(() => '__editor' in window);
		// 1.5 MB, as a small real model: over adapter-node's default 512 KB body limit.
		await uploadInEditor(page, 'Lamp.glb', Buffer.from(glb([0.4, 1.5, 0.35], 1_500_000)));
		await page.getByRole('button', { name: 'Add to the plan' }).click();
		// The server's copy has it (the status alone could still show the state before the edit).
		await expect.poll(() => savedCount(page, 'models'), { timeout: 10_000 }).toBe(1);
		await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
		const [piece] = await uploadedPieces(page);
		expect(piece.width).toBeCloseTo(40, 0);
		await page.reload();
		await page.waitForFunction(() => '__editor' in window);
		expectSamePieces(await uploadedPieces(page), [piece]);
		await page.screenshot({ path: test.info().outputPath('uploaded-model-server-reload.png') });
	});

	test('a model over the size limit is refused with a clear message', async ({ page }) => {
		await page.goto('/editor');
		await page.waitForFunction(() => '__editor' in window);
		await uploadInEditor(page, 'huge.glb', Buffer.alloc(6 * 1024 * 1024, 1));
		await expect(page.getByText('The model is 6.0 MB; the limit is 5 MB.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to the plan' })).toBeDisabled();
		await page.screenshot({ path: test.info().outputPath('uploaded-model-too-large.png') });
		// Under the cap, but more than this browser's storage keeps for a design without an account.
		await page.getByLabel('Model file').setInputFiles({
			name: 'big.glb',
			mimeType: 'model/gltf-binary',
			buffer: Buffer.from(glb([1, 1, 1], 4_000_000))
		});
		await expect(page.getByText(/^This design is kept in this browser/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to the plan' })).toBeDisabled();
		await page.screenshot({ path: test.info().outputPath('uploaded-model-too-large-device.png') });
	});
});
