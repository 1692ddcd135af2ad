import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from './config';
import { openDatabase } from './db';
import { users } from './db/schema';
import { createScratchPostgres } from './db/test-database';

/**
 * The production server (`node scripts/start.js` on a build) started, probed and stopped for
 * real. The build is made once into a directory of its own, or taken from SERVER_BUILD_DIR.
 */

const own = `${process.pid}`;
const reuse = process.env.SERVER_BUILD_DIR;
const buildDir = path.resolve(reuse ?? `build-lifecycle-${own}`);
const kitDir = `.svelte-kit-lifecycle-${own}`;
const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = getConfig();

function run(command: string, args: string[], env: Record<string, string>) {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} failed:\n${output}`))
		);
	});
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

interface Started {
	child: ChildProcess;
	port: number;
	stderr: () => string;
	exited: Promise<number | null>;
}

function start(env: Record<string, string>, port: number): Started {
	// Only what the test chooses: no DATABASE_URL / REDIS_URL leaking in from the shell.
	const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...base, BUILD_DIR: buildDir, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	child.stdout!.resume();
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, port, stderr: () => stderr, exited };
}

async function waitForHealth(server: Started, attempts = 360) {
	for (let i = 0; i < attempts; i++) {
		if (server.child.exitCode !== null) throw new Error(`server exited: ${server.stderr()}`);
		try {
			const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
			if (response.status === 200) return response;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error('server never became healthy');
}

/** Resolves true once a new connection to `port` is refused. */
async function refusesConnections(port: number, attempts = 100) {
	for (let i = 0; i < attempts; i++) {
		const refused = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.on('connect', () => {
				socket.destroy();
				resolve(false);
			});
			socket.on('error', () => resolve(true));
		});
		if (refused) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}

/** Stops the server with SIGTERM; the exit code, or 'too slow' after 10 s (then killed). */
async function stop(server: Started, signal: NodeJS.Signals = 'SIGTERM') {
	server.child.kill(signal);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<'too slow'>((resolve) => {
		timer = setTimeout(() => resolve('too slow'), 10_000);
	});
	const result = await Promise.race([server.exited, deadline]);
	clearTimeout(timer);
	if (result === 'too slow') server.child.kill('SIGKILL');
	return result;
}

describe('the built server', () => {
	let scratch: string;
	beforeAll(async () => {
		scratch = await mkdtemp(path.join(tmpdir(), 'hp-lifecycle-'));
		if (!reuse) {
			await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
				BUILD_DIR: buildDir,
				KIT_OUT_DIR: kitDir
			});
		}
		expect(existsSync(path.join(buildDir, 'index.js'))).toBe(true);
	}, 300_000);
	afterAll(async () => {
		await rm(scratch, { recursive: true, force: true });
		if (!reuse) {
			await rm(buildDir, { recursive: true, force: true });
			await rm(kitDir, { recursive: true, force: true });
		}
	});

	it.each([
		[
			{ REDIS_URL: 'http://127.0.0.1:6379' },
			'Configuration error: REDIS_URL: must be a redis:// URL'
		],
		[{ LOG_LEVEL: 'loud' }, 'Configuration error: LOG_LEVEL: must be one of'],
		[{ PORT: 'eighty' }, 'Configuration error: PORT: must be a whole number'],
		[{ DATABASE_URL: 'mysql://db/app' }, 'Configuration error: DATABASE_URL: must be a postgres://']
	])('refuses %o with one line on stderr and exit code 1', async (env, line) => {
		const server = start(env, await freePort());
		expect(await server.exited).toBe(1);
		const lines = server.stderr().trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0].startsWith(line)).toBe(true);
	});

	it('refuses an unreachable database with one line naming DATABASE_URL', async () => {
		const closed = await freePort();
		const server = start(
			{ DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/app` },
			await freePort()
		);
		expect(await server.exited).toBe(1);
		const lines = server.stderr().trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^Configuration error: DATABASE_URL: cannot connect .*ECONNREFUSED/);
	});

	it('accepts a form posted from http://localhost:PORT with no ORIGIN set (npm start on a laptop), and still refuses another origin', async () => {
		const port = await freePort();
		const server = start({ DATA_DIR: path.join(scratch, 'origin-data') }, port);
		/** A sign-up form post as a browser on http://localhost:PORT sends it, from `origin`. */
		const signUp = (origin: string) =>
			new Promise<{ status: number; body: string; cookie: string }>((resolve, reject) => {
				const body = new URLSearchParams({
					email: `origin-${Date.now()}-${Math.random()}@example.com`,
					password: 'a long enough passphrase 7'
				}).toString();
				const req = request(
					{
						host: '127.0.0.1',
						port,
						path: '/signup',
						method: 'POST',
						headers: {
							host: `localhost:${port}`,
							origin,
							'content-type': 'application/x-www-form-urlencoded',
							'content-length': Buffer.byteLength(body)
						}
					},
					(res) => {
						let body = '';
						res.on('data', (d) => (body += d));
						res.on('end', () =>
							resolve({
								status: res.statusCode ?? 0,
								body,
								cookie: String(res.headers['set-cookie'] ?? '')
							})
						);
					}
				);
				req.on('error', reject);
				req.end(body);
			});
		try {
			await waitForHealth(server);
			// Before the default, adapter-node took the origin to be https://… and SvelteKit's
			// CSRF check refused every form post from the page with 403.
			const mine = await signUp(`http://localhost:${port}`);
			expect(mine.status).toBe(200);
			expect(JSON.parse(mine.body)).toEqual({
				type: 'redirect',
				status: 303,
				location: '/designs'
			});
			expect(mine.cookie).toMatch(/^session=/);
			expect((await signUp('http://evil.example')).status).toBe(403);
		} finally {
			server.child.kill('SIGKILL');
			await server.exited;
		}
	}, 240_000);

	it('serves on PGlite in a new data dir, finishes an in-flight request on SIGTERM and exits 0', async () => {
		const dataDir = path.join(scratch, 'missing', 'parent', 'data');
		const server = start({ DATA_DIR: dataDir }, await freePort());
		try {
			const health = await waitForHealth(server);
			const body = await health.json();
			// 'degraded' (the event loop slow to be scheduled) happens on a loaded machine: still 200.
			expect(['ok', 'degraded']).toContain(body.status);
			expect(body.checks.database.status).toBe('ok');

			const echoed = await fetch(`http://127.0.0.1:${server.port}/api/health`, {
				headers: { 'x-request-id': 'lifecycle-test-1' }
			});
			expect(echoed.headers.get('x-request-id')).toBe('lifecycle-test-1');

			// A request whose headers are only half sent: in flight when SIGTERM arrives.
			const socket = connect(server.port, '127.0.0.1');
			await new Promise((resolve) => socket.once('connect', resolve));
			let reply = '';
			socket.on('data', (d) => (reply += d));
			const replied = new Promise((resolve) => socket.once('end', resolve));
			socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');

			const stopped = stop(server);
			// New connections are refused while the in-flight one is still served.
			expect(await refusesConnections(server.port)).toBe(true);
			socket.write('Connection: close\r\n\r\n');
			await replied;
			expect(reply.startsWith('HTTP/1.1 200')).toBe(true);
			expect(await stopped).toBe(0);
		} finally {
			server.child.kill('SIGKILL');
		}

		// The data dir was closed cleanly: it reopens with the migrations and tables in place.
		const reopened = await openDatabase({ dataDir });
		await reopened.migrate('./drizzle');
		const [row] = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(users);
		expect(row.n).toBe(0);
		await reopened.close();
	}, 240_000);

	it.runIf(databaseUrl && redisUrl)(
		'serves on PostgreSQL and Redis, and exits 0 on SIGINT despite a request that never ends',
		async () => {
			const database = await createScratchPostgres();
			const server = start({ DATABASE_URL: database.url, REDIS_URL: redisUrl! }, await freePort());
			try {
				const body = await (await waitForHealth(server)).json();
				expect(body.checks.database.status).toBe('ok');
				expect(body.checks.redis.status).toBe('ok');
				// Headers never completed: only the SHUTDOWN_TIMEOUT default of scripts/start.js ends it.
				const stuck = connect(server.port, '127.0.0.1');
				await new Promise((resolve) => stuck.once('connect', resolve));
				stuck.on('error', () => {});
				stuck.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
				expect(await stop(server, 'SIGINT')).toBe(0);
				stuck.destroy();
			} finally {
				server.child.kill('SIGKILL');
				await database.drop();
			}
		},
		120_000
	);
});
