/**
 * Shared helpers for benchmarks under perf/. Every benchmark measures its subject and a
 * baseline in the same run, and writes perf/results/<name>.json through `writeResult`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Stats {
	median: number;
	min: number;
	max: number;
	p95: number;
	runs: number;
	unit: string;
}

export function stats(samples: number[], unit = 'ms'): Stats {
	if (samples.length === 0) throw new Error('stats: no samples');
	const s = [...samples].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
	return { median: at(0.5), min: s[0], max: s[s.length - 1], p95: at(0.95), runs: s.length, unit };
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns milliseconds stats. */
export async function measure(
	fn: () => unknown | Promise<unknown>,
	{ runs = 15, warmup = 2 }: { runs?: number; warmup?: number } = {}
): Promise<Stats> {
	for (let i = 0; i < warmup; i++) await fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		samples.push(performance.now() - t0);
	}
	return stats(samples);
}

export function machineInfo() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model ?? 'unknown',
		cores: cpus.length,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		platform: `${os.platform()} ${os.release()}`,
		node: process.version,
		// Other work on the machine slows every figure; the 1-minute load says how busy it was.
		loadAverage1m: Math.round(os.loadavg()[0] * 10) / 10
	};
}

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** Writes perf/results/<name>.json with the machine info and the time of the run. */
export function writeResult(name: string, result: Record<string, unknown>): string {
	mkdirSync(resultsDir, { recursive: true });
	const file = join(resultsDir, `${name}.json`);
	const body = { name, date: new Date().toISOString(), machine: machineInfo(), ...result };
	writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
	return file;
}
