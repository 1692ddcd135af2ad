/**
 * Requests per second and p99 latency of the app through Nginx (docker/nginx, TLS, HTTP/1.1)
 * and direct, at 1 and 2 instances, for the home page, the signed-in design list and an
 * autosave (PUT). Baseline in the same run: a bare `node:http` server behind the same Nginx,
 * which shows what Nginx and TLS cost by themselves. autocannon, loopback only, a few seconds
 * a case. The rendered config drops `limit_req` (this measures proxying, not the limiter).
 * Needs PostgreSQL and Redis (DATABASE_URL / REDIS_URL or the machine's defaults).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { createEmptyDocument } from '../../src/lib/plan/document';
import { startApp, type AppInstance } from '../../tests/production/lib/app';
import { buildForProduction, productionBuildDir, repoRoot } from '../../tests/production/lib/build';
import { request, signUp } from '../../tests/production/lib/https';
import { startNginx, type RunningNginx } from '../../tests/production/lib/nginx';
import { freePort } from '../../tests/production/lib/ports';
import { createScratchDatabase, scratchRedis } from '../../tests/production/lib/services';
import { writeResult } from '../lib/measure';

export const name = 'nginx';

const GET_SECONDS = 3;
/** Autosaves per case: under the app's 600 saves a minute per account (rate-limit keys are
 * cleared between cases). */
const PUT_AMOUNT = 200;
const CONNECTIONS = 10;
/** More designs than connections, so a request always finds one that is not being saved. */
const DESIGNS = 3 * CONNECTIONS;

interface CaseResult {
	case: string;
	via: 'nginx' | 'direct';
	server: 'app' | 'bare';
	instances: number;
	path: string;
	requests: number;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	non2xx: number;
	errors: number;
}

interface Design {
	id: string;
	version: number;
}

async function startBare(): Promise<{ port: number; stop(): Promise<void> }> {
	const port = await freePort();
	const child = spawn(process.execPath, [join(repoRoot, 'perf', 'lib', 'bare-server.js')], {
		env: { PORT: String(port), HOST: '127.0.0.1', PATH: process.env.PATH },
		stdio: 'ignore'
	});
	const exited = new Promise((r) => child.once('exit', r));
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`http://127.0.0.1:${port}/`).then(
			() => true,
			() => false
		);
		if (up) break;
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		port,
		async stop() {
			child.kill('SIGTERM');
			await exited;
		}
	};
}

async function runCannon(options: autocannon.Options): Promise<autocannon.Result> {
	return new Promise((resolve, reject) => {
		autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
	});
}

