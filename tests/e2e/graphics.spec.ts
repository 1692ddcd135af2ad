import { expect, test, type Tier } from './fixtures';

/** What the page must find in each Playwright project (flags in playwright.config.ts). */
const EXPECTED: Record<Tier, { webgpu: 'yes' | 'no'; webgl2: 'yes' | 'no' }> = {
	webgpu: { webgpu: 'yes', webgl2: 'yes' },
	webgl: { webgpu: 'no', webgl2: 'yes' },
	'no-gpu': { webgpu: 'no', webgl2: 'no' }
};

test('the diagnostics page reports the graphics APIs this tier really has', async ({
	page,
	tier
}) => {
	await page.goto('/diagnostics');
	const report = page.locator('main[data-probe]');
	await expect(report).toHaveAttribute('data-probe', 'done');

	const expected = EXPECTED[tier];
	await expect(report).toHaveAttribute('data-webgpu', expected.webgpu);
	await expect(report).toHaveAttribute('data-webgl2', expected.webgl2);
	// The same answers are shown to a person, with a reason.
	for (const api of ['webgpu', 'webgl2'] as const) {
		const row = page.locator(`tr[data-api="${api}"]`);
		await expect(row.locator('.answer')).toHaveText(expected[api]);
		await expect(row.locator('td').nth(1)).not.toHaveText('checking…');
	}
});
