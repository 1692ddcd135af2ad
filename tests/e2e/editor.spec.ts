import { expect, test } from './fixtures';
import {
	clickPlan,
	counts,
	drawRoomByMouse,
	isWallColour,
	openEditor,
	pixelAt,
	toScreen
} from './editor-helpers';

// A 400 × 300 room on wall centre lines with 20 cm walls: 3.80 × 2.80 = 10.64 m² net.
const NET_AREA = '10.6 m²';
/** A room label: its name, then its area (two tspans, so whitespace may sit between). */
const roomLabel = (area: string) => new RegExp(`^\\s*Room\\s*${area.replace('.', '\\.')}\\s*$`);

test.describe('2D editor', () => {
	test('draws a 4 × 3 m room by mouse and labels its net area', async ({ page }, info) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);
		expect(await counts(page)).toMatchObject({ walls: 4, rooms: 1 });
		await expect(page.getByTestId('announcer')).toContainText('Wall');
		await page.screenshot({ path: info.outputPath('room-by-mouse.png') });
	});

	test('a door cuts a gap in the wall', async ({ page }, info) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await page.keyboard.press('Escape');
		const doorAt = await toScreen(page, { x: 200, y: 0 });
		expect(isWallColour(await pixelAt(page, doorAt))).toBe(true);
		await page.getByRole('button', { name: /^Door \(D\)/ }).click();
		await clickPlan(page, { x: 200, y: 4 });
		expect((await counts(page)).openings).toBe(1);
		// Move the pointer away so only the drawn plan is under the sample point.
		await page.getByRole('button', { name: /^Select \(V\)/ }).click();
		await page.keyboard.press('Escape');
		await page.mouse.move(5, 5);
		const after = await pixelAt(page, doorAt);
		expect(isWallColour(after)).toBe(false);
		// The wall beside the door is still there.
		expect(isWallColour(await pixelAt(page, await toScreen(page, { x: 80, y: 0 })))).toBe(true);
		await page.screenshot({ path: info.outputPath('door-gap.png') });
	});

	test('undo and redo, by keys and by buttons', async ({ page }) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await expect(page.locator('.room-labels text')).toHaveCount(1);
		await page.keyboard.press('Control+z');
		expect(await counts(page)).toMatchObject({ walls: 3, rooms: 0 });
		await expect(page.locator('.room-labels text')).toHaveCount(0);
		await page.keyboard.press('Control+Shift+z');
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);
		await page.getByRole('button', { name: /^Undo/ }).click();
		expect((await counts(page)).walls).toBe(3);
		await page.keyboard.press('Control+y');
		expect((await counts(page)).walls).toBe(4);
	});

	test('dragging a wall changes the area, in one undo step; Escape mid-drag restores', async ({
		page
	}, info) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await page.getByRole('button', { name: /^Select \(V\)/ }).click();
		const from = await toScreen(page, { x: 400, y: 150 });
		const to = await toScreen(page, { x: 500, y: 150 });
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 8 });
		await page.keyboard.press('Escape');
		await page.mouse.up();
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);

		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 8 });
		await page.mouse.up();
		// 480 × 280 cm inside: 13.44 m².
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel('13.4 m²')]);
		await page.screenshot({ path: info.outputPath('wall-dragged.png') });
		await page.keyboard.press('Control+z');
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);
	});

	test('draws a room with the keyboard alone', async ({ page }, info) => {
		await openEditor(page);
		await page.getByTestId('plan').focus();
		await page.keyboard.press('w');
		await page.keyboard.press('Enter');
		for (const [arrow, length] of [
			[null, '400'],
			['ArrowDown', '300'],
			['ArrowLeft', '400'],
			['ArrowUp', '300']
		] as const) {
			if (arrow) await page.keyboard.press(arrow);
			await page.keyboard.type(length);
			await expect(page.getByTestId('typed')).toHaveText(length);
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);
		await expect(page.getByTestId('announcer')).toContainText(`Room ${NET_AREA}`);
		await page.screenshot({ path: info.outputPath('room-by-keyboard.png') });
	});

	test('a template opens with its rooms labelled', async ({ page }, info) => {
		await openEditor(page);
		await page.getByRole('button', { name: 'New', exact: true }).click();
		await page.locator('[data-template="two-bedroom"]').click();
		const labels = page.locator('.room-labels text');
		await expect(labels.first()).toBeVisible();
		const texts = await labels.allTextContents();
		expect(texts.length).toBeGreaterThanOrEqual(4);
		for (const t of texts) expect(t).toMatch(/\d m²$/);
		expect(texts.join(' ')).toMatch(/Kitchen|Living|Bedroom/);
		await page.screenshot({ path: info.outputPath('template.png') });
		// Kept on this device: a reload shows the same plan.
		await page.reload();
		await expect(page.locator('.room-labels text')).toHaveText(texts);
	});
});

test.describe('2D editor on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('taps draw walls and a pinch zooms', async ({ page }, info) => {
		await openEditor(page);
		await expect(page.getByRole('complementary', { name: 'Panels' })).toBeHidden();
		await page.getByRole('button', { name: /^Wall \(W\)/ }).tap();
		for (const p of [
			{ x: 0, y: 0 },
			{ x: 400, y: 0 },
			{ x: 400, y: 300 },
			{ x: 0, y: 300 },
			{ x: 0, y: 0 }
		]) {
			const s = await toScreen(page, p);
			await page.touchscreen.tap(s.x, s.y);
		}
		await expect(page.locator('.room-labels text')).toHaveText([roomLabel(NET_AREA)]);
		await page.screenshot({ path: info.outputPath('phone-room.png') });

		const before = await page.evaluate(
			() =>
				(window as unknown as { __editor: { viewport: { scale: number } } }).__editor.viewport.scale
		);
		const box = (await page.getByTestId('plan').boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: cx - d, y: cy, id: 1 },
								{ x: cx + d, y: cy, id: 2 }
							]
			});
		await touch('touchStart', 40);
		for (let d = 50; d <= 120; d += 10) await touch('touchMove', d);
		await touch('touchEnd', 0);
		const after = await page.evaluate(
			() =>
				(window as unknown as { __editor: { viewport: { scale: number } } }).__editor.viewport.scale
		);
		expect(after / before).toBeGreaterThan(2);
		await page.getByRole('button', { name: 'Panels' }).tap();
		await expect(page.getByRole('complementary', { name: 'Panels' })).toBeVisible();
	});
});
