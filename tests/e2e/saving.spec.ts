import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { counts, drawRoomByMouse } from './editor-helpers';
import { glb } from '../../src/lib/ui/catalog/test-gltf';

const PASSWORD = 'a long enough passphrase 7';
const email = (tier: string) =>
	`save-${tier}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

async function signUp(page: Page, tier: string) {
	await page.goto('/signup');
	await page.getByLabel('Email').fill(email(tier));
	await page.getByLabel(/^Password/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
}

async function newBlankDesign(page: Page, name: string) {
	await page.goto('/designs');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	await expect(page.getByTestId('plan')).toBeVisible();
	await page.waitForFunction(() => '__editor' in window);
	return page.url();
}

const saveStatus = (page: Page) => page.locator('[data-save-state]');

async function signedInPage(browser: Browser, tier: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUp(page, tier);
	await page.waitForURL('**/designs');
	return { context, page };
}

test('sign up → draw a room → reload: the room is still there, with its area', async ({
	page,
	tier
}) => {
	await signUp(page, tier);
	await page.waitForURL('**/designs');
	await newBlankDesign(page, 'Reload test');
	await drawRoomByMouse(page);
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	expect(await counts(page)).toMatchObject({ walls: 4, rooms: 1 });
	// 400 × 300 on wall centre lines, 20 cm walls: 3.80 × 2.80 = 10.64 m² net.
	await expect(page.locator('[data-room]')).toContainText('10.6 m²');
});

test('autosave of a design carrying a 2 MB model sends only the change (PATCH), and it is there after reload', async ({
	page,
	baseURL,
	tier
}) => {
	await signUp(page, tier);
	await page.waitForURL('**/designs');
	const url = await newBlankDesign(page, 'Diff save');
	const id = url.split('/').pop()!;
	// The server copy gets an uploaded model (not placed: nothing parses it) before the edit.
	const { document } = await (await page.request.get(`/api/designs/${id}`)).json();
	const data = Buffer.from(glb([0.4, 1.5, 0.35], 2_000_000)).toString('base64');
	const model = { id: 'model:lamp', name: 'Lamp', format: 'glb', data };
	const withModel = {
		...document,
		models: { [model.id]: { ...model, width: 40, depth: 35, height: 150, triangles: 1 } }
	};
	const documentBytes = JSON.stringify(withModel).length;
	const put = await page.request.put(`/api/designs/${id}`, {
		headers: { origin: baseURL!, 'content-type': 'application/json', 'if-match': '"1"' },
		data: withModel
	});
	expect(put.status()).toBe(200);
	await page.reload();
	await page.waitForFunction(() => '__editor' in window);

	const sent: { method: string; bytes: number }[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith(`/api/designs/${id}`) && request.method() !== 'GET')
			sent.push({ method: request.method(), bytes: request.postDataBuffer()?.length ?? 0 });
	});
	await drawRoomByMouse(page);
	const stored = async () => (await page.request.get(`/api/designs/${id}`)).json();
	await expect
		.poll(async () => Object.keys((await stored()).document.walls).length, { timeout: 15_000 })
		.toBe(4);
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
	expect(sent.length).toBeGreaterThan(0);
	for (const request of sent) {
		expect(request.method).toBe('PATCH');
		expect(request.bytes).toBeLessThan(documentBytes / 50);
	}
	const saved = await stored();
	expect(saved.version).toBe(2 + sent.length);
	expect(saved.document.models[model.id].data).toBe(data);

	await page.reload();
	await page.waitForFunction(() => '__editor' in window);
	expect(await counts(page)).toMatchObject({ walls: 4, rooms: 1 });
	const models = await page.evaluate(() =>
		Object.keys(
			(window as unknown as { __editor: { doc: { models?: object } } }).__editor.doc.models ?? {}
		)
	);
	expect(models).toEqual([model.id]);
});

test('two tabs saving one design: the second gets the conflict, and keeping its copy loses nothing', async ({
	browser,
	tier
}) => {
	const { context, page: tabA } = await signedInPage(browser, tier);
	const url = await newBlankDesign(tabA, 'Two tabs');
	const tabB = await context.newPage();
	await tabB.goto(url);
	await tabB.waitForFunction(() => '__editor' in window);

	await drawRoomByMouse(tabA);
	await expect(saveStatus(tabA)).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });

	await drawRoomByMouse(tabB, { x: 600, y: 0 });
	const dialog = tabB.getByRole('alertdialog');
	await expect(dialog).toContainText('changed somewhere else', { timeout: 10_000 });
	await expect(saveStatus(tabB)).toHaveAttribute('data-save-state', 'conflict');

	// Tab A's save was not overwritten.
	const stored = await tabA.request.get(`/api/designs/${url.split('/').pop()}`);
	const body = await stored.json();
	expect(Object.keys(body.document.walls)).toHaveLength(4);

	await dialog.getByRole('button', { name: 'Keep my changes as a new design' }).click();
	await tabB.waitForURL(
		(u) => u.toString() !== url && /\/designs\/[0-9a-f-]{36}$/.test(u.toString())
	);
	await tabB.waitForFunction(() => '__editor' in window);
	// Tab B's room is in the copy.
	expect((await counts(tabB)).walls).toBe(4);
	await tabB.goto('/designs');
	await expect(tabB.getByRole('link', { name: 'Two tabs (my copy)', exact: true })).toBeVisible();
	await context.close();
});

test.describe('outage', () => {
	// The refused autosave requests are the point of this test.
	test.use({ allowedErrors: [/ERR_CONNECTION_REFUSED/] });

	test('server unreachable mid-edit: edits are kept on the device and arrive afterwards', async ({
		page,
		tier
	}) => {
		await signUp(page, tier);
		await page.waitForURL('**/designs');
		const url = await newBlankDesign(page, 'Outage test');
		const id = url.split('/').pop()!;
		// The autosave endpoint stops answering, as during a server restart.
		await page.route(`**/api/designs/${id}`, (route) => route.abort('connectionrefused'));
		await drawRoomByMouse(page);
		await expect(saveStatus(page)).toHaveText('Offline — changes kept on this device', {
			timeout: 10_000
		});
		// Closing the tab while the server is away: the edits wait in IndexedDB.
		await page.unroute(`**/api/designs/${id}`);
		await page.goto('/designs');
		await page.goto(url);
		await page.waitForFunction(() => '__editor' in window);
		expect((await counts(page)).walls).toBe(4);
		await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
		const stored = await (await page.request.get(`/api/designs/${id}`)).json();
		expect(Object.keys(stored.document.walls)).toHaveLength(4);
		expect(stored.version).toBe(2);
	});
});

test('a design drawn without an account moves into the account at sign-up', async ({
	page,
	tier
}) => {
	await page.goto('/editor');
	await page.evaluate(() => localStorage.clear());
	await page.goto('/editor');
	await page.waitForFunction(() => '__editor' in window);
	await drawRoomByMouse(page);
	await page.waitForTimeout(200);
	await page.goto('/signup');
	await expect(page.getByText(/will be saved into your new account/)).toBeVisible();
	await page.getByLabel('Email').fill(email(tier));
	await page.getByLabel(/^Password/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}\?claimed=1$/);
	await page.waitForFunction(() => '__editor' in window);
	expect(await counts(page)).toMatchObject({ walls: 4, rooms: 1 });
	// The device copy was handed over and cleared.
	expect(await page.evaluate(() => localStorage.getItem('house-planner:device-design'))).toBeNull();
});

test('the share link shows the plan and 3D view read-only, without an account', async ({
	browser,
	tier
}) => {
	const { context, page } = await signedInPage(browser, tier);
	await page.goto('/designs');
	await page.getByLabel('Name').fill('Shared cottage');
	await page.getByLabel('Start from').selectOption('two-bedroom');
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	await page.goto(page.url() + '/share');
	await page.getByRole('button', { name: 'Create a read-only link' }).click();
	const link = await page.getByLabel('Share link').inputValue();
	expect(link).toMatch(/\/s\/[a-z2-7]{32}$/);

	const visitor = await browser.newContext();
	const view = await visitor.newPage();
	await view.goto(link);
	await expect(view.getByText('Read-only')).toBeVisible();
	await expect(view.locator('[data-room]').first()).toBeVisible();
	await expect(view.locator('[data-room]')).toContainText([/m²/]);
	// No editing tools on a shared design.
	await expect(view.getByRole('button', { name: /^Wall/ })).toHaveCount(0);
	await expect(view.locator('html')).toHaveAttribute(
		'data-renderer',
		tier === 'no-gpu' ? 'svg' : tier
	);
	// Revoked: the link stops working.
	await page.getByRole('button', { name: 'Revoke' }).click();
	await expect(page.getByRole('status')).toContainText('Link revoked');
	const gone = await visitor.request.get(link);
	expect(gone.status()).toBe(404);
	await visitor.close();
	await context.close();
});

test('version history: save a named version, preview it, restore it — and nothing is destroyed', async ({
	page,
	baseURL,
	tier
}) => {
	await signUp(page, tier);
	await page.waitForURL('**/designs');
	await page.getByLabel('Name').fill('History house');
	await page.getByLabel('Start from').selectOption('studio');
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	const id = page.url().split('/').pop()!;
	const original = await (await page.request.get(`/api/designs/${id}`)).json();
	const wallCount = Object.keys(original.document.walls).length;

	await page.goto(`/designs/${id}/history`);
	await page.getByLabel('Save this version as').fill('Before the knock-through');
	await page.getByRole('button', { name: 'Save version' }).click();
	await expect(page.getByRole('status')).toHaveText('Version saved.');

	// Then every wall is removed (a save, as the editor would send it).
	const emptied = { ...original.document, walls: {}, openings: {}, rooms: {}, corners: {} };
	const saved = await page.request.put(`/api/designs/${id}`, {
		headers: { origin: baseURL!, 'content-type': 'application/json', 'if-match': '"1"' },
		data: emptied
	});
	expect(saved.status()).toBe(200);

	await page.goto(`/designs/${id}/history`);
	const named = page.getByRole('listitem').filter({ hasText: 'Before the knock-through' });
	await named.getByRole('link', { name: 'Preview' }).click();
	await expect(page.getByRole('img', { name: /Plan of Before the knock-through/ })).toBeVisible();
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Before the knock-through' })
		.getByRole('button', { name: 'Restore' })
		.click();
	await expect(page.getByRole('status')).toContainText('Restored');
	const restored = await (await page.request.get(`/api/designs/${id}`)).json();
	expect(Object.keys(restored.document.walls)).toHaveLength(wallCount);
	expect(restored.version).toBe(3);
	// The emptied state is kept as a version too.
	await expect(page.getByRole('listitem').filter({ hasText: 'Before restoring' })).toHaveCount(1);
});
