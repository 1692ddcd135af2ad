/**
 * A traced plan image after its calibration: moved by dragging on the plan (the walls stay, one
 * undo step, Escape mid-drag restores, arrow keys nudge), re-calibrated on the kept image (the
 * first picked point stays put, the drawn size follows the new distance), and both kept on this
 * device across a reload. Checked on screen: the drawn image's box and pixels.
 */
import type { Page } from '@playwright/test';
import { imageToPlan } from '../../src/lib/io/trace';
import type { Background, PlanDocument } from '../../src/lib/plan/types';
import { drawRoomByMouse, isWallColour, openEditor, pixelAt, toScreen } from './editor-helpers';
import { expect, test } from './fixtures';
import { drawnImage, isTraceBlue, pickAndApply, traceImageInEditor } from './trace-helpers';

const editorState = (page: Page) =>
	page.evaluate(() => {
		const e = (
			window as unknown as {
				__editor: { doc: PlanDocument; toolId: string; viewport: { scale: number } };
			}
		).__editor;
		return {
			bg: (Object.values(e.doc.backgrounds ?? {})[0] ?? null) as Background | null,
			corners: e.doc.corners,
			toolId: e.toolId,
			scale: e.viewport.scale
		};
	});

async function background(page: Page): Promise<Background> {
	const { bg } = await editorState(page);
	expect(bg, 'a trace image in the design').not.toBeNull();
	return bg!;
}

