/** Shared steps of the editor's browser tests: plan ↔ screen points, drawing, pixel reads. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Pt {
	x: number;
	y: number;
}

export async function openEditor(page: Page) {
	await page.goto('/editor');
	await page.evaluate(() => localStorage.clear());
	await page.goto('/editor');
	await expect(page.getByTestId('plan')).toBeVisible();
	await page.waitForFunction(() => '__editor' in window);
}

/** Screen (page) position of a plan point, in the current viewport. */
export async function toScreen(page: Page, p: Pt): Promise<Pt> {
	const box = (await page.getByTestId('plan').boundingBox())!;
	const vp = await page.evaluate(() => {
		const v = (
			window as unknown as { __editor: { viewport: { x: number; y: number; scale: number } } }
		).__editor.viewport;
		return { x: v.x, y: v.y, scale: v.scale };
	});
	return { x: box.x + (p.x - vp.x) * vp.scale, y: box.y + (p.y - vp.y) * vp.scale };
}

export async function clickPlan(page: Page, p: Pt) {
	const s = await toScreen(page, p);
	await page.mouse.move(s.x, s.y, { steps: 2 });
	await page.mouse.click(s.x, s.y);
}

/** A 400 × 300 room by mouse: wall tool, five clicks (the last closes the loop). */
export async function drawRoomByMouse(page: Page, at: Pt = { x: 0, y: 0 }) {
	await page.getByRole('button', { name: /^Wall \(W\)/ }).click();
	for (const p of [
		{ x: 0, y: 0 },
		{ x: 400, y: 0 },
		{ x: 400, y: 300 },
		{ x: 0, y: 300 },
		{ x: 0, y: 0 }
	])
		await clickPlan(page, { x: at.x + p.x, y: at.y + p.y });
}

export async function counts(page: Page) {
	return page.evaluate(() => {
		const d = (
			window as unknown as {
				__editor: { doc: { walls: object; rooms: object; openings: object; furniture: object } };
			}
		).__editor.doc;
		return {
			walls: Object.keys(d.walls).length,
			rooms: Object.keys(d.rooms).length,
			openings: Object.keys(d.openings).length,
			furniture: Object.keys(d.furniture).length
		};
	});
}

/** RGB of the screenshot pixel at a page point (decoded in the page: no PNG library needed). */
export async function pixelAt(page: Page, p: Pt): Promise<[number, number, number]> {
	const shot = await page.screenshot({
		clip: { x: Math.round(p.x) - 1, y: Math.round(p.y) - 1, width: 3, height: 3 }
	});
	const b64 = shot.toString('base64');
	return page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(1, 1, 1, 1).data;
		return [d[0], d[1], d[2]] as [number, number, number];
	}, b64);
}

/** The wall fill is #2b2f36: dark and nearly grey. */
export const isWallColour = ([r, g, b]: [number, number, number]) =>
	Math.abs(r - 0x2b) < 24 && Math.abs(g - 0x2f) < 24 && Math.abs(b - 0x36) < 24;
