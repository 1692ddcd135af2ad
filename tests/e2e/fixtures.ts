/**
 * The `test` and `expect` every browser spec imports. A test fails when any page in its context
 * logs a console error or throws an uncaught error, except for the harmless lines software
 * rendering prints (STACK.md) and what a spec allows with `test.use({ allowedErrors: [...] })`.
 */
import {
	test as base,
	expect,
	type BrowserContext,
	type ConsoleMessage,
	type Page,
	type Response
} from '@playwright/test';

/** Printed by headless Chromium's software renderers; they say nothing about our code. */
export const HARMLESS_CONSOLE_LINES = [/No available adapters\./, /GPU stall due to ReadPixels/];

export type Tier = 'webgpu' | 'webgl' | 'no-gpu';

function describe(message: ConsoleMessage) {
	const { url, lineNumber } = message.location();
	return `console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/**
 * Collects console errors and uncaught page errors from every page of a context. Specs that open
 * their own contexts (`browser.newContext()`) call it themselves and check `errors` at the end.
 */
export function collectErrors(context: BrowserContext, allowed: RegExp[] = []) {
	const ignore = [...HARMLESS_CONSOLE_LINES, ...allowed];
	const errors: string[] = [];
	const keep = (line: string) => {
		if (!ignore.some((pattern) => pattern.test(line))) errors.push(line);
	};
	context.on('console', (message) => {
		if (message.type() === 'error') keep(describe(message));
	});
	context.on('weberror', (error) => keep(`uncaught: ${error.error().stack ?? error.error()}`));
	return errors;
}

/**
 * After a navigation to one of the app's pages, waits until its script has started
 * (`<html data-hydrated>`, set by the root layout), as a person waits for a page to be ready:
 * a click before that is lost, or sent as a plain form post.
 */
async function waitForScript(page: Page, response: Response | null) {
	if (!response || !(response.headers()['content-type'] ?? '').includes('text/html')) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const test = base.extend<{
	allowedErrors: RegExp[];
	failOnPageErrors: void;
	tier: Tier;
}>({
	allowedErrors: [[], { option: true }],
	failOnPageErrors: [
		async ({ context, allowedErrors }, use) => {
			const errors = collectErrors(context, allowedErrors);
			await use();
			expect(errors, 'console errors and uncaught page errors').toEqual([]);
		},
		{ auto: true }
	],
	page: async ({ page, javaScriptEnabled }, use) => {
		if (javaScriptEnabled !== false) {
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				await waitForScript(page, response);
				return response;
			};
			page.reload = async (options) => {
				const response = await reload(options);
				await waitForScript(page, response);
				return response;
			};
		}
		await use(page);
	},
	// The renderer tier this test runs in: the name of its Playwright project.
	// eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument
	tier: async ({}, use, testInfo) => {
		await use(testInfo.project.name as Tier);
	}
});

export { expect };
