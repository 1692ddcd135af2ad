/**
 * scripts/deploy under steady load through Nginx: a good release replaces the running one, a
 * broken one is rolled back, and no request through Nginx fails in either case.
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionBuildDir, repoRoot } from './lib/build';
import { request } from './lib/https';
import { startLoad, whenSent, type LoadTarget } from './lib/load';
import { NGINX, startNginx, type RunningNginx } from './lib/nginx';
import { freePort } from './lib/ports';
import { createScratchDatabase, scratchRedis, type ScratchDatabase } from './lib/services';

let dir: string;
let database: ScratchDatabase;
let nginx: RunningNginx;
let ports: number[];
const startedPids = new Set<number>();

const stateDir = () => join(dir, 'state');
const backupDir = () => join(dir, 'backups');
const upstreamFile = () => join(nginx.dir, 'upstream.conf');

interface State {
	release: string;
	instances: { pid: number; port: number }[];
}
const readState = (): State => JSON.parse(readFileSync(join(stateDir(), 'current.json'), 'utf8'));

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat[stat.lastIndexOf(')') + 2] !== 'Z';
	} catch {
		return false;
	}
}

/** A release folder as the deploy expects it: build/ and drizzle/ (linked to this checkout's). */
function makeRelease(name: string): string {
	const release = join(dir, 'releases', name);
	mkdirSync(release, { recursive: true });
	symlinkSync(productionBuildDir(), join(release, 'build'));
	symlinkSync(join(repoRoot, 'drizzle'), join(release, 'drizzle'));
	return release;
}

/** A release that starts but never becomes healthy: its health check answers 503. */
function makeBrokenRelease(): string {
	const release = join(dir, 'releases', 'broken');
	mkdirSync(join(release, 'build'), { recursive: true });
	writeFileSync(
		join(release, 'build', 'index.js'),
		`import { createServer } from 'node:http';
const server = createServer((request, response) => {
	response.writeHead(request.url === '/api/health' ? 503 : 200).end('broken release');
});
server.listen(Number(process.env.PORT), process.env.HOST);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
`
	);
	writeFileSync(join(release, 'build', 'package.json'), '{"type":"module"}\n');
	return release;
}

const quote = (args: string[]) => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');

/** Runs scripts/deploy; resolves with its exit code and output. */
function deploy(release: string, extra: string[] = []): Promise<{ code: number; output: string }> {
	const args = [
		'--release',
		release,
		'--env-file',
		join(dir, 'app.env'),
		'--state-dir',
		stateDir(),
		'--backup-dir',
		backupDir(),
		'--upstream-file',
		upstreamFile(),
		'--nginx-test',
		`${NGINX} ${quote(nginx.args)} -t -q`,
		'--nginx-reload',
		`${NGINX} ${quote(nginx.args)} -s reload`,
		'--ports',
		ports.join(','),
		'--health-timeout',
		'90',
		...extra
	];
	return new Promise((resolve) => {
		const child = spawn(join(repoRoot, 'scripts', 'deploy'), args, { cwd: repoRoot });
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		child.once('exit', (code) => {
			for (const match of output.matchAll(/started pid (\d+)/g)) startedPids.add(Number(match[1]));
			resolve({ code: code ?? 1, output });
		});
	});
}

const targets: LoadTarget[] = [{ path: '/' }, { path: '/health' }, { path: '/signin' }];

