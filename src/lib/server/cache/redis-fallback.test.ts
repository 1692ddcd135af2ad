import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCache } from './redis';
import type { Cache } from './types';

/**
 * The Redis cache when Redis goes away and comes back, on a redis-server of this test's own (the
 * machine's shared one is never stopped): commands fall back to in-process, ping fails, and once
 * Redis answers again commands go back to it.
 */

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function until(check: () => Promise<boolean>, attempts = 100) {
	for (let i = 0; i < attempts; i++) {
		if (await check().catch(() => false)) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}

describe.runIf(hasRedisServer)('redis cache through an outage', () => {
	let port: number;
	let server: ChildProcess | undefined;
	let cache: Cache;

	const startRedis = () => {
		server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
			stdio: 'ignore'
		});
	};
	const killRedis = async () => {
		const running = server;
		if (!running || running.exitCode !== null || running.signalCode !== null) return;
		const exited = new Promise((resolve) => running.once('exit', resolve));
		running.kill('SIGKILL');
		await exited;
	};

	beforeAll(async () => {
		port = await freePort();
		startRedis();
		cache = createRedisCache(`redis://127.0.0.1:${port}`, { prefix: 'fallback-test:' });
		expect(await until(() => cache.ping().then(() => true))).toBe(true);
	});

	afterAll(async () => {
		await cache?.close();
		await killRedis();
	});

	it('falls back to in-process while Redis is down and returns to Redis when it is back', async () => {
		expect(await cache.incr('hits', 60)).toBe(1);
		expect(await cache.incr('hits', 60)).toBe(2);

		await killRedis();
		// Redis's count is out of reach: the in-process counter starts its own window.
		expect(await cache.incr('hits', 60)).toBe(1);
		expect(await cache.incr('hits', 60)).toBe(2);
		await cache.set('note', 'kept locally', 60);
		expect(await cache.get('note')).toBe('kept locally');
		await expect(cache.ping()).rejects.toThrow();

		startRedis();
		expect(await until(() => cache.ping().then(() => true))).toBe(true);
		// A fresh (non-persistent) Redis: commands reach it again, so the counter restarts at 1.
		expect(await cache.incr('hits', 60)).toBe(1);
		expect(await cache.get('note')).toBeNull();
	});
});
