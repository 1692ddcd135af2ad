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
