/**
 * `npm run perf [name…]`: runs every benchmark in perf/benchmarks (or only the named ones) one
 * after another and lists the result files each one wrote to perf/results. A benchmark module
 * exports `name` and `run()`. One failing benchmark does not stop the others, but makes the exit
 * code non-zero.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resultsDir } from './lib/measure';

interface Benchmark {
	file: string;
	name: string;
	run: () => unknown | Promise<unknown>;
}

const benchmarksDir = fileURLToPath(new URL('./benchmarks/', import.meta.url));

const isBenchmarkFile = (file: string) =>
	file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts');

/** Result files with their modification times, to see which ones a benchmark wrote. */
function snapshotResults(): Map<string, number> {
	try {
		return new Map(
			readdirSync(resultsDir).map((file) => [file, statSync(join(resultsDir, file)).mtimeMs])
		);
	} catch {
		return new Map();
	}
}

function written(before: Map<string, number>): string[] {
	const after = snapshotResults();
	return [...after]
		.filter(([file, mtime]) => before.get(file) !== mtime)
		.map(([file]) => join('perf', 'results', file));
}

const wanted = process.argv.slice(2);
const matches = (file: string, name?: string) =>
	wanted.some((w) => w === name || w === file || `${w}.ts` === file);
const failures: string[] = [];
const report: string[] = [];
let passed = 0;
const brokenFiles: string[] = [];
const benchmarks: Benchmark[] = [];
for (const file of readdirSync(benchmarksDir).filter(isBenchmarkFile).sort()) {
	try {
		const module = await import(pathToFileURL(join(benchmarksDir, file)).href);
		if (typeof module.name !== 'string' || typeof module.run !== 'function') {
			throw new Error('must export `name` (a string) and `run()`');
		}
		benchmarks.push({ file, name: module.name, run: module.run });
	} catch (error) {
		console.error(`✗ perf/benchmarks/${file}: ${(error as Error).message}`);
		brokenFiles.push(file);
		// A broken module only fails the run when it was asked for (or everything was).
		if (wanted.length === 0 || matches(file)) {
			failures.push(file);
			report.push(`✗ perf/benchmarks/${file} could not be loaded`);
		}
	}
}

const known = (w: string) =>
	benchmarks.some((b) => b.name === w || b.file === w || b.file === `${w}.ts`) ||
	brokenFiles.some((file) => file === w || file === `${w}.ts`);
const unknown = wanted.filter((w) => !known(w));
if (unknown.length > 0) {
	console.error(
		`Unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`
	);
	process.exit(2);
}
const selected = wanted.length ? benchmarks.filter((b) => matches(b.file, b.name)) : benchmarks;

for (const benchmark of selected) {
	console.log(`\n━━ perf: ${benchmark.name} (perf/benchmarks/${benchmark.file}) ━━`);
	const before = snapshotResults();
	const started = performance.now();
	try {
		await benchmark.run();
		const files = written(before);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		report.push(
			`✓ ${benchmark.name} (${seconds} s): ${files.join(', ') || 'wrote no result file'}`
		);
		if (files.length === 0) failures.push(benchmark.name);
		else passed++;
	} catch (error) {
		console.error(error);
		report.push(`✗ ${benchmark.name}: ${(error as Error).message.split('\n')[0]}`);
		failures.push(benchmark.name);
	}
}

console.log(`\n━━ perf summary ━━\n${report.join('\n')}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
