/** Shared by the trace-image browser tests: a test scan, the trace dialog, the drawn image. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A 400 × 200 px PNG made in the page: blue, with a black line from (50, 100) to (350, 100). */
export async function bluePng(page: Page): Promise<Buffer> {
	const bytes = await page.evaluate(async () => {
		const c = new OffscreenCanvas(400, 200);
		const ctx = c.getContext('2d')!;
		ctx.fillStyle = '#0050ff';
		ctx.fillRect(0, 0, 400, 200);
		ctx.fillStyle = '#000';
		ctx.fillRect(50, 97, 300, 6);
		const blob = await c.convertToBlob({ type: 'image/png' });
		return [...new Uint8Array(await blob.arrayBuffer())];
	});
	return Buffer.from(bytes);
}

/** Blue over the white plan at half opacity: clearly bluer than it is red. */
export const isTraceBlue = ([r, , b]: [number, number, number]) => b > 200 && r < 200;

export const drawnImage = (page: Page) => page.locator('[data-testid="trace-background"] image');

/** Clicks image pixels (50, 100) and (350, 100) in the trace dialog and applies `metres`. */
export async function pickAndApply(page: Page, title: string, metres: string) {
	const dialog = page.getByRole('dialog', { name: title });
	const img = dialog.getByRole('img', { name: 'The plan to trace' });
	await expect(img).toBeVisible();
	const box = (await img.boundingBox())!;
	await img.click({ position: { x: (50 / 400) * box.width, y: box.height / 2 } });
	await img.click({ position: { x: (350 / 400) * box.width, y: box.height / 2 } });
	await dialog.getByLabel('Real distance between the points').fill(metres);
	await dialog.getByLabel('Unit').selectOption('m');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	return dialog;
}

/** Traces `bluePng` in the open editor: 300 px said to be 6 m, so 2 cm a pixel. */
export async function traceImageInEditor(page: Page) {
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByRole('button', { name: 'Trace a plan image…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Trace a plan image' });
	await dialog.getByLabel('Image', { exact: true }).setInputFiles({
		name: 'scan.png',
		mimeType: 'image/png',
		buffer: await bluePng(page)
	});
	await pickAndApply(page, 'Trace a plan image', '6');
	await expect(drawnImage(page)).toHaveCount(1);
}
