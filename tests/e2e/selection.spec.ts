/**
 * Working with a selection in the 2D editor: box select (and Shift to add), the furniture
 * rotation handle, copy and paste (in one design and into another), duplicate, delete, and
 * editing a field shared by several selected things. Checked by what is drawn: highlighted
 * shapes, symbols on the plan, their on-screen size and turn, wall pixels, panel fields.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	clickPlan,
	drawRoomByMouse,
	isWallColour,
	openEditor,
	pixelAt,
	toScreen,
	type Pt
} from './editor-helpers';

const PASSWORD = 'a long enough passphrase 7';

/** Picks a catalog piece and clicks the plan where its centre goes; back to the select tool. */
async function placePiece(page: Page, catalogId: string, at: Pt) {
	await page.locator(`[data-catalog-id="${catalogId}"]`).click();
	await clickPlan(page, at);
	await selectTool(page);
}

async function selectTool(page: Page) {
	await page.getByRole('button', { name: /^Select \(V\)/ }).click();
}

/** A mouse drag between two plan points, in small steps like a hand. */
async function dragPlan(page: Page, from: Pt, to: Pt, modifiers: { shift?: boolean } = {}) {
	const a = await toScreen(page, from);
	const b = await toScreen(page, to);
	if (modifiers.shift) await page.keyboard.down('Shift');
	await page.mouse.move(a.x, a.y);
	await page.mouse.down();
	await page.mouse.move(b.x, b.y, { steps: 8 });
	await page.mouse.up();
	if (modifiers.shift) await page.keyboard.up('Shift');
}

/** Drawn pieces of furniture, and the shapes the selection highlights. */
const pieces = (page: Page) => page.locator('.furniture > g[data-id]');
const highlighted = {
	walls: (page: Page) => page.locator('.selection > path'),
	pieces: (page: Page) => page.locator('.selection > g > rect'),
	rooms: (page: Page) => page.locator('.selection > polygon')
};
const panelTitles = (page: Page) => page.locator('.properties h3');

/** Screen pixels of a plan length at the current zoom. */
async function screenLength(page: Page, cm: number) {
	return (await toScreen(page, { x: cm, y: 0 })).x - (await toScreen(page, { x: 0, y: 0 })).x;
}

/** Screen measures agree to a couple of pixels (positions are drawn rounded to 1 mm). */
function expectNear(actual: number, expected: number, px = 2) {
	expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThan(px);
}

async function boxOf(page: Page, index: number) {
	const box = await pieces(page).nth(index).boundingBox();
	if (!box) throw new Error(`piece ${index} is not drawn`);
	return box;
}

