import { expect, test } from './fixtures';

/** SvelteKit's inline start-up script defines `__sveltekit_…` on window; no JS, no such key. */
const sveltekitStarted = (page: import('@playwright/test').Page) =>
	page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')));

async function checkLanding(page: import('@playwright/test').Page) {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(/House Planner/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Draw your home');
	const editorLinks = page.locator('a[href="/editor"]');
	const signInLinks = page.locator('a[href="/signin"]');
	await expect(editorLinks.first()).toBeVisible();
	await expect(signInLinks.first()).toBeVisible();
}

test('the landing page says what the product is and links to the editor and sign-in', async ({
	page
}) => {
	await checkLanding(page);
	await expect(page.getByRole('link', { name: 'Open the editor' })).toHaveAttribute(
		'href',
		'/editor'
	);
	await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute(
		'href',
		'/signin'
	);
	expect(await sveltekitStarted(page)).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the landing page is server-rendered and complete', async ({ page }) => {
		await checkLanding(page);
		// No page script ran: the markup above came from the server alone.
		expect(await sveltekitStarted(page)).toBe(false);
	});
});
