/**
 * Curving a wall by hand: a room drawn with the mouse, its bottom wall selected, a curve typed
 * into the properties panel. The wall is then drawn along the arc (not its chord) and its length
 * label grows; a bad value is refused beside the field; undo straightens it; the door tool puts
 * a door on the arc; a reload keeps it all. The plan is SVG in every tier: the WebGL2 project and
 * the 2D tier are enough.
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
import { arcOf, arcPoint, pathLength, pointAlong } from '../../src/lib/plan/topology/wallPath';
import { distance } from '../../src/lib/plan/topology/vec';

test.skip(({ tier }) => tier === 'webgpu', 'the 2D plan is the same SVG in every tier');

interface WallState {
	id: string;
	a: Pt;
	b: Pt;
	arcExtent: number | null;
	thickness: number;
}

type Doc = {
	walls: Record<
		string,
		{ id: string; start: string; end: string; arcExtent: number | null; thickness: number }
	>;
	corners: Record<string, Pt>;
	openings: Record<string, { wall: string; offset: number; width: number }>;
};

/** The wall with corners near (400, 300) and (0, 300): the room's bottom wall. */
async function bottomWall(page: Page): Promise<WallState> {
	return page.evaluate(() => {
		const doc = (window as unknown as { __editor: { doc: Doc } }).__editor.doc;
		const w = Object.values(doc.walls).find((w) => {
			const a = doc.corners[w.start];
			const b = doc.corners[w.end];
			return Math.abs(a.y - 300) < 10 && Math.abs(b.y - 300) < 10;
		})!;
		const { x: ax, y: ay } = doc.corners[w.start];
		const { x: bx, y: by } = doc.corners[w.end];
		return {
			id: w.id,
			a: { x: ax, y: ay },
			b: { x: bx, y: by },
			arcExtent: w.arcExtent,
			thickness: w.thickness
		};
	});
}

const openings = (page: Page) =>
	page.evaluate(() =>
		Object.values((window as unknown as { __editor: { doc: Doc } }).__editor.doc.openings)
	);

const selection = (page: Page) =>
	page.evaluate(() => [
		...(window as unknown as { __editor: { selection: Set<string> } }).__editor.selection
	]);

/** The room's net area, read from its label on the plan, in m². */
async function roomArea(page: Page) {
	const text = await page.locator('[data-testid="plan"] .room-labels text').first().textContent();
	return Number(/([\d.]+) m²/.exec(text ?? '')![1]);
}

/** Is the plan drawn in the wall's colour at plan point p? (Pointer parked out of the way.) */
async function wallAt(page: Page, p: Pt) {
	return isWallColour(await pixelAt(page, await toScreen(page, p)));
}

/** Clears the selection the way a person does: Escape over the plan with the select tool. */
async function deselect(page: Page) {
	await page.getByRole('button', { name: /^Select \(V\)/ }).click();
	await page.getByTestId('plan').focus();
	await page.keyboard.press('Escape');
	await page.mouse.move(2, 2);
	await expect.poll(() => selection(page)).toEqual([]);
}

