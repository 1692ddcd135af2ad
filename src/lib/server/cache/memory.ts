import { logger } from '../log';
import type { Cache, MessageHandler } from './types';

interface Entry {
	value: string;
	/** `performance.now()` time after which the entry is gone; null = never. */
	expiresAt: number | null;
}

const SWEEP_INTERVAL_MS = 60_000;

/** The in-process cache: one process only, nothing shared between instances. */
export function createMemoryCache(): Cache {
	const entries = new Map<string, Entry>();
	const channels = new Map<string, Set<MessageHandler>>();
	let closed = false;

	const now = () => performance.now();
	const live = (key: string): Entry | undefined => {
		const entry = entries.get(key);
		if (entry && entry.expiresAt !== null && entry.expiresAt <= now()) {
			entries.delete(key);
			return undefined;
		}
		return entry;
	};
	const expiry = (ttlSeconds?: number) =>
		ttlSeconds === undefined ? null : now() + ttlSeconds * 1000;
	const open = () => {
		if (closed) throw new Error('cache is closed');
	};

	// Expired keys are dropped when read; the sweep frees those never read again (rate-limit keys).
	const sweep = setInterval(() => {
		for (const key of entries.keys()) live(key);
	}, SWEEP_INTERVAL_MS);
	sweep.unref();

	return {
		kind: 'memory',
		async get(key) {
			open();
			return live(key)?.value ?? null;
		},
		async set(key, value, ttlSeconds) {
			open();
			entries.set(key, { value, expiresAt: expiry(ttlSeconds) });
		},
		async del(key) {
			open();
			entries.delete(key);
		},
		async incr(key, ttlSeconds) {
			open();
			const entry = live(key);
			const count = (entry ? Number(entry.value) : 0) + 1;
			if (!Number.isSafeInteger(count)) throw new Error(`value at ${key} is not an integer`);
			entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? expiry(ttlSeconds) });
			return count;
		},
		async ttl(key) {
			open();
			const entry = live(key);
			if (!entry) return -2;
			if (entry.expiresAt === null) return -1;
			return Math.ceil((entry.expiresAt - now()) / 1000);
		},
		async publish(channel, message) {
			open();
			for (const handler of channels.get(channel) ?? []) {
				// Delivered later, like a message over the network, and isolated from the publisher.
				setImmediate(() => {
					try {
						handler(message);
					} catch (error) {
						logger.error({ err: error, channel }, 'cache subscriber failed');
					}
				});
			}
		},
		async subscribe(channel, handler) {
			open();
			const handlers = channels.get(channel) ?? new Set();
			handlers.add(handler);
			channels.set(channel, handlers);
			return async () => {
				handlers.delete(handler);
				if (handlers.size === 0 && channels.get(channel) === handlers) channels.delete(channel);
			};
		},
		async ping() {
			open();
		},
		async close() {
			closed = true;
			clearInterval(sweep);
			entries.clear();
			channels.clear();
		}
	};
}
