import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, HOW_TO_GET_CHROMIUM, findChromium } from './find-chromium.js';

const only =
	(...paths: string[]) =>
	(p: string) =>
		paths.includes(p);

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH when it exists', () => {
		const found = findChromium({
			env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
			exists: only('/opt/chrome/chrome', DEBIAN_CHROMIUM),
			playwrightPath: () => null
		});
		expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
	});

	it('names a CHROMIUM_PATH that does not exist instead of falling back', () => {
		const found = findChromium({
			env: { CHROMIUM_PATH: '/nowhere/chrome' },
			exists: only(DEBIAN_CHROMIUM),
			playwrightPath: () => null
		});
		expect(found.path).toBeNull();
		expect('message' in found && found.message).toContain('CHROMIUM_PATH=/nowhere/chrome');
	});

	it("uses Debian's Chromium, then Playwright's own browser", () => {
		const pw = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
		expect(
			findChromium({ env: {}, exists: only(DEBIAN_CHROMIUM, pw), playwrightPath: () => pw }).path
		).toBe(DEBIAN_CHROMIUM);
		expect(findChromium({ env: {}, exists: only(pw), playwrightPath: () => pw })).toEqual({
			path: pw,
			source: 'playwright'
		});
	});

	it("ignores Playwright's path when that browser was never downloaded", () => {
		const found = findChromium({
			env: {},
			exists: () => false,
			playwrightPath: () => '/root/.cache/ms-playwright/missing/chrome'
		});
		expect(found).toEqual({ path: null, message: HOW_TO_GET_CHROMIUM });
	});

	it('as a script, exits 1 with one line when CHROMIUM_PATH is wrong', () => {
		let stderr = '';
		let status = 0;
		try {
			execFileSync(process.execPath, ['scripts/find-chromium.js'], {
				env: { ...process.env, CHROMIUM_PATH: '/nowhere/chrome' },
				stdio: 'pipe'
			});
		} catch (error) {
			const failed = error as { status: number; stderr: Buffer };
			status = failed.status;
			stderr = failed.stderr.toString();
		}
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('CHROMIUM_PATH');
	});
});