test('a traced image is moved by dragging and re-calibrated on the kept image, both undoable and kept after a reload', async ({
	page
}) => {
	await openEditor(page);
	await traceImageInEditor(page);
	const traced = await background(page);
	// A room over the image's top-left part: its walls must not move with the image.
	await drawRoomByMouse(page, imageToPlan(traced, { x: 20, y: 10 }));
	await page.keyboard.press('Escape');
	const before = await editorState(page);
	expect(Object.keys(before.corners)).toHaveLength(4);
	const wallPoint = await toScreen(page, imageToPlan(traced, { x: 120, y: 10 }));
	expect(isWallColour(await pixelAt(page, wallPoint)), 'a wall over the image').toBe(true);

	// ---- move ----
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByRole('button', { name: 'Move the trace image', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Import / Export' })).toBeHidden();
	const mode = page.getByTestId('trace-move-mode');
	await expect(mode).toContainText('Drag on the plan or use the arrow keys');
	await expect(mode.getByRole('button', { name: 'Done' })).toBeVisible();
	await expect(page.getByTestId('trace-outline')).toHaveCount(1);

	const start = (await drawnImage(page).boundingBox())!;
	const grab = await toScreen(page, imageToPlan(traced, { x: 200, y: 150 }));
	const drag = { x: 90, y: 60 };
	await page.mouse.move(grab.x, grab.y);
	await page.mouse.down();
	await page.mouse.move(grab.x + drag.x / 2, grab.y + drag.y / 2, { steps: 4 });
	await page.mouse.move(grab.x + drag.x, grab.y + drag.y, { steps: 4 });
	await page.mouse.up();
	const moved = (await drawnImage(page).boundingBox())!;
	expect(moved.x - start.x).toBeCloseTo(drag.x, 0);
	expect(moved.y - start.y).toBeCloseTo(drag.y, 0);
	expect(moved.width).toBeCloseTo(start.width, 1);
	const afterMove = await editorState(page);
	expect(afterMove.corners, 'the walls stay where they were').toEqual(before.corners);
	expect(isWallColour(await pixelAt(page, wallPoint)), 'the wall is still drawn there').toBe(true);
	// The image is drawn at its new place: blue where it now is, not where its corner was.
	const movedBg = afterMove.bg!;
	expect(movedBg.x - traced.x).toBeCloseTo(drag.x / before.scale, 1);
	expect(
		isTraceBlue(await pixelAt(page, await toScreen(page, imageToPlan(movedBg, { x: 390, y: 190 }))))
	).toBe(true);
	await page.screenshot({ path: test.info().outputPath('trace-moved.png') });

	// One undo step puts it back exactly; redo moves it again.
	await page.keyboard.press('Control+z');
	expect(await background(page)).toEqual(traced);
	const undone = (await drawnImage(page).boundingBox())!;
	expect(undone.x).toBeCloseTo(start.x, 0);
	expect(undone.y).toBeCloseTo(start.y, 0);
	await page.keyboard.press('Control+y');
	expect(await background(page)).toEqual(movedBg);

	// Escape during a drag restores where the drag began; the mode stays on.
	await page.mouse.move(grab.x, grab.y);
	await page.mouse.down();
	await page.mouse.move(grab.x - 150, grab.y + 40, { steps: 4 });
	expect((await background(page)).x).not.toBe(movedBg.x);
	await page.keyboard.press('Escape');
	await page.mouse.up();
	expect(await background(page)).toEqual(movedBg);
	expect((await editorState(page)).toolId).toBe('trace');

	// Arrow keys move it one grid step (10 cm).
	await page.keyboard.press('ArrowRight');
	expect((await background(page)).x).toBeCloseTo(movedBg.x + 10, 6);
	await page.keyboard.press('ArrowLeft');
	expect(await background(page)).toEqual(movedBg);

	await mode.getByRole('button', { name: 'Done' }).click();
	await expect(mode).toHaveCount(0);
	await expect(page.getByTestId('trace-outline')).toHaveCount(0);
	expect((await editorState(page)).toolId).toBe('select');

	// ---- re-calibrate ----
	const pinnedPlan = imageToPlan(movedBg, { x: 50, y: 100 });
	await page.getByRole('button', { name: 'Import / Export' }).click();
	await page.getByRole('button', { name: 'Adjust the scale…' }).click();
	const title = 'Adjust the scale of the trace image';
	const dialog = page.getByRole('dialog', { name: title });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Image', { exact: true })).toHaveCount(0);
	// Bad input is refused with a visible reason and changes nothing.
	await pickAndApply(page, title, '0');
	await expect(dialog.getByRole('alert')).toHaveText('The distance must be a positive length');
	const img = dialog.getByRole('img', { name: 'The plan to trace' });
	const imgBox = (await img.boundingBox())!;
	await img.click({ position: { x: imgBox.width / 2, y: imgBox.height / 2 } });
	await img.click({ position: { x: imgBox.width / 2, y: imgBox.height / 2 } });
	await dialog.getByLabel('Real distance between the points').fill('5');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('Pick two points further apart on the image');
	await page.screenshot({ path: test.info().outputPath('trace-rescale-refused.png') });
	expect(await background(page)).toEqual(movedBg);
	// The same 300 px said to be 12 m: twice the size.
	await pickAndApply(page, title, '12');
	await expect(dialog).toBeHidden();
	const rescaled = await background(page);
	expect(rescaled.cmPerPixel).toBeCloseTo(2 * movedBg.cmPerPixel, 1);
	expect(rescaled.data).toBe(movedBg.data);
	const big = (await drawnImage(page).boundingBox())!;
	expect(big.width / moved.width).toBeCloseTo(2, 1);
	expect(big.height / moved.height).toBeCloseTo(2, 1);
	// The first picked point is where it was on the plan (and so on screen): within the clicks'
	// rounding (about a pixel of the image, 2 cm a pixel more now) where keeping the image's
	// corner instead would be 100 cm off.
	const pinned = imageToPlan(rescaled, { x: 50, y: 100 });
	expect(Math.abs(pinned.x - pinnedPlan.x)).toBeLessThan(5);
	expect(Math.abs(pinned.y - pinnedPlan.y)).toBeLessThan(5);
	await page.screenshot({ path: test.info().outputPath('trace-rescaled.png') });
	expect((await editorState(page)).corners).toEqual(before.corners);

	// One undo step each way.
	await page.keyboard.press('Control+z');
	expect(await background(page)).toEqual(movedBg);
	await page.keyboard.press('Control+y');
	expect(await background(page)).toEqual(rescaled);

	// ---- kept on this device ----
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	const reloaded = await editorState(page);
	expect(reloaded.bg).toEqual(rescaled);
	expect(reloaded.corners).toEqual(before.corners);
	const drawn = (await drawnImage(page).boundingBox())!;
	expect(drawn.width / reloaded.scale).toBeCloseTo(400 * rescaled.cmPerPixel, -1);
	// The view fits the room after a reload: zoom out until the image's far corner is in view.
	const inside = imageToPlan(rescaled, { x: 370, y: 170 });
	const plan = (await page.getByTestId('plan').boundingBox())!;
	for (let i = 0; i < 12; i++) {
		const p = await toScreen(page, inside);
		if (p.x > plan.x && p.y > plan.y && p.x < plan.x + plan.width && p.y < plan.y + plan.height)
			break;
		await page.keyboard.press('-');
	}
	await expect
		.poll(async () => isTraceBlue(await pixelAt(page, await toScreen(page, inside))), {
			timeout: 10_000
		})
		.toBe(true);
});

test('the move mode is offered for a shown image, says so when the level has none, and Escape ends it', async ({
	page
}) => {
	await openEditor(page);
	await traceImageInEditor(page);
	await page.getByRole('button', { name: 'Import / Export' }).click();
	// A hidden image is not moved blind.
	const move = page.getByRole('button', { name: 'Move the trace image', exact: true });
	await page.getByLabel('Show the trace image').uncheck();
	await expect(move).toBeDisabled();
	await page.getByLabel('Show the trace image').check();
	await move.click();
	const mode = page.getByTestId('trace-move-mode');
	await expect(mode).toBeVisible();
	await expect(mode.getByRole('button', { name: 'Done' })).toBeFocused();
	const cursor = () => page.getByTestId('plan').evaluate((e) => getComputedStyle(e).cursor);
	expect(await cursor()).toBe('move');
	// Undo while the mode is on: the image is hidden again (the mode says so), then untraced
	// (the mode says there is none).
	await page.keyboard.press('Control+z');
	await expect(drawnImage(page)).toHaveCount(0);
	await expect(mode).toContainText('The trace image is hidden');
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Control+z');
	expect((await editorState(page)).bg).toBeNull();
	await expect(mode).toContainText('There is no trace image on this level to move.');
	await page.keyboard.press('Escape');
	await expect(mode).toHaveCount(0);
	expect((await editorState(page)).toolId).toBe('select');
	expect(await cursor()).toBe('crosshair');
});
