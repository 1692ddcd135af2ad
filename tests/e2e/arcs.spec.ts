/**
 * A curved wall on the 2D plan: loaded as the device design, it is drawn along its arc (not
 * its chord), selected by clicking the arc, and labelled with its arc length.
 */
import { expect, test } from './fixtures';
import { isWallColour, pixelAt, toScreen } from './editor-helpers';
import { ARC_ROOM_SAGITTA, arcRoom } from '../../src/lib/geometry/test-plan';
import { DEVICE_DESIGN_KEY } from '../../src/lib/editor/persistence';
import { arcOf, arcPoint } from '../../src/lib/plan/topology/wallPath';

test('a curved wall is drawn, hit and measured along its arc', async ({ page }, info) => {
	const plan = arcRoom();
	const doc = { ...plan.doc, name: 'Curved wall' };
	const wall = Object.values(doc.walls).find((w) => w.arcExtent)!;
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	const arc = arcOf(a, b, wall.arcExtent!);
	const arcLength = arc.radius * Math.abs(wall.arcExtent!);

	await page.goto('/editor');
	await page.evaluate(([key, json]) => localStorage.setItem(key, json), [
		DEVICE_DESIGN_KEY,
		JSON.stringify(doc)
	] as const);
	await page.goto('/editor');
	await page.waitForFunction(() => '__editor' in window);
	const plan2d = page.getByTestId('plan');
	// One path, two pieces (the door cuts it), each with its two faces as SVG arcs.
	const path = plan2d.locator(`.walls path[data-id="${wall.id}"]`);
	await expect(path).toHaveAttribute('d', /^M.*A.*A.*M.*A.*A.*Z$/);
	// Zoom to fit frames the corners only (the arc bulges below them): then out until the
	// bottom of the arc is on screen.
	await page.getByRole('button', { name: /^Zoom to fit/ }).click();
	const box = (await plan2d.boundingBox())!;
	const bottom = { x: 200, y: a.y + ARC_ROOM_SAGITTA + 40 };
	for (let i = 0; i < 6 && (await toScreen(page, bottom)).y > box.y + box.height; i++)
		await page.getByRole('button', { name: /^Zoom out/ }).click();
	expect((await toScreen(page, bottom)).y).toBeLessThan(box.y + box.height);
	await page.mouse.move(2, 2);

	// Along the arc, away from the door (at 0.3 of its length): the wall's fill. The chord
	// below each of those points is 40–115 cm away, inside the room: no wall there.
	for (const t of [0.5, 0.62, 0.75, 0.88]) {
		const on = arcPoint(arc, t);
		const chord = { x: on.x, y: a.y };
		expect(on.y - chord.y, `sag at t = ${t}`).toBeGreaterThan(40);
		expect(isWallColour(await pixelAt(page, await toScreen(page, on))), `arc at t = ${t}`).toBe(
			true
		);
		const off = { x: chord.x, y: chord.y + 15 };
		expect(isWallColour(await pixelAt(page, await toScreen(page, off))), `chord at t = ${t}`).toBe(
			false
		);
	}
	// The door on the arc leaves a gap in the wall at its middle.
	const door = Object.values(doc.openings).find((o) => o.wall === wall.id)!;
	const doorMid = arcPoint(arc, door.offset / arcLength);
	expect(isWallColour(await pixelAt(page, await toScreen(page, doorMid)))).toBe(false);
	await page.screenshot({ path: info.outputPath('arc-wall.png') });

	// Clicking the middle of the arc, 115 cm off the chord, selects the wall; its label gives
	// the length of the centre arc (4.84 m), not of the chord (4.00 m).
	const mid = arcPoint(arc, 0.5);
	expect(mid.y - a.y).toBeCloseTo(ARC_ROOM_SAGITTA, 0);
	const at = await toScreen(page, mid);
	await page.mouse.click(at.x, at.y);
	await expect
		.poll(() =>
			page.evaluate(() => [
				...(window as never as { __editor: { selection: Set<string> } }).__editor.selection
			])
		)
		.toEqual([wall.id]);
	const label = plan2d.locator('.selection text.length');
	await expect(label).toHaveText(`${(arcLength / 100).toFixed(2)} m`);
	// The label sits at the middle of the arc (just above it), not at the chord's middle.
	const labelBox = (await label.boundingBox())!;
	const chordMid = await toScreen(page, { x: (a.x + b.x) / 2, y: a.y });
	expect(Math.abs(labelBox.y + labelBox.height / 2 - at.y)).toBeLessThan(
		Math.abs(at.y - chordMid.y) / 2
	);
	await page.screenshot({ path: info.outputPath('arc-wall-selected.png') });
});