test('a wall curved in the properties panel is drawn on its arc, takes a door and is kept', async ({
	page
}, info) => {
	await openEditor(page);
	await drawRoomByMouse(page);
	await page.keyboard.press('Escape');
	const straight = await bottomWall(page);
	expect(straight.arcExtent).toBeNull();

	// Select the bottom wall by clicking it.
	await page.getByRole('button', { name: /^Select \(V\)/ }).click();
	await clickPlan(page, { x: 200, y: 300 });
	await expect.poll(() => selection(page)).toEqual([straight.id]);
	const label = page.locator('[data-testid="plan"] .selection text.length');
	await expect(label).toHaveText('4.00 m');
	const field = page.locator('#prop-wall-curve');
	await expect(field).toHaveValue('0°');
	await expect(page.locator('label[for="prop-wall-curve"]')).toContainText('Curve');

	const areaBefore = await roomArea(page);
	await field.fill('60');
	await field.press('Enter');
	await expect(field).toHaveValue('60°');
	await expect.poll(async () => (await bottomWall(page)).arcExtent).toBeCloseTo(Math.PI / 3, 9);
	const curved = await bottomWall(page);
	const arc = arcOf(curved.a, curved.b, curved.arcExtent!);
	const length = pathLength(curved.a, curved.b, curved.arcExtent);
	// 60° over a 4 m chord: radius 4 m, arc 4.19 m, bulging 54 cm off the chord.
	await expect(label).toHaveText(`${(length / 100).toFixed(2)} m`);
	expect(length).toBeGreaterThan(410);
	await expect(page.locator('#prop-wall-length')).toHaveValue(/^4\.18\d* m$/);
	const sag = Math.abs(arcPoint(arc, 0.5).y - 300);
	expect(sag).toBeGreaterThan(50);
	// The room follows the wall: its floor gains the circular segment (≈ 1.45 m² on the centre
	// line, a little less inside the wall's face).
	await expect.poll(async () => (await roomArea(page)) - areaBefore).toBeGreaterThan(1.2);
	expect((await roomArea(page)) - areaBefore).toBeLessThan(1.7);
	await page.screenshot({ path: info.outputPath('curved-selected.png') });

	// On screen: wall along the arc, none on the chord once it is more than a wall away.
	const bulge = (await toScreen(page, arcPoint(arc, 0.5))).y;
	const box = (await page.getByTestId('plan').boundingBox())!;
	expect(bulge).toBeLessThan(box.y + box.height);
	await deselect(page);
	const checkArc = async (what: string) => {
		for (const t of [0.3, 0.5, 0.7]) {
			const on = arcPoint(arc, t);
			expect(Math.abs(on.y - 300), `sag at ${t}`).toBeGreaterThan(curved.thickness * 2);
			expect(await wallAt(page, on), `${what}: arc at t = ${t}`).toBe(true);
			expect(await wallAt(page, { x: on.x, y: 300 }), `${what}: chord at t = ${t}`).toBe(false);
		}
	};
	await checkArc('curved');
	await page.screenshot({ path: info.outputPath('curved.png') });

	// A bad value: a message beside the field, and the wall stays as it was.
	await clickPlan(page, arcPoint(arc, 0.5));
	await expect.poll(() => selection(page)).toEqual([curved.id]);
	for (const [text, message] of [
		['400', 'between −270° and 270°'],
		['', 'Enter a curve'],
		['bendy', 'like 45']
	]) {
		await field.fill(text);
		await field.press('Enter');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		const describedBy = await field.getAttribute('aria-describedby');
		await expect(page.locator(`#${describedBy}`)).toContainText(message);
		expect((await bottomWall(page)).arcExtent).toBe(curved.arcExtent);
	}
	await page.screenshot({ path: info.outputPath('curve-refused.png') });
	await field.press('Escape');
	await expect(field).toHaveValue('60°');
	await expect(field).not.toHaveAttribute('aria-invalid', 'true');
	await deselect(page);
	await checkArc('after refusals');

	// Undo (one step) straightens it: the wall is back on the chord.
	await page.getByRole('button', { name: /^Undo/ }).click();
	await expect.poll(async () => (await bottomWall(page)).arcExtent).toBeNull();
	await page.mouse.move(2, 2);
	expect(await wallAt(page, { x: 200, y: 300 })).toBe(true);
	expect(await wallAt(page, arcPoint(arc, 0.5))).toBe(false);
	await page.screenshot({ path: info.outputPath('undone.png') });
	await page.getByRole('button', { name: /^Redo/ }).click();
	await expect.poll(async () => (await bottomWall(page)).arcExtent).toBeCloseTo(Math.PI / 3, 9);

	// A door clicked onto the arc, 35 % along it (about 48 cm off the chord), goes there.
	await page.getByRole('button', { name: /^Door \(D\)/ }).click();
	await clickPlan(page, arcPoint(arc, 0.35));
	await expect.poll(async () => (await openings(page)).length).toBe(1);
	const [door] = await openings(page);
	expect(door.wall).toBe(curved.id);
	expect(Math.abs(door.offset - 0.35 * length)).toBeLessThan(10);
	await deselect(page);
	const doorMid = pointAlong(curved.a, curved.b, curved.arcExtent, door.offset);
	const beside = (d: number) =>
		pointAlong(curved.a, curved.b, curved.arcExtent, door.offset + d * (door.width / 2 + 25));
	const checkDoor = async (what: string) => {
		expect(await wallAt(page, doorMid), `${what}: gap at the door`).toBe(false);
		expect(await wallAt(page, beside(-1)), `${what}: wall before the door`).toBe(true);
		expect(await wallAt(page, beside(1)), `${what}: wall after the door`).toBe(true);
	};
	await checkDoor('door');
	await page.screenshot({ path: info.outputPath('door-on-arc.png') });

	// Kept on this device: after a reload the wall is still curved, with its door.
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	await expect.poll(async () => (await bottomWall(page)).arcExtent).toBeCloseTo(Math.PI / 3, 9);
	expect(await openings(page)).toEqual([door]);
	// The view is framed anew on load (zoom to fit frames corners, not the bulge): zoom out
	// until the bottom of the arc is on screen.
	await page.screenshot({ path: info.outputPath('reloaded-framed.png') });
	const plan = page.getByTestId('plan');
	const bottom = { x: 200, y: arcPoint(arc, 0.5).y + 40 };
	for (let i = 0; i < 6; i++) {
		const frame = (await plan.boundingBox())!;
		if ((await toScreen(page, bottom)).y < frame.y + frame.height) break;
		await page.getByRole('button', { name: /^Zoom out/ }).click();
	}
	await page.mouse.move(2, 2);
	await checkDoor('reloaded');
	for (const t of [0.6, 0.75])
		expect(await wallAt(page, arcPoint(arc, t)), `arc at ${t}`).toBe(true);
	await page.screenshot({ path: info.outputPath('reloaded.png') });

	// Bent further, to 90°, the door keeps its place along the wall (35 % of the way) and its gap
	// moves with the arc.
	await page.getByRole('button', { name: /^Select \(V\)/ }).click();
	await clickPlan(page, arcPoint(arc, 0.75));
	await expect.poll(() => selection(page)).toEqual([curved.id]);
	await field.fill('90');
	await field.press('Enter');
	await expect.poll(async () => (await bottomWall(page)).arcExtent).toBeCloseTo(Math.PI / 2, 9);
	const length90 = pathLength(curved.a, curved.b, Math.PI / 2);
	const [moved] = await openings(page);
	expect(moved.offset / length90).toBeCloseTo(door.offset / length, 6);
	await deselect(page);
	const gap90 = pointAlong(curved.a, curved.b, Math.PI / 2, moved.offset);
	expect(distance(gap90, doorMid)).toBeGreaterThan(curved.thickness);
	expect(await wallAt(page, gap90), 'gap on the 90° arc').toBe(false);
	expect(await wallAt(page, arcPoint(arcOf(curved.a, curved.b, Math.PI / 2), 0.75))).toBe(true);
	await page.screenshot({ path: info.outputPath('bent-90.png') });
});

