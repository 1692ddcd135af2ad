/** A message handler for `Cache.subscribe`. */
export type MessageHandler = (message: string) => void;

/**
 * Key-value cache with expiry, atomic counters and publish/subscribe: Redis when REDIS_URL is
 * set, in-process otherwise. Keys and channels are plain strings; store JSON as a string.
 */
export interface Cache {
	readonly kind: 'memory' | 'redis';
	get(key: string): Promise<string | null>;
	/** Stores `value`, expiring after `ttlSeconds` when given (replacing any earlier expiry). */
	set(key: string, value: string, ttlSeconds?: number): Promise<void>;
	del(key: string): Promise<void>;
	/** Adds one and returns the new count, atomically. The first increment (the one that creates
	 * the key) sets its expiry to `ttlSeconds`; later ones leave it: a fixed-window counter. */
	incr(key: string, ttlSeconds: number): Promise<number>;
	/** Seconds until `key` expires (rounded up); as in Redis, -1 if it never expires and -2 if
	 * there is no such key. */
	ttl(key: string): Promise<number>;
	publish(channel: string, message: string): Promise<void>;
	/** Calls `handler` for each message on `channel` (from any instance) until the returned
	 * function is called. Resolves once the subscription is active. */
	subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>>;
	/** Resolves when the cache answers; rejects otherwise (also after `close`). */
	ping(timeoutMs?: number): Promise<void>;
	close(): Promise<void>;
}