test.describe('selection', () => {
	test('a box dragged on empty plan selects what lies inside; Shift adds another box', async ({
		page
	}, info) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await placePiece(page, 'ottoman:footstool', { x: 130, y: 150 });
		await placePiece(page, 'table:side', { x: 270, y: 150 });
		await placePiece(page, 'ottoman:footstool', { x: 650, y: 150 });
		await expect(pieces(page)).toHaveCount(3);
		await page.keyboard.press('Escape');
		await expect(highlighted.pieces(page)).toHaveCount(0);

		// From outside the room's top-left corner to beyond its bottom-right one.
		await dragPlan(page, { x: -80, y: -80 }, { x: 480, y: 380 });
		await expect(highlighted.walls(page)).toHaveCount(4);
		await expect(highlighted.pieces(page)).toHaveCount(2);
		await expect(highlighted.rooms(page)).toHaveCount(1);
		await expect(panelTitles(page)).toHaveText(['4 walls', 'Room', '2 furniture']);
		await expect(page.getByTestId('announcer')).toContainText('7 items selected');
		await page.screenshot({ path: info.outputPath('box-select.png') });

		// Each selected piece shows a rotation handle, and each handle turns its own piece.
		await expect(page.locator('.selection circle.handle')).toHaveCount(2);
		const handle = (await page.locator('.selection circle.handle').first().boundingBox())!;
		const stool = await toScreen(page, { x: 130, y: 150 });
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		await page.mouse.move(stool.x - 40, stool.y - 40, { steps: 6 });
		await page.mouse.move(stool.x, stool.y - 80, { steps: 6 });
		await page.mouse.up();
		await expect(page.getByTestId('announcer')).toContainText('turned to 180°');
		await expect(page.getByLabel(/^Rotation/)).toHaveAttribute('placeholder', 'Mixed');
		await expect(highlighted.pieces(page)).toHaveCount(2);

		// Shift: a second box around the piece outside the room adds it to the selection.
		await dragPlan(page, { x: 560, y: 60 }, { x: 740, y: 240 }, { shift: true });
		await expect(highlighted.pieces(page)).toHaveCount(3);
		await expect(highlighted.walls(page)).toHaveCount(4);
		await expect(panelTitles(page)).toHaveText(['4 walls', 'Room', '3 furniture']);

		// Without Shift a new box starts over: only the outside piece.
		await dragPlan(page, { x: 560, y: 60 }, { x: 740, y: 240 });
		await expect(highlighted.pieces(page)).toHaveCount(1);
		await expect(highlighted.walls(page)).toHaveCount(0);
		await page.screenshot({ path: info.outputPath('box-select-again.png') });
	});

	test('dragging the rotation handle turns the piece, its field follows, one undo step', async ({
		page
	}, info) => {
		await openEditor(page);
		await placePiece(page, 'bed:single', { x: 300, y: 200 });
		const rotation = page.getByLabel(/^Rotation/);
		await expect(rotation).toHaveValue(/^0°?$/);
		const upright = await boxOf(page, 0);
		// A single bed is 90 × 200: drawn taller than wide until it turns.
		expect(upright.height).toBeGreaterThan(upright.width * 1.8);

		const handle = page.locator('.selection circle.handle');
		await expect(handle).toHaveCount(1);
		const h = (await handle.boundingBox())!;
		const centre = await toScreen(page, { x: 300, y: 200 });
		// The handle sits in front of the piece (below it at 0°); drag it round to the right.
		await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
		await page.mouse.down();
		await page.mouse.move(centre.x + 120, centre.y + 60, { steps: 5 });
		await page.mouse.move(centre.x + 160, centre.y, { steps: 5 });
		await page.mouse.up();

		await expect(rotation).toHaveValue(/^-90°?$/);
		const turned = await boxOf(page, 0);
		expect(turned.width).toBeGreaterThan(turned.height * 1.8);
		await expect(page.getByTestId('announcer')).toContainText('turned to 270°');
		await page.screenshot({ path: info.outputPath('rotated.png') });

		await page.keyboard.press('Control+z');
		await expect(rotation).toHaveValue(/^0°?$/);
		const back = await boxOf(page, 0);
		expect(back.height).toBeGreaterThan(back.width * 1.8);
	});

	test('copy and paste, duplicate and delete within one design', async ({ page }, info) => {
		await openEditor(page);
		await placePiece(page, 'bed:single', { x: 200, y: 200 });
		const first = await boxOf(page, 0);

		await page.keyboard.press('Control+c');
		await expect(page.getByTestId('announcer')).toContainText('Copied 1 item');
		await page.keyboard.press('Control+v');
		await expect(pieces(page)).toHaveCount(2);
		await expect(page.getByTestId('announcer')).toContainText('Pasted 1 item');
		// The copy lands 50 cm down and right of the original, the same size, and is selected.
		const pasted = await boxOf(page, 1);
		const offset = await screenLength(page, 50);
		expectNear(pasted.x - first.x, offset);
		expectNear(pasted.y - first.y, offset);
		expectNear(pasted.width, first.width);
		await expect(highlighted.pieces(page)).toHaveCount(1);

		await page.getByRole('button', { name: /^Duplicate selection/ }).click();
		await expect(pieces(page)).toHaveCount(3);
		const dup = await boxOf(page, 2);
		expectNear(dup.x - pasted.x, offset);
		expectNear(dup.y - pasted.y, offset);
		await expect(page.getByTestId('announcer')).toContainText('Duplicated 1 item');
		await page.screenshot({ path: info.outputPath('pasted-duplicated.png') });

		await page.getByRole('button', { name: /^Delete selection/ }).click();
		await expect(pieces(page)).toHaveCount(2);
		await expect(highlighted.pieces(page)).toHaveCount(0);
		await clickPlan(page, { x: 200, y: 200 });
		await expect(highlighted.pieces(page)).toHaveCount(1);
		await page.keyboard.press('Control+d');
		await expect(pieces(page)).toHaveCount(3);
		await page.keyboard.press('Delete');
		await expect(pieces(page)).toHaveCount(2);
		await expect(highlighted.pieces(page)).toHaveCount(0);

		// Deleting a wall takes its room (and the room's label) with it; undo brings both back.
		await drawRoomByMouse(page, { x: 600, y: 0 });
		await selectTool(page);
		await expect(page.locator('.room-labels text')).toHaveCount(1);
		await clickPlan(page, { x: 800, y: 0 });
		await expect(highlighted.walls(page)).toHaveCount(1);
		await page.keyboard.press('Delete');
		await expect(page.locator('.walls path')).toHaveCount(3);
		await expect(page.locator('.room-labels text')).toHaveCount(0);
		await page.keyboard.press('Control+z');
		await expect(page.locator('.walls path')).toHaveCount(4);
		await expect(page.locator('.room-labels text')).toHaveCount(1);
	});

	test('several walls selected: one thickness typed in the panel thickens them all', async ({
		page
	}, info) => {
		await openEditor(page);
		await drawRoomByMouse(page);
		await selectTool(page);
		await clickPlan(page, { x: 200, y: 0 });
		await page.keyboard.down('Shift');
		await clickPlan(page, { x: 200, y: 300 });
		await page.keyboard.up('Shift');
		await expect(highlighted.walls(page)).toHaveCount(2);
		await expect(panelTitles(page)).toHaveText(['2 walls']);

		// 16 cm inside the room from the top and bottom walls: floor now, wall once 40 cm thick.
		const inside = [
			{ x: 200, y: 16 },
			{ x: 200, y: 284 }
		];
		const leftWallInside = { x: 16, y: 150 };
		await page.mouse.move(5, 5);
		for (const p of inside)
			expect(isWallColour(await pixelAt(page, await toScreen(page, p)))).toBe(false);

		const thickness = page.getByLabel(/^Thickness/);
		await expect(thickness).toHaveValue(/^0\.20? m$/);
		await thickness.fill('0.4');
		await thickness.press('Enter');
		await page.mouse.move(5, 5);
		await expect
			.poll(async () =>
				Promise.all(
					inside.map(async (p) => isWallColour(await pixelAt(page, await toScreen(page, p))))
				)
			)
			.toEqual([true, true]);
		// The unselected left wall kept its thickness.
		expect(isWallColour(await pixelAt(page, await toScreen(page, leftWallInside)))).toBe(false);
		await page.screenshot({ path: info.outputPath('two-walls-thicker.png') });

		// Pieces of different widths show "Mixed"; a typed width makes them the same on screen.
		await placePiece(page, 'ottoman:footstool', { x: 700, y: 100 });
		await placePiece(page, 'table:side', { x: 700, y: 300 });
		await page.keyboard.down('Shift');
		await clickPlan(page, { x: 700, y: 100 });
		await page.keyboard.up('Shift');
		await expect(highlighted.pieces(page)).toHaveCount(2);
		const before = [await boxOf(page, 0), await boxOf(page, 1)];
		const width = page.getByLabel(/^Width/);
		await expect(width).toHaveValue('');
		await expect(width).toHaveAttribute('placeholder', 'Mixed');
		await width.fill('1.2');
		await width.press('Enter');
		await expect(width).toHaveValue(/^1\.20? m$/);
		const [a, b] = [await boxOf(page, 0), await boxOf(page, 1)];
		// 60 and 50 cm wide before, both 120 cm now: drawn twice as wide or more, and alike.
		expect(a.width).toBeGreaterThan(before[0].width * 1.8);
		expect(b.width).toBeGreaterThan(before[1].width * 2.1);
		expectNear(a.width, b.width, 0.05 * a.width);
		// One undo step for both (the toolbar's Undo: Ctrl+Z in a text field undoes typing).
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(width).toHaveAttribute('placeholder', 'Mixed');
		expectNear((await boxOf(page, 0)).width, before[0].width);
		expectNear((await boxOf(page, 1)).width, before[1].width);
	});
});

