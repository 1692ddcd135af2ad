import { ConfigError, type Config } from '../config';
import { errorMessage } from '../timeout';
import { createMemoryCache } from './memory';
import { createRedisCache } from './redis';
import type { Cache } from './types';

export type { Cache, MessageHandler } from './types';
export { createMemoryCache } from './memory';
export { createRedisCache } from './redis';

/** Keys and channels of this app on a shared Redis server start with this. */
export const KEY_PREFIX = 'hp:';

/** Redis at `url` when given, else the in-process cache. */
export function createCache(options: { url?: string; prefix?: string }): Cache {
	return options.url
		? createRedisCache(options.url, { prefix: options.prefix ?? KEY_PREFIX })
		: createMemoryCache();
}

let opening: Promise<Cache> | undefined;
let current: Cache | undefined;

/** Opens the process's cache from the configuration, once; Redis must answer at start. */
export function initCache(config: Config): Promise<Cache> {
	opening ??= (async () => {
		const cache = createCache({ url: config.REDIS_URL });
		try {
			await cache.ping(5000);
		} catch (error) {
			await cache.close();
			throw new ConfigError('REDIS_URL', `cannot connect to Redis: ${errorMessage(error)}`);
		}
		current = cache;
		return cache;
	})();
	opening.catch(() => (opening = undefined));
	return opening;
}

/** The process's cache, opened by the `init` hook (`src/hooks.server.ts`). */
export function getCache(): Cache {
	if (!current) throw new Error('The cache is not open yet: the init hook opens it.');
	return current;
}

/** Closes the process's cache (on shutdown). */
export async function closeCache(): Promise<void> {
	const cache = current;
	current = undefined;
	opening = undefined;
	await cache?.close();
}
