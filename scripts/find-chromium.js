/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * the browser Playwright downloads with `npx playwright install chromium` (if it is there).
 *
 * As a module: `findChromium()` returns `{ path, source }` or `{ path: null, message }`.
 * As a script: prints the path, or prints one line on how to get a Chromium and exits 1.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const HOW_TO_GET_CHROMIUM =
	'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Where Playwright keeps its own Chromium; null when playwright-core cannot be loaded. */
export function playwrightChromiumPath() {
	try {
		const { chromium } = createRequire(import.meta.url)('playwright-core');
		return chromium.executablePath() || null;
	} catch {
		return null;
	}
}

/**
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean,
 *   playwrightPath?: () => string | null }} [options]
 * @returns {{ path: string, source: string } | { path: null, message: string }}
 */
export function findChromium({
	env = process.env,
	exists = existsSync,
	playwrightPath = playwrightChromiumPath
} = {}) {
	if (env.CHROMIUM_PATH) {
		// An explicit choice that is wrong should say so rather than silently use another browser.
		if (exists(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
		return {
			path: null,
			message: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist: point it at a Chromium executable, or unset it to use ${DEBIAN_CHROMIUM}.`
		};
	}
	if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
	const own = playwrightPath();
	if (own && exists(own)) return { path: own, source: 'playwright' };
	return { path: null, message: HOW_TO_GET_CHROMIUM };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const found = findChromium();
	if (found.path) {
		console.log(found.path);
	} else {
		console.error(found.message);
		process.exit(1);
	}
}