test('pieces copied in one design paste into another', async ({ page, tier }, info) => {
	// The design kept on this device: two pieces, both selected by a box, copied.
	await openEditor(page);
	await placePiece(page, 'bed:single', { x: 100, y: 100 });
	await placePiece(page, 'table:side', { x: 250, y: 100 });
	await dragPlan(page, { x: -50, y: -50 }, { x: 350, y: 250 });
	await expect(highlighted.pieces(page)).toHaveCount(2);
	await page.keyboard.press('Control+c');
	await expect(page.getByTestId('announcer')).toContainText('Copied 2 items');

	// Another design: a new account's blank design on the server.
	await page.goto('/signup');
	await page.getByLabel('Email').fill(`paste-${tier}-${Date.now()}@example.com`);
	await page.getByLabel(/^Password/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	// Signing up keeps the device design in the account and opens it; then a new blank one.
	await page.waitForURL(/\/designs\//);
	await page.goto('/designs');
	await page.getByLabel('Name').fill('Pasted into');
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	await page.waitForFunction(() => '__editor' in window);
	await expect(pieces(page)).toHaveCount(0);

	await page.getByTestId('plan').focus();
	await page.keyboard.press('Control+v');
	await expect(pieces(page)).toHaveCount(2);
	await expect(highlighted.pieces(page)).toHaveCount(2);
	// Bed and table keep their sizes and their places relative to each other.
	const [bed, table] = [await boxOf(page, 0), await boxOf(page, 1)];
	expect(bed.height / bed.width).toBeGreaterThan(1.8);
	expect(Math.abs(table.height / table.width - 1)).toBeLessThan(0.15);
	expectNear(table.x + table.width / 2 - (bed.x + bed.width / 2), await screenLength(page, 150));
	await page.screenshot({ path: info.outputPath('pasted-into-another-design.png') });

	// Saved with the design: still there after a reload.
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', {
		timeout: 15_000
	});
	await page.reload();
	await expect(pieces(page)).toHaveCount(2);
});