test('two walls selected together are curved by one value and straightened by one undo', async ({
	page
}, info) => {
	await openEditor(page);
	await drawRoomByMouse(page);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: /^Select \(V\)/ }).click();
	// The top wall, then the bottom one with Shift held.
	await clickPlan(page, { x: 200, y: 0 });
	await page.keyboard.down('Shift');
	await clickPlan(page, { x: 200, y: 300 });
	await page.keyboard.up('Shift');
	await expect.poll(async () => (await selection(page)).length).toBe(2);
	const field = page.locator('#prop-wall-curve');
	await expect(field).toHaveValue('0°');
	await field.fill('-45');
	await field.press('Enter');
	await expect(field).toHaveValue('-45°');

	const walls = await page.evaluate(
		(ids) => {
			const doc = (window as unknown as { __editor: { doc: Doc } }).__editor.doc;
			return ids.map((id) => {
				const w = doc.walls[id];
				return { a: doc.corners[w.start], b: doc.corners[w.end], arcExtent: w.arcExtent };
			});
		},
		await selection(page)
	);
	for (const w of walls) expect(w.arcExtent).toBeCloseTo(-Math.PI / 4, 9);
	await deselect(page);
	const mids = walls.map((w) => ({
		on: arcPoint(arcOf(w.a, w.b, w.arcExtent!), 0.5),
		chord: { x: (w.a.x + w.b.x) / 2, y: (w.a.y + w.b.y) / 2 }
	}));
	for (const { on, chord } of mids) {
		expect(Math.abs(on.y - chord.y)).toBeGreaterThan(35);
		expect(await wallAt(page, on), `arc middle ${on.y}`).toBe(true);
		expect(await wallAt(page, chord), `chord middle ${chord.y}`).toBe(false);
	}
	await page.screenshot({ path: info.outputPath('two-curved.png') });

	// One undo step straightens both.
	await page.getByRole('button', { name: /^Undo/ }).click();
	await page.mouse.move(2, 2);
	for (const { on, chord } of mids) {
		await expect.poll(() => wallAt(page, chord), `chord middle ${chord.y}`).toBe(true);
		expect(await wallAt(page, on), `arc middle ${on.y}`).toBe(false);
	}
	await page.screenshot({ path: info.outputPath('two-undone.png') });
});
