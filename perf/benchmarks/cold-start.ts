/**
 * Cold start of the production server (`node build`) to its first healthy `GET /api/health`,
 * and its resident memory at idle, on three databases — PGlite in a new data dir, PGlite in an
 * existing one, PostgreSQL — against a bare `node:http` server spawned and polled the same way.
 * Rounds interleave the cases so that a busy moment on the machine hits them all alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { stats, writeResult } from '../lib/measure';
import { residentMiB, startServer } from '../lib/server';

export const name = 'cold-start';

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const HEALTH_PATH = process.env.PERF_HEALTH_PATH ?? '/api/health';
/** How long a started server sits unused before its memory is read. */
const IDLE_MS = 2000;
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const PERF_DATABASE = 'house_planner_perf';

interface Case {
	id: string;
	label: string;
	args: string[];
	env: () => Record<string, string | undefined>;
}

/** The environment without anything that would point the server at other services. */
function cleanEnv(): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production' };
	for (const key of ['DATABASE_URL', 'REDIS_URL', 'DATA_DIR', 'PORT', 'HOST', 'ORIGIN']) {
		delete env[key];
	}
	return env;
}

/**
 * DATABASE_URL when set; otherwise a database of its own on the local PostgreSQL, if one
 * answers (so the benchmark never migrates or touches the tests' database). Null: skip.
 */
async function postgresUrl(): Promise<string | null> {
	if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
	const admin = postgres(LOCAL_POSTGRES, { max: 1, connect_timeout: 2, onnotice: () => {} });
	try {
		const found = await admin`select 1 from pg_database where datname = ${PERF_DATABASE}`;
		if (found.length === 0) await admin.unsafe(`create database ${PERF_DATABASE}`);
		return LOCAL_POSTGRES.replace(/\/postgres$/, `/${PERF_DATABASE}`);
	} catch {
		return null;
	} finally {
		await admin.end({ timeout: 1 });
	}
}

function ensureBuild(buildDir: string) {
	if (existsSync(join(buildDir, 'index.js'))) return;
	console.log(`cold-start: ${buildDir}/ is missing, building it first`);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
}

interface Sample {
	readyMs: number;
	rssMiB: number;
	stopMs: number;
}

async function once(c: Case): Promise<Sample> {
	const server = await startServer({ args: c.args, env: c.env(), path: HEALTH_PATH });
	await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
	const rssMiB = residentMiB(server.pid);
	const stopMs = await server.stop();
	return { readyMs: server.readyMs, rssMiB, stopMs };
}

export async function run() {
	const buildDir = process.env.BUILD_DIR || 'build';
	ensureBuild(buildDir);
	const scratch = mkdtempSync(join(tmpdir(), 'house-planner-cold-start-'));
	const existingDir = join(scratch, 'existing');
	let fresh = 0;
	const pgUrl = await postgresUrl();

	const cases: Case[] = [
		{
			id: 'baseline',
			label: 'bare node:http server (baseline)',
			args: ['perf/lib/bare-server.js'],
			env: cleanEnv
		},
		{
			id: 'pglite-new',
			label: 'node build, PGlite, new data dir',
			args: [buildDir],
			env: () => ({ ...cleanEnv(), DATA_DIR: join(scratch, `new-${fresh++}`) })
		},
		{
			id: 'pglite-existing',
			label: 'node build, PGlite, existing data dir',
			args: [buildDir],
			env: () => ({ ...cleanEnv(), DATA_DIR: existingDir })
		}
	];
	if (pgUrl) {
		cases.push({
			id: 'postgres',
			label: 'node build, PostgreSQL (migrations already applied)',
			args: [buildDir],
			env: () => ({ ...cleanEnv(), DATABASE_URL: pgUrl })
		});
	}

	try {
		// One untimed start each: warms the file cache, creates the existing data dir and
		// applies the migrations to PostgreSQL.
		for (const c of cases) await once(c);
		const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
		for (let round = 0; round < RUNS; round++) {
			for (const c of cases) {
				const sample = await once(c);
				samples.get(c.id)?.push(sample);
				console.log(
					`  ${c.id.padEnd(16)} ready ${sample.readyMs.toFixed(0).padStart(6)} ms` +
						`  rss ${sample.rssMiB.toFixed(0).padStart(5)} MiB`
				);
			}
		}

		const summarise = (c: Case) => {
			const list = samples.get(c.id) ?? [];
			return {
				label: c.label,
				readyMs: stats(list.map((s) => s.readyMs)),
				idleRssMiB: stats(
					list.map((s) => s.rssMiB),
					'MiB'
				),
				stopMs: stats(list.map((s) => s.stopMs))
			};
		};
		const baseline = summarise(cases[0]);
		const results = Object.fromEntries(
			cases.slice(1).map((c) => {
				const s = summarise(c);
				return [
					c.id,
					{
						...s,
						readyRatio: s.readyMs.median / baseline.readyMs.median,
						rssRatio: s.idleRssMiB.median / baseline.idleRssMiB.median
					}
				];
			})
		);
		return writeResult(name, {
			description:
				'Spawn to first 200 on GET /api/health, resident memory after 2 s idle, and SIGTERM to exit; ratios are medians over the baseline measured in the same run.',
			healthPath: HEALTH_PATH,
			runs: RUNS,
			postgres: pgUrl ? 'measured' : 'skipped: no DATABASE_URL and no local PostgreSQL',
			baseline,
			results
		});
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
