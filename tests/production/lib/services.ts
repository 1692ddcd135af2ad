/**
 * Scratch PostgreSQL databases and a Redis database number of our own, on the machine's shared
 * servers (STACK.md): each test file creates its database and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import postgres from 'postgres';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_BASE = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface ScratchDatabase {
	url: string;
	name: string;
	drop(): Promise<void>;
}

function urlFor(name: string): string {
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return url.href;
}

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
	const name = `hp_${label}_${randomBytes(4).toString('hex')}`;
	const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	return {
		name,
		url: urlFor(name),
		async drop() {
			const dropper = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
			try {
				await dropper.unsafe(`drop database if exists "${name}" with (force)`);
			} finally {
				await dropper.end();
			}
		}
	};
}

/** Runs one query on `url` and closes the connection. */
export async function queryOnce<T extends readonly object[]>(url: string, sql: string) {
	const client = postgres(url, { max: 1, onnotice: () => {} });
	try {
		return (await client.unsafe(sql)) as unknown as T;
	} finally {
		await client.end();
	}
}

/**
 * A Redis URL on database `db`, emptied first so that rate-limit counters of an earlier run do
 * not leak in. The production tests and the benchmark own databases 11–13.
 */
export async function scratchRedis(db: number): Promise<string> {
	const url = new URL(REDIS_BASE);
	url.pathname = `/${db}`;
	const client = new Redis(url.href, { lazyConnect: true });
	try {
		await client.connect();
		await client.flushdb();
	} finally {
		client.disconnect();
	}
	return url.href;
}