/** Runs `work` while a steady load goes through Nginx; returns the load's result too. */
async function underLoad<T>(work: () => Promise<T>) {
	const load = startLoad(nginx.origin, targets, {
		concurrency: 4,
		maxRequests: 50_000,
		pauseMs: 5
	});
	await whenSent(load, 50);
	const value = await work();
	// Keep the load on a little after the switch: the new release must carry it alone.
	const after = load.sent();
	await whenSent(load, after + 100);
	const result = await load.stop();
	return { value, result };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'hp-deploy-'));
	database = await createScratchDatabase('deploy');
	const redisUrl = await scratchRedis(12);
	writeFileSync(
		join(dir, 'app.env'),
		[
			`DATABASE_URL=${database.url}`,
			`REDIS_URL=${redisUrl}`,
			'LOG_LEVEL=warn',
			'PROTOCOL_HEADER=x-forwarded-proto',
			'HOST_HEADER=x-forwarded-host',
			'ADDRESS_HEADER=x-forwarded-for',
			'XFF_DEPTH=1',
			''
		].join('\n')
	);
	ports = await Promise.all(Array.from({ length: 6 }, freePort));
	// Before the first deploy Nginx points at a port nobody listens on.
	nginx = await startNginx(join(dir, 'nginx'), [`127.0.0.1:${await freePort()}`]);
	const first = await deploy(makeRelease('first'), ['--instances', '2']);
	expect(first.code, first.output).toBe(0);
});

afterAll(async () => {
	for (const pid of startedPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
	await nginx?.stop();
	await database?.drop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/deploy', () => {
	it('the first deploy backed up and started two healthy instances behind Nginx', async () => {
		const state = readState();
		expect(state.instances).toHaveLength(2);
		expect(state.instances.every((i) => alive(i.pid))).toBe(true);
		expect(readdirSync(backupDir()).some((f) => f.endsWith('.dump'))).toBe(true);
		const health = await fetch(`http://127.0.0.1:${state.instances[0].port}/api/health`);
		expect(health.status).toBe(200);
	});

	it('replaces the release under load without a failed request', async () => {
		const before = readState();
		const release = makeRelease('second');
		const { value, result } = await underLoad(() => deploy(release));
		expect(value.code, value.output).toBe(0);
		expect(result.failures).toEqual([]);
		expect(result.total).toBeGreaterThan(150);

		const after = readState();
		expect(after.release).toBe(release);
		expect(after.instances.map((i) => i.port)).not.toEqual(before.instances.map((i) => i.port));
		expect(after.instances.every((i) => alive(i.pid))).toBe(true);
		expect(before.instances.some((i) => alive(i.pid))).toBe(false);
		const upstream = readFileSync(upstreamFile(), 'utf8');
		for (const i of after.instances) expect(upstream).toContain(`127.0.0.1:${i.port} `);
		// The last requests were answered by the new instances only.
		const newAddresses = after.instances.map((i) => `127.0.0.1:${i.port}`);
		const tail = nginx.accessLog().slice(-50);
		expect(tail.every((l) => newAddresses.includes(l.upstreams.at(-1) ?? ''))).toBe(true);
	});

	it('rolls back a release that never becomes healthy, without a failed request', async () => {
		const before = readState();
		const upstreamBefore = readFileSync(upstreamFile(), 'utf8');
		const { value, result } = await underLoad(() =>
			deploy(makeBrokenRelease(), ['--health-timeout', '6'])
		);
		expect(value.code, value.output).toBe(1);
		expect(value.output).toContain('rolling back');
		expect(result.failures).toEqual([]);

		expect(readState()).toEqual(before);
		expect(readFileSync(upstreamFile(), 'utf8')).toBe(upstreamBefore);
		expect(before.instances.every((i) => alive(i.pid))).toBe(true);
		const brokenPids = [...value.output.matchAll(/started pid (\d+)/g)].map((m) => Number(m[1]));
		expect(brokenPids).toHaveLength(2);
		expect(brokenPids.some(alive)).toBe(false);
		expect((await request(`${nginx.origin}/health`)).status).toBe(200);
	});

	it('rolls back a release that exits at start', async () => {
		const release = join(dir, 'releases', 'crashing');
		mkdirSync(join(release, 'build'), { recursive: true });
		writeFileSync(join(release, 'build', 'index.js'), 'process.exit(3);\n');
		const before = readState();
		const outcome = await deploy(release);
		expect(outcome.code).toBe(1);
		expect(outcome.output).toMatch(/exited during start/);
		expect(readState()).toEqual(before);
		expect(existsSync(join(stateDir(), 'current.json'))).toBe(true);
	});
});
