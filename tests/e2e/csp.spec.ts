import { expect, test } from './fixtures';

/**
 * The Content Security Policy (kit.csp in svelte.config.js) is sent and nothing the app does
 * breaks it: every page is visited in each renderer tier, the 3D view included, and any
 * `securitypolicyviolation` event or "Refused to …" console line fails the test.
 */

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

const PAGES = ['/', '/editor', '/view?template=two-storey&render-test=1', '/signin', '/signup'];

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations.push(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
			);
		});
	});
});

for (const path of PAGES) {
	test(`${path} runs under the Content Security Policy without a violation`, async ({
		page,
		tier
	}) => {
		const refused: string[] = [];
		page.on('console', (message) => {
			if (/Refused to|Content Security Policy/i.test(message.text())) refused.push(message.text());
		});
		const response = await page.goto(path);
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-ancestors 'none'");

		if (path.startsWith('/view')) {
			// The tier is chosen and marked on <html> by the lazily loaded 3D view; in the GPU tiers
			// wait for a drawn frame (it draws on demand) (render-test=1 exposes the renderer's frame count).
			await expect(page.locator('html[data-renderer]')).toBeAttached({ timeout: 30_000 });
			if (tier !== 'no-gpu') {
				await page.waitForFunction(
					() =>
						((window as { __render?: { stats: { frames: number } } }).__render?.stats.frames ??
							0) >= 1,
					null,
					{
						timeout: 80_000
					}
				);
				await expect(page.locator('.lazy3d canvas')).toBeVisible();
			} else await expect(page.locator('.lazy3d canvas')).toHaveCount(0);
		}
		// Let the lazy chunks load and a few frames draw (shaders compile on the first ones).
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					let frames = 0;
					const next = () => (++frames >= 30 ? resolve() : requestAnimationFrame(next));
					requestAnimationFrame(next);
				})
		);
		await page.waitForLoadState('networkidle');
		const violations = await page.evaluate(() => window.__cspViolations);
		expect([...violations, ...refused], 'CSP violations').toEqual([]);
	});
}
