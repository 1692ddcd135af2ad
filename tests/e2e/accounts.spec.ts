import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A fresh account per test; tiers run in parallel, so emails carry the project name. */
function newEmail(tier: string) {
	return `${tier}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
const PASSWORD = 'a long enough passphrase 7';

async function signUp(page: Page, email: string, password = PASSWORD) {
	await page.goto('/signup');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel(/^Password/).fill(password);
	await page.getByRole('button', { name: 'Create account' }).click();
}

async function createDesign(page: Page, name: string, template = '') {
	await page.goto('/designs');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Start from').selectOption(template);
	await page.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
	return page.url().split('/').pop()!;
}

function formPost(
	request: APIRequestContext,
	baseURL: string,
	path: string,
	form: Record<string, string>
) {
	// A browser's form post: without `accept: text/html` SvelteKit answers with its JSON action format.
	return request.post(path, {
		form,
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
}

test('sign up, make designs from a template, rename, duplicate, delete and restore', async ({
	page,
	tier
}) => {
	await signUp(page, newEmail(tier));
	await page.waitForURL('**/designs');
	await expect(page.getByRole('heading', { name: 'My designs' })).toBeVisible();
	await createDesign(page, 'Our cottage', 'two-bedroom');

	await page.goto('/designs');
	const card = page.getByRole('listitem').filter({ hasText: 'Our cottage' });
	await expect(card).toHaveCount(1);
	// The thumbnail is an SVG drawn on the server from the plan's walls.
	const thumb = card.locator('img');
	await expect(thumb).toHaveAttribute('src', /^data:image\/svg\+xml/);
	expect(decodeURIComponent((await thumb.getAttribute('src'))!)).toContain('<line');

	await card.getByRole('button', { name: 'Rename' }).click();
	// While renaming, the card shows an input instead of the name.
	await page.getByLabel('New name').fill('Seaside cottage');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Seaside cottage', exact: true })).toBeVisible();

	await page
		.getByRole('listitem')
		.filter({ hasText: 'Seaside cottage' })
		.getByRole('button', { name: 'Duplicate' })
		.click();
	await expect(
		page.getByRole('link', { name: 'Seaside cottage (copy)', exact: true })
	).toBeVisible();

	await page
		.getByRole('listitem')
		.filter({ hasText: 'Seaside cottage (copy)' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await expect(page.getByRole('status')).toContainText('restore it for 30 days');
	const deleted = page.getByRole('region', { name: 'Recently deleted' });
	await expect(deleted).toContainText('Seaside cottage (copy)');
	await deleted.getByRole('button', { name: 'Restore' }).click();
	await expect(
		page.getByRole('link', { name: 'Seaside cottage (copy)', exact: true })
	).toBeVisible();
});

test.describe('refused forms', () => {
	// A form sent before the page's script has started is a plain POST; its refusal is a 400
	// page, which Chromium reports as a failed resource. The message shows either way.
	test.use({ allowedErrors: [/status of 400 \(Bad Request\) \(http:[^)]*\/sign(up|in):0\)/] });

	test('bad sign-up input is refused next to the field and creates nothing', async ({
		page,
		tier
	}) => {
		const email = newEmail(tier);
		await signUp(page, email, 'password123');
		await expect(page.getByText('one of the most common')).toBeVisible();
		await signUp(page, 'not-an-email', PASSWORD);
		await expect(page.getByText('Enter a valid email address')).toBeVisible();
		// Nothing was created: signing in with the first email fails.
		await page.goto('/signin');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill('password123');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'That email and password do not match an account.'
		);
	});
});

test('ten wrong passwords lock the account with 429 and Retry-After; same message for unknown email', async ({
	page,
	request,
	baseURL,
	tier
}) => {
	// Twelve argon2id verifications: seconds each on a busy 2-core machine.
	test.setTimeout(180_000);
	const email = newEmail(tier);
	await signUp(page, email);
	await page.waitForURL('**/designs');
	const unknown = await formPost(request, baseURL!, '/signin', {
		email: newEmail(tier),
		password: 'whatever it is'
	});
	const wrong = await formPost(request, baseURL!, '/signin', {
		email,
		password: 'not the password'
	});
	expect(unknown.status()).toBe(400);
	expect(wrong.status()).toBe(400);
	const message = 'That email and password do not match an account.';
	expect(await unknown.text()).toContain(message);
	expect(await wrong.text()).toContain(message);
	for (let i = 0; i < 9; i++)
		await formPost(request, baseURL!, '/signin', { email, password: `wrong ${i}` });
	const locked = await formPost(request, baseURL!, '/signin', { email, password: PASSWORD });
	expect(locked.status()).toBe(429);
	expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await locked.text()).toContain('Too many attempts');
});

test("another account's design is a 404 on every page, action and endpoint", async ({
	browser,
	baseURL,
	tier
}) => {
	const owner = await browser.newContext();
	const ownerPage = await owner.newPage();
	await signUp(ownerPage, newEmail(tier));
	await ownerPage.waitForURL('**/designs');
	const id = await createDesign(ownerPage, 'Private plan', 'studio');

	const intruder = await browser.newContext();
	const page = await intruder.newPage();
	await signUp(page, newEmail(tier));
	await page.waitForURL('**/designs');
	const api = page.request;
	for (const path of [`/designs/${id}`, `/designs/${id}/history`, `/designs/${id}/share`]) {
		const response = await api.get(path);
		expect(response.status(), path).toBe(404);
	}
	expect((await api.get(`/api/designs/${id}`)).status()).toBe(404);
	const put = await api.put(`/api/designs/${id}`, {
		headers: { origin: baseURL!, 'if-match': '"1"', 'content-type': 'application/json' },
		data: { schemaVersion: 2 }
	});
	expect([404, 422]).toContain(put.status());
	for (const action of ['rename', 'duplicate', 'delete', 'restore']) {
		const response = await formPost(api, baseURL!, `/designs?/${action}`, { id, name: 'Taken' });
		expect(response.status(), action).toBe(404);
	}
	for (const [path, form] of [
		[`/designs/${id}/history?/save`, { name: 'x' }],
		[`/designs/${id}/share?/create`, {}]
	] as const) {
		expect((await formPost(api, baseURL!, path, form)).status(), path).toBe(404);
	}
	// Still the owner's, unchanged.
	await ownerPage.goto('/designs');
	await expect(ownerPage.getByRole('link', { name: 'Private plan', exact: true })).toBeVisible();
	await owner.close();
	await intruder.close();
});

test('autosave endpoint: If-Match versions, 409 with the current copy, 400/413/422, Origin', async ({
	page,
	baseURL,
	tier
}) => {
	test.setTimeout(180_000);
	await signUp(page, newEmail(tier));
	await page.waitForURL('**/designs');
	const id = await createDesign(page, 'API house', 'studio');
	const api = page.request;
	const current = await (await api.get(`/api/designs/${id}`)).json();
	expect(current.version).toBe(1);
	const headers = { origin: baseURL!, 'content-type': 'application/json', 'if-match': '"1"' };
	const doc = { ...current.document, north: 0.25 };

	const saved = await api.put(`/api/designs/${id}`, { headers, data: doc });
	expect(saved.status()).toBe(200);
	expect((await saved.json()).version).toBe(2);

	const stale = await api.put(`/api/designs/${id}`, { headers, data: { ...doc, north: 1 } });
	expect(stale.status()).toBe(409);
	const conflict = await stale.json();
	expect(conflict.version).toBe(2);
	expect(conflict.document.north).toBe(0.25);

	const next = { ...headers, 'if-match': '"2"' };
	const malformed = await api.put(`/api/designs/${id}`, {
		headers: next,
		data: Buffer.from('{"oops": ')
	});
	expect(malformed.status()).toBe(400);
	expect((await malformed.json()).error).toMatch(/not valid JSON/);

	const walls = Object.keys(doc.walls);
	const invalid = await api.put(`/api/designs/${id}`, {
		headers: next,
		data: { ...doc, walls: { ...doc.walls, [walls[0]]: { ...doc.walls[walls[0]], thickness: -1 } } }
	});
	expect(invalid.status()).toBe(422);
	expect((await invalid.json()).error).toContain(`walls["${walls[0]}"].thickness`);

	const huge = await api.put(`/api/designs/${id}`, {
		headers: next,
		data: Buffer.from(JSON.stringify({ ...doc, name: 'x'.repeat(20_000_001) }))
	});
	expect(huge.status()).toBe(413);

	const crossSite = await api.put(`/api/designs/${id}`, {
		headers: { ...next, origin: 'https://evil.example' },
		data: doc
	});
	expect(crossSite.status()).toBe(403);

	// None of the refused saves changed the stored design.
	const after = await (await api.get(`/api/designs/${id}`)).json();
	expect(after.version).toBe(2);
	expect(after.document.north).toBe(0.25);
});

test('account page: sessions listed, other device signed out, password changed', async ({
	browser,
	tier
}) => {
	const email = newEmail(tier);
	const laptop = await browser.newContext();
	const a = await laptop.newPage();
	await signUp(a, email);
	await a.waitForURL('**/designs');
	const phone = await browser.newContext();
	const b = await phone.newPage();
	await b.goto('/signin');
	await b.getByLabel('Email').fill(email);
	await b.getByLabel('Password').fill(PASSWORD);
	await b.getByRole('button', { name: 'Sign in' }).click();
	await b.waitForURL('**/designs');

	await a.goto('/account');
	await expect(a.getByRole('listitem')).toHaveCount(2);
	await expect(a.getByText('(this device)')).toBeVisible();
	await a.getByLabel('Current password').fill(PASSWORD);
	await a.getByLabel('New password').fill('another good passphrase 8');
	await a.getByRole('button', { name: 'Change password' }).click();
	await expect(a.getByRole('status')).toContainText('Password changed');
	await expect(a.getByRole('listitem')).toHaveCount(1);
	// The other device is signed out.
	await b.goto('/designs');
	await expect(b).toHaveURL(/\/signin/);
	await laptop.close();
	await phone.close();
});

test('forms work without JavaScript', async ({ browser, tier }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signUp(page, newEmail(tier));
	await page.waitForURL('**/designs');
	const id = await createDesign(page, 'No-JS house', 'studio');
	expect(id).toMatch(/[0-9a-f-]{36}/);
	await page.goto('/designs');
	await expect(page.getByRole('link', { name: 'No-JS house', exact: true })).toBeVisible();
	await context.close();
});
