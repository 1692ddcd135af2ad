import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, getConfig, parseConfig } from '../config';
import { createMemoryCache } from './memory';
import { createRedisCache } from './redis';
import { initCache, closeCache, type Cache } from './index';

const redisUrl = getConfig().REDIS_URL;
// A prefix of its own per run, so parallel runs on one Redis never share keys.
const runPrefix = `hp-test:${process.pid}:${randomBytes(4).toString('hex')}:`;

const implementations: [string, () => Cache][] = [['memory', () => createMemoryCache()]];
if (redisUrl) {
	implementations.push(['redis', () => createRedisCache(redisUrl, { prefix: runPrefix })]);
}

async function until(check: () => Promise<boolean>, attempts = 60) {
	for (let i = 0; i < attempts; i++) {
		if (await check()) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}

describe.each(implementations)('%s cache', (_name, create) => {
	let cache: Cache;
	const used: string[] = [];
	const key = (name: string) => {
		used.push(`${name}:${used.length}`);
		return used[used.length - 1];
	};
	beforeAll(async () => {
		cache = create();
		await cache.ping();
	});
	afterAll(async () => {
		for (const k of used) await cache.del(k);
		await cache.close();
	});

	it('gets what was set, null for a missing key, and nothing after del', async () => {
		const k = key('plain');
		expect(await cache.get(k)).toBeNull();
		await cache.set(k, '{"a":1,"é":"ü"}');
		expect(await cache.get(k)).toBe('{"a":1,"é":"ü"}');
		await cache.set(k, 'replaced');
		expect(await cache.get(k)).toBe('replaced');
		await cache.del(k);
		expect(await cache.get(k)).toBeNull();
	});

	it('reports ttl: seconds left, -1 without expiry, -2 when absent', async () => {
		const k = key('ttl');
		expect(await cache.ttl(k)).toBe(-2);
		await cache.set(k, 'v');
		expect(await cache.ttl(k)).toBe(-1);
		await cache.set(k, 'v', 100);
		const left = await cache.ttl(k);
		expect(left).toBeGreaterThan(90);
		expect(left).toBeLessThanOrEqual(100);
	});

	it('forgets a key once its ttl has passed', async () => {
		const k = key('expiring');
		await cache.set(k, 'v', 0.3);
		expect(await until(async () => (await cache.get(k)) === null)).toBe(true);
		expect(await cache.ttl(k)).toBe(-2);
	});

	it('incr counts from 1 and sets the expiry only on the first increment', async () => {
		const k = key('counter');
		expect(await cache.incr(k, 100)).toBe(1);
		expect(await cache.incr(k, 5)).toBe(2);
		// The second call's 5 s did not replace the window set by the first.
		expect(await cache.ttl(k)).toBeGreaterThan(5);
		expect(await cache.get(k)).toBe('2');
	});

	it('incr starts a new window after the old one expired', async () => {
		const k = key('window');
		expect(await cache.incr(k, 0.3)).toBe(1);
		expect(await cache.incr(k, 0.3)).toBe(2);
		expect(await until(async () => (await cache.get(k)) === null)).toBe(true);
		expect(await cache.incr(k, 100)).toBe(1);
		expect(await cache.ttl(k)).toBeGreaterThan(90);
	});

	it('incr is atomic under concurrent calls', async () => {
		const k = key('concurrent');
		const counts = await Promise.all(Array.from({ length: 50 }, () => cache.incr(k, 100)));
		expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
	});

	it('delivers published messages to every subscriber until it unsubscribes', async () => {
		const channel = key('channel');
		const first: string[] = [];
		const second: string[] = [];
		const offFirst = await cache.subscribe(channel, (m) => first.push(m));
		const offSecond = await cache.subscribe(channel, (m) => second.push(m));
		await cache.publish(channel, 'hello');
		expect(await until(async () => first.length > 0 && second.length > 0)).toBe(true);
		expect(first).toEqual(['hello']);
		expect(second).toEqual(['hello']);

		await offFirst();
		await cache.publish(channel, 'again');
		expect(await until(async () => second.length > 1)).toBe(true);
		expect(second).toEqual(['hello', 'again']);
		expect(first).toEqual(['hello']);
		await offSecond();
	});

	it('does not deliver messages of other channels', async () => {
		const a = key('a');
		const b = key('b');
		const seen: string[] = [];
		const off = await cache.subscribe(a, (m) => seen.push(`a:${m}`));
		const offB = await cache.subscribe(b, (m) => seen.push(`b:${m}`));
		await cache.publish(b, 'only-b');
		expect(await until(async () => seen.length > 0)).toBe(true);
		expect(seen).toEqual(['b:only-b']);
		await off();
		await offB();
	});

	it('ping rejects after close', async () => {
		const other = create();
		await other.ping();
		await other.close();
		await expect(other.ping()).rejects.toThrow();
	});
});

describe.runIf(redisUrl)('redis cache across connections', () => {
	it('sees keys and messages from another connection with the same prefix', async () => {
		const a = createRedisCache(redisUrl!, { prefix: runPrefix });
		const b = createRedisCache(redisUrl!, { prefix: runPrefix });
		try {
			await a.set('shared', 'from-a', 100);
			expect(await b.get('shared')).toBe('from-a');
			expect(await b.incr('shared-count', 100)).toBe(1);
			expect(await a.incr('shared-count', 100)).toBe(2);
			const seen: string[] = [];
			const off = await b.subscribe('shared-channel', (m) => seen.push(m));
			await a.publish('shared-channel', 'cross');
			expect(await until(async () => seen.length > 0)).toBe(true);
			expect(seen).toEqual(['cross']);
			await off();
			await a.del('shared');
			await a.del('shared-count');
		} finally {
			await a.close();
			await b.close();
		}
	});
});

describe('opening the cache', () => {
	let closedPort: number;
	let server: Server;
	beforeAll(async () => {
		// Bind then close a port: nothing listens on it afterwards.
		server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		closedPort = (server.address() as { port: number }).port;
		await new Promise((resolve) => server.close(resolve));
	});

	it('uses the in-process cache when REDIS_URL is unset', async () => {
		const cache = await initCache(parseConfig({}));
		expect(cache.kind).toBe('memory');
		await closeCache();
	});

	it('stops with an error naming REDIS_URL when Redis does not answer', async () => {
		const config = parseConfig({ REDIS_URL: `redis://127.0.0.1:${closedPort}` });
		const error = await initCache(config).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as ConfigError).variable).toBe('REDIS_URL');
		expect((error as ConfigError).message).toMatch(/ECONNREFUSED/);
	});
});
