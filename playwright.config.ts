import { defineConfig, type Project } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/find-chromium.js';

/**
 * Browser tests run against the production build (`node build`) on a free port with a fresh
 * embedded database, in three Chromium configurations — one per renderer tier.
 *
 * Playwright evaluates this file in the runner and again in every worker. The port and the data
 * dir are chosen once, in the runner, and handed to the workers through the environment.
 */

function freePort(): number {
	// Synchronous because a Playwright config cannot wait; the OS picks the port.
	const script =
		"const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

process.env.E2E_PORT ||= String(freePort());
if (!process.env.E2E_DATA_DIR) {
	const root = mkdtempSync(join(tmpdir(), 'house-planner-e2e-'));
	process.env.E2E_DATA_DIR = join(root, 'data');
	// Only the process that made the dir removes it, on exit: after the web server has stopped.
	process.once('exit', () => rmSync(root, { recursive: true, force: true }));
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const buildDir = process.env.BUILD_DIR || 'build';

const chromium = findChromium();
if (!chromium.path) throw new Error(chromium.message);

const BASE_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Extra Chromium flags per renderer tier (see STACK.md: all software rendering). */
export const TIER_FLAGS = {
	webgpu: [
		'--enable-unsafe-webgpu',
		'--enable-features=Vulkan',
		'--use-vulkan=swiftshader',
		'--use-angle=swiftshader'
	],
	webgl: [],
	'no-gpu': ['--disable-webgl', '--disable-3d-apis']
} as const;

const projects: Project[] = Object.entries(TIER_FLAGS).map(([name, flags]) => ({
	name,
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: chromium.path, args: [...BASE_FLAGS, ...flags] }
	}
}));

/** Server variables passed through only when set (CI points them at real services). */
const passThrough = Object.fromEntries(
	['DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL']
		.filter((name) => process.env[name])
		.map((name) => [name, process.env[name] as string])
);

export default defineConfig({
	testDir: 'tests/e2e',
	// The machine has 2 cores; the server and the software renderer need the rest.
	workers: 2,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: { baseURL, headless: true, trace: 'retain-on-failure' },
	projects,
	webServer: {
		command: `node ${buildDir}`,
		url: `${baseURL}/`,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: baseURL,
			DATA_DIR: process.env.E2E_DATA_DIR,
			// Every spec signs up fresh accounts from 127.0.0.1, in three projects.
			SIGNUP_LIMIT_PER_HOUR: '10000',
			// One JSON line per request would bury the test report; LOG_LEVEL overrides it.
			LOG_LEVEL: 'warn',
			// As scripts/start.js: designs carrying uploaded models are over adapter-node's 512 KB default.
			BODY_SIZE_LIMIT: '21M',
			...passThrough
		}
	}
});
