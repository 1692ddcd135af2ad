/**
 * `npm test`: every check the project has, in order, stopping at the first failure with that
 * step's exit code. Lint (Prettier + ESLint), types (svelte-check), Vitest (unit and integration;
 * the integration tests also use DATABASE_URL / REDIS_URL when set), a production build, then
 * Playwright against that build in the three renderer tiers.
 *
 * The last line is always `N passed, N failed` (tests counted by Vitest and Playwright; a step
 * that fails without failing a test, e.g. lint, counts as one failure).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.js';

const chromium = findChromium();
if (!chromium.path) {
	// Stop before anything slow: the browser tests cannot run, so say how to get a browser.
	console.error(chromium.message);
	process.exit(1);
}

const reports = mkdtempSync(join(tmpdir(), 'house-planner-test-'));
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');
const productionJson = join(reports, 'production.json');
const bin = (name) => join('node_modules', '.bin', name);

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** @type {{ name: string, what: string, command: string, args: string[], env?: Record<string, string>, skip?: () => string | null, counts?: () => Counts }[]} */
const steps = [
	{ name: 'lint', what: 'Prettier + ESLint', command: 'npm', args: ['run', '--silent', 'lint'] },
	{ name: 'check', what: 'svelte-check', command: 'npm', args: ['run', '--silent', 'check'] },
	// Built before the tests: the lifecycle, production and browser tests all run `build/`.
	{ name: 'build', what: 'production build', command: bin('vite'), args: ['build'] },
	{
		name: 'vitest',
		what: 'unit + integration tests',
		command: bin('vitest'),
		args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
		env: { SERVER_BUILD_DIR: 'build' },
		counts: () => {
			const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
			return {
				passed: r.numPassedTests,
				failed: r.numFailedTests,
				skipped: r.numPendingTests + r.numTodoTests
			};
		}
	},
	{
		name: 'production',
		what: 'Nginx, two instances, deploy, backups, outages',
		command: bin('vitest'),
		args: [
			'run',
			'--config',
			'tests/production/vitest.config.ts',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${productionJson}`
		],
		env: { PRODUCTION_BUILD_DIR: join(process.cwd(), 'build') },
		// They need the real services and Debian's Nginx; CI (.ci/run) provides all of them.
		skip: () =>
			!process.env.DATABASE_URL || !process.env.REDIS_URL || !existsSync('/usr/sbin/nginx')
				? 'needs DATABASE_URL, REDIS_URL and /usr/sbin/nginx (see .ci/run)'
				: null,
		counts: () => {
			const r = JSON.parse(readFileSync(productionJson, 'utf8'));
			return {
				passed: r.numPassedTests,
				failed: r.numFailedTests,
				skipped: r.numPendingTests + r.numTodoTests
			};
		}
	},
	{
		name: 'playwright',
		what: 'browser tests: webgpu, webgl, no-gpu',
		command: bin('playwright'),
		args: ['test', '--reporter=list,json'],
		env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson, CHROMIUM_PATH: chromium.path },
		counts: () => {
			const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
			return {
				passed: stats.expected + stats.flaky,
				failed: stats.unexpected,
				skipped: stats.skipped
			};
		}
	}
];

function run(step) {
	return new Promise((resolve) => {
		const child = spawn(step.command, step.args, {
			stdio: 'inherit',
			env: { ...process.env, ...step.env }
		});
		child.on('error', (error) => {
			console.error(`${step.name}: could not start ${step.command}: ${error.message}`);
			resolve(127);
		});
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
	});
}

/** @returns {Counts | null} */
function readCounts(step) {
	if (!step.counts) return null;
	try {
		return step.counts();
	} catch {
		return null; // The runner died before writing its report.
	}
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
const results = [];
let exitCode = 0;

for (const step of steps) {
	console.log(`\n━━ npm test: ${step.name} (${step.what}) ━━`);
	const skipped = step.skip?.();
	if (skipped) {
		console.log(`skipped: ${skipped}`);
		results.push({ step, code: 0, ms: 0, counts: null, skipped });
		continue;
	}
	const started = Date.now();
	const code = await run(step);
	const counts = readCounts(step);
	results.push({ step, code, ms: Date.now() - started, counts });
	if (code !== 0) {
		exitCode = code;
		break;
	}
}
rmSync(reports, { recursive: true, force: true });

let passed = 0;
let failed = 0;
console.log('\n━━ npm test summary ━━');
for (const step of steps) {
	const result = results.find((r) => r.step === step);
	if (!result) {
		console.log(`  -  ${step.name.padEnd(11)}     not run`);
		continue;
	}
	const { code, ms, counts } = result;
	let detail =
		code === 0 ? (result.skipped ? `skipped: ${result.skipped}` : '') : `exit code ${code}`;
	if (counts) {
		passed += counts.passed;
		failed += counts.failed;
		const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
		detail = `${counts.passed} passed, ${counts.failed} failed${skipped}  ${detail}`;
	}
	if (code !== 0 && !counts?.failed) failed += 1;
	console.log(`  ${code === 0 ? 'ok' : 'XX'} ${step.name.padEnd(11)} ${seconds(ms)}  ${detail}`);
}
console.log(
	exitCode === 0
		? `All ${steps.length} steps passed.`
		: `Stopped at ${results.at(-1).step.name} (exit code ${exitCode}).`
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