export async function run() {
	const buildDir = existsSync(join(productionBuildDir(), 'index.js'))
		? productionBuildDir()
		: buildForProduction();
	const dir = mkdtempSync(join(tmpdir(), 'hp-bench-nginx-'));
	const database = await createScratchDatabase('bench');
	const redisUrl = await scratchRedis(13);
	const redis = new Redis(redisUrl);
	const apps: AppInstance[] = [];
	let bare: Awaited<ReturnType<typeof startBare>> | undefined;
	let nginx: RunningNginx | undefined;
	try {
		const options = { buildDir, databaseUrl: database.url, redisUrl };
		apps.push(await startApp(options), await startApp(options));
		bare = await startBare();
		nginx = await startNginx(join(dir, 'nginx'), [`127.0.0.1:${apps[0].port}`], {
			withoutRateLimits: true
		});
		const origin = nginx.origin;
		const forwarded = {
			'x-forwarded-proto': 'https',
			'x-forwarded-host': `127.0.0.1:${nginx.httpsPort}`,
			host: `127.0.0.1:${nginx.httpsPort}`,
			'x-forwarded-for': '127.0.0.1'
		};
		const cookie = await signUp(origin, `bench-${Date.now()}@example.com`, 'bench passphrase 42');
		const document = createEmptyDocument('Benchmark house');
		const designs: Design[] = [];
		for (let i = 0; i < DESIGNS; i++) {
			const body = JSON.stringify({ name: `Bench ${i}`, document });
			const created = await request(`${origin}/api/designs`, {
				method: 'POST',
				headers: { cookie, origin, 'content-type': 'application/json' },
				body
			});
			if (created.status !== 201) throw new Error(`create design: ${created.status}`);
			designs.push(JSON.parse(created.text()) as Design);
		}
		const documentBody = JSON.stringify(document);

		const results: CaseResult[] = [];
		const measure = async (
			label: Omit<
				CaseResult,
				'requests' | 'requestsPerSecond' | 'p50Ms' | 'p99Ms' | 'non2xx' | 'errors' | 'case'
			>,
			base: string,
			headers: Record<string, string>
		) => {
			const put = label.path === 'PUT /api/designs/[id]';
			if (put) {
				const keys = await redis.keys('hp:rl:*');
				if (keys.length) await redis.del(...keys);
			}
			const busy = new Set<string>();
			const result = await runCannon({
				url: base,
				connections: CONNECTIONS,
				// A fixed number of app saves (its per-account limit); the bare server has no limit, and
				// autocannon only notices the end of an `amount` at its 1-second tick, too coarse for it.
				...(put && label.server === 'app' ? { amount: PUT_AMOUNT } : { duration: GET_SECONDS }),
				headers: { ...headers, ...(label.path === '/designs' ? { cookie } : {}) },
				requests: put
					? [
							{
								// Each request takes a design no other request has in flight, so saves never
								// conflict (autocannon resets `context` between rounds: it only spans one request).
								setupRequest: (req, context) => {
									const design = designs.find((d) => !busy.has(d.id));
									if (!design) throw new Error('no free design: raise DESIGNS');
									busy.add(design.id);
									(context as { design?: Design }).design = design;
									return {
										...req,
										method: 'PUT',
										path: `/api/designs/${design.id}`,
										headers: {
											...req.headers,
											cookie,
											origin,
											'content-type': 'application/json',
											'if-match': `"${design.version}"`
										},
										body: documentBody
									};
								},
								onResponse: (status, body, context) => {
									const design = (context as { design: Design }).design;
									busy.delete(design.id);
									if (status === 200) design.version = JSON.parse(body).version;
								}
							}
						]
					: [{ method: 'GET', path: label.path }]
			});
			const entry: CaseResult = {
				case: `${label.server} ${label.via} ×${label.instances} ${label.path}`,
				...label,
				requests: result.requests.total,
				// Total over the measured time: right for short PUT runs, where a per-second average is not.
				requestsPerSecond: Math.round(result.requests.total / result.duration),
				p50Ms: result.latency.p50,
				p99Ms: result.latency.p99,
				non2xx: result.non2xx,
				errors: result.errors + result.timeouts
			};
			console.log(
				`${entry.case.padEnd(44)} ${String(entry.requestsPerSecond).padStart(6)} req/s  p99 ${entry.p99Ms} ms` +
					(entry.non2xx || entry.errors
						? `  (non-2xx ${entry.non2xx}, errors ${entry.errors})`
						: '')
			);
			results.push(entry);
		};

		const paths = ['/', '/designs', 'PUT /api/designs/[id]'];
		const app1 = apps[0];
		for (const path of paths) {
			const label = { server: 'app' as const, path };
			await measure({ ...label, via: 'direct', instances: 1 }, app1.url, forwarded);
			nginx.setUpstreams([`127.0.0.1:${app1.port}`]);
			nginx.reload();
			await measure({ ...label, via: 'nginx', instances: 1 }, origin, {});
			nginx.setUpstreams(apps.map((a) => `127.0.0.1:${a.port}`));
			nginx.reload();
			await measure({ ...label, via: 'nginx', instances: 2 }, origin, {});
		}
		// Baseline: the same Nginx and TLS in front of a server that does nothing.
		nginx.setUpstreams([`127.0.0.1:${bare.port}`]);
		nginx.reload();
		for (const path of ['/', 'PUT /api/designs/[id]']) {
			const label = { server: 'bare' as const, path, instances: 1 };
			await measure({ ...label, via: 'direct' }, `http://127.0.0.1:${bare.port}`, {});
			await measure({ ...label, via: 'nginx' }, origin, {});
		}

		const file = writeResult(name, {
			note:
				'autocannon, 10 connections, GET and bare-server cases for 3 s, app PUT cases 200 autosaves (never two in ' +
				'flight on one design). Through Nginx = HTTPS with HTTP/1.1 keep-alive to Nginx, keep-alive ' +
				'upstream; rate limits removed from the rendered config. Everything shares one 2-core ' +
				'machine (load generator, Nginx, Node, PostgreSQL, Redis), so compare rows of this run.',
			settings: { connections: CONNECTIONS, getSeconds: GET_SECONDS, putAmount: PUT_AMOUNT },
			results
		});
		console.log(`wrote ${file}`);
	} finally {
		await nginx?.stop();
		await bare?.stop();
		await Promise.all(apps.map((a) => a.stop()));
		redis.disconnect();
		await database.drop();
		rmSync(dir, { recursive: true, force: true });
	}
}
