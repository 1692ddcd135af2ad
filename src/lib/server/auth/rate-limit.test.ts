import { afterAll, describe, expect, it } from 'vitest';
import { createCache, type Cache } from '../cache';
import { hit, isLimited, reset, type RateLimitRule } from './rate-limit';

const redisUrl = process.env.REDIS_URL;
const kinds: [string, () => Cache][] = [['memory', () => createCache({})]];
if (redisUrl) {
	const prefix = `hp-test-${process.pid}-${Date.now()}:`;
	kinds.push(['redis', () => createCache({ url: redisUrl, prefix })]);
}

describe.each(kinds)('rate limits on %s', (_kind, make) => {
	const caches: Cache[] = [];
	const open = () => {
		const c = make();
		caches.push(c);
		return c;
	};
	afterAll(async () => {
		for (const c of caches) await c.close();
	});
	const rule: RateLimitRule = { name: `test-${Math.random()}`, limit: 3, windowSeconds: 60 };

	it('allows up to the limit, then refuses with a Retry-After inside the window', async () => {
		const cache = open();
		const results = [];
		for (let i = 0; i < 4; i++) results.push(await hit(cache, rule, 'k1'));
		expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
		expect(results[3].retryAfter).toBeGreaterThan(0);
		expect(results[3].retryAfter).toBeLessThanOrEqual(60);
		expect((await isLimited(cache, rule, 'k1')).ok).toBe(false);
		expect((await isLimited(cache, rule, 'other')).ok).toBe(true);
		await reset(cache, rule, 'k1');
		expect((await hit(cache, rule, 'k1')).ok).toBe(true);
	});

	it('counts across two connections to the same store', async () => {
		// Two caches over one Redis stand for two app instances; in memory, one process shares one.
		const a = open();
		const b = _kind === 'redis' ? open() : a;
		for (let i = 0; i < 3; i++) await hit(a, rule, 'shared');
		expect((await hit(b, rule, 'shared')).ok).toBe(false);
	});
});
