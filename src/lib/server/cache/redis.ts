import { Redis } from 'ioredis';
import { logger } from '../log';
import { errorMessage, withTimeout } from '../timeout';
import { createMemoryCache } from './memory';
import type { Cache, MessageHandler } from './types';

// Atomic: the increment and, when the key has no expiry yet (it was just created), the expiry.
const INCR_WITH_EXPIRY = `
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

const PING_TIMEOUT_MS = 2000;
const CLOSE_TIMEOUT_MS = 2000;

export interface RedisCacheOptions {
	/** Prepended to every key and channel, so several apps (or test runs) can share a server. */
	prefix?: string;
}

function milliseconds(ttlSeconds: number): number {
	if (!(ttlSeconds > 0)) throw new Error(`ttl must be a positive number of seconds: ${ttlSeconds}`);
	return Math.max(1, Math.round(ttlSeconds * 1000));
}

/**
 * A cache on the Redis server at `url`. Connects on first use; `ping` to connect eagerly.
 *
 * Once connected, losing Redis does not fail requests: while ioredis reconnects (every ≤2 s,
 * for ever) the data commands and `publish` fall back to an in-process cache, so rate limits
 * keep counting per instance and messages reach this instance's subscribers; `ping` (health)
 * fails at once. When Redis answers again commands go back to it.
 */
export function createRedisCache(url: string, options: RedisCacheOptions = {}): Cache {
	const prefix = options.prefix ?? '';
	let lastError: string | undefined;
	let everReady = false;
	const local = createMemoryCache();
	const connect = (role: string) => {
		const connection = new Redis(url, {
			lazyConnect: true,
			// Fail a command after one reconnection attempt rather than queue it for long: callers
			// (rate limits, health) prefer a quick error to a hung request.
			maxRetriesPerRequest: 1,
			connectTimeout: 5000
		});
		connection.on('error', (error: unknown) => {
			const message = errorMessage(error);
			// ioredis reports every failed reconnection: log each distinct problem once.
			if (message !== lastError) logger.warn({ role, err: message }, 'redis connection error');
			lastError = message;
		});
		connection.on('ready', () => {
			if (lastError !== undefined && everReady) logger.info({ role }, 'redis connection back');
			lastError = undefined;
		});
		return connection;
	};

	const client = connect('commands');
	client.on('ready', () => (everReady = true));
	/** Lost after having been up (not before the first connection, nor after `close`). */
	const lost = () => everReady && client.status !== 'ready' && client.status !== 'end';
	async function withFallback<T>(onRedis: () => Promise<T>, onLocal: () => Promise<T>) {
		if (lost()) return onLocal();
		try {
			return await onRedis();
		} catch (error) {
			// The connection dropped under the command: answer from the in-process cache.
			if (lost()) return onLocal();
			throw error;
		}
	}
	let subscriber: Redis | undefined;
	const handlers = new Map<string, Set<MessageHandler>>();

	const onMessage = (channel: string, message: string) => {
		for (const handler of handlers.get(channel) ?? []) {
			try {
				handler(message);
			} catch (error) {
				logger.error({ err: error, channel }, 'cache subscriber failed');
			}
		}
	};

	const quit = async (connection: Redis) => {
		if (connection.status === 'end') return;
		if (connection.status !== 'ready') return connection.disconnect();
		await withTimeout(connection.quit(), CLOSE_TIMEOUT_MS, 'redis quit timed out').catch(() =>
			connection.disconnect()
		);
	};

	return {
		kind: 'redis',
		async get(key) {
			return withFallback(
				() => client.get(prefix + key),
				() => local.get(key)
			);
		},
		async set(key, value, ttlSeconds) {
			await withFallback(
				async () => {
					if (ttlSeconds === undefined) await client.set(prefix + key, value);
					else await client.set(prefix + key, value, 'PX', milliseconds(ttlSeconds));
				},
				() => local.set(key, value, ttlSeconds)
			);
		},
		async del(key) {
			await withFallback(
				async () => void (await client.del(prefix + key)),
				() => local.del(key)
			);
		},
		async incr(key, ttlSeconds) {
			return withFallback(
				async () =>
					Number(await client.eval(INCR_WITH_EXPIRY, 1, prefix + key, milliseconds(ttlSeconds))),
				() => local.incr(key, ttlSeconds)
			);
		},
		async ttl(key) {
			return withFallback(
				async () => {
					const ms = await client.pttl(prefix + key);
					return ms < 0 ? ms : Math.ceil(ms / 1000);
				},
				() => local.ttl(key)
			);
		},
		async publish(channel, message) {
			await withFallback(
				async () => void (await client.publish(prefix + channel, message)),
				() => local.publish(channel, message)
			);
		},
		async subscribe(channel, handler) {
			const name = prefix + channel;
			if (!subscriber) {
				// A connection in subscriber mode cannot run other commands: use a second one.
				subscriber = connect('subscriber');
				subscriber.on('message', (full: string, message: string) =>
					onMessage(full.slice(prefix.length), message)
				);
			}
			const sub = subscriber;
			// Also in-process, for what this instance publishes while Redis is away.
			const offLocal = await local.subscribe(channel, handler);
			const set = handlers.get(channel) ?? new Set();
			const first = set.size === 0;
			set.add(handler);
			handlers.set(channel, set);
			const unsubscribe = async () => {
				await offLocal();
				set.delete(handler);
				if (set.size === 0 && handlers.get(channel) === set) {
					handlers.delete(channel);
					if (sub.status === 'ready') await sub.unsubscribe(name);
				}
			};
			if (first) {
				try {
					await sub.subscribe(name);
				} catch (error) {
					await unsubscribe();
					throw error;
				}
			}
			return unsubscribe;
		},
		async ping(timeoutMs = PING_TIMEOUT_MS) {
			if (client.status === 'end') throw new Error('redis connection is closed');
			if (lost()) throw new Error(lastError ?? `redis connection is ${client.status}`);
			try {
				await withTimeout(client.ping(), timeoutMs, 'redis ping timed out');
			} catch (error) {
				throw new Error(lastError ?? errorMessage(error), { cause: error });
			}
		},
		async close() {
			handlers.clear();
			await local.close();
			await Promise.all([quit(client), subscriber ? quit(subscriber) : undefined]);
		}
	};
}
