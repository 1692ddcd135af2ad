import type { Cache } from '../cache';
import { rateLimitHits } from '../metrics/registry';

export interface RateLimitRule {
	/** Counter name, e.g. `signin:ip`. */
	name: string;
	limit: number;
	windowSeconds: number;
}

export interface RateLimitResult {
	ok: boolean;
	count: number;
	/** Seconds until the window ends (for the Retry-After header) when not ok. */
	retryAfter: number;
}

/**
 * Fixed-window counter in the cache: with Redis every instance shares the count, so a client
 * cannot dodge the limit by landing on another instance.
 */
export async function hit(
	cache: Cache,
	rule: RateLimitRule,
	key: string
): Promise<RateLimitResult> {
	const counter = `rl:${rule.name}:${key}`;
	const count = await cache.incr(counter, rule.windowSeconds);
	if (count <= rule.limit) return { ok: true, count, retryAfter: 0 };
	rateLimitHits.inc({ rule: rule.name });
	const ttl = await cache.ttl(counter);
	return { ok: false, count, retryAfter: Math.max(1, ttl > 0 ? ttl : rule.windowSeconds) };
}

/** Reads without counting: is this key already over the limit? */
export async function isLimited(cache: Cache, rule: RateLimitRule, key: string) {
	const counter = `rl:${rule.name}:${key}`;
	const value = Number((await cache.get(counter)) ?? 0);
	if (value < rule.limit) return { ok: true, count: value, retryAfter: 0 };
	rateLimitHits.inc({ rule: rule.name });
	const ttl = await cache.ttl(counter);
	return { ok: false, count: value, retryAfter: Math.max(1, ttl > 0 ? ttl : rule.windowSeconds) };
}

export async function reset(cache: Cache, rule: RateLimitRule, key: string): Promise<void> {
	await cache.del(`rl:${rule.name}:${key}`);
}

export const RULES = {
	/** Wrong passwords in a row for one account. */
	signinAccount: { name: 'signin:account', limit: 10, windowSeconds: 15 * 60 },
	signinIp: { name: 'signin:ip', limit: 100, windowSeconds: 15 * 60 },
	/** The sign-up page takes the limit from SIGNUP_LIMIT_PER_HOUR (default 10). */
	signupIp: { name: 'signup:ip', limit: 10, windowSeconds: 60 * 60 },
	writesAccount: { name: 'writes:account', limit: 600, windowSeconds: 60 },
	writesIp: { name: 'writes:ip', limit: 1200, windowSeconds: 60 }
} satisfies Record<string, RateLimitRule>;
