import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { ConfigError, type Config } from '../config';
import { errorMessage, withTimeout } from '../timeout';
import * as schema from './schema';

export { schema };

/** The drizzle database, the same type whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Resolves when a trivial query answers, rejects otherwise (also after `close`). */
	ping(timeoutMs?: number): Promise<void>;
	/** Applies the SQL migrations in `folder`, holding an advisory lock so that instances starting
	 * together migrate one after the other. */
	migrate(folder: string): Promise<void>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** A postgres:// URL; when absent the embedded PGlite is used. */
	url?: string;
	/** PGlite's data directory (created with its parents if missing), or `memory://`. */
	dataDir?: string;
}

// Any fixed 64-bit number, the same in every instance of this app.
const MIGRATION_LOCK_KEY = 4_611_922_437;
const PING_TIMEOUT_MS = 2000;

async function openPglite(dataDir: string): Promise<Database> {
	const inMemory = dataDir.startsWith('memory://');
	let client: PGlite;
	try {
		if (!inMemory) await mkdir(path.resolve(dataDir), { recursive: true });
		client = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir));
	} catch (error) {
		throw new ConfigError('DATA_DIR', `cannot open the embedded database: ${errorMessage(error)}`);
	}
	const db = drizzlePglite({ client, schema });
	return {
		db,
		kind: 'pglite',
		async ping(timeoutMs = PING_TIMEOUT_MS) {
			await withTimeout(client.query('select 1'), timeoutMs, 'database ping timed out');
		},
		async migrate(folder) {
			await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
			try {
				await migratePglite(db, { migrationsFolder: folder });
			} finally {
				await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
			}
		},
		async close() {
			if (!client.closed) await client.close();
		}
	};
}

async function openPostgres(url: string): Promise<Database> {
	const client = postgres(url, {
		max: 10,
		connect_timeout: 5,
		// Notices such as "schema already exists, skipping" are not worth a console line.
		onnotice: () => {}
	});
	const db = drizzlePostgres({ client, schema });
	let closed = false;
	const database: Database = {
		db,
		kind: 'postgres',
		async ping(timeoutMs = PING_TIMEOUT_MS) {
			if (closed) throw new Error('database is closed');
			await withTimeout(client`select 1`.execute(), timeoutMs, 'database ping timed out');
		},
		async migrate(folder) {
			// The lock lives on one reserved connection; the migrator may use any other.
			const lockConnection = await client.reserve();
			try {
				await lockConnection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
				try {
					await migratePostgres(db, { migrationsFolder: folder });
				} finally {
					await lockConnection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
				}
			} finally {
				lockConnection.release();
			}
		},
		async close() {
			if (closed) return;
			closed = true;
			await client.end({ timeout: 2 });
		}
	};
	try {
		await database.ping(10_000);
	} catch (error) {
		await database.close();
		throw new ConfigError('DATABASE_URL', `cannot connect to the database: ${errorMessage(error)}`);
	}
	return database;
}

/** Opens a database: PostgreSQL at `url` when given, else PGlite at `dataDir`. */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
	return options.url ? openPostgres(options.url) : openPglite(options.dataDir ?? './data');
}

let opening: Promise<Database> | undefined;
let current: Database | undefined;

/** Opens the process's database from the configuration and migrates it, once. */
export function initDatabase(config: Config): Promise<Database> {
	opening ??= (async () => {
		const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
		try {
			await database.migrate(config.MIGRATIONS_DIR);
		} catch (error) {
			await database.close();
			throw new ConfigError(
				'MIGRATIONS_DIR',
				`cannot apply the migrations in ${config.MIGRATIONS_DIR}: ${errorMessage(error)}`
			);
		}
		current = database;
		return database;
	})();
	opening.catch(() => (opening = undefined));
	return opening;
}

/** The process's database, opened by the `init` hook (`src/hooks.server.ts`). */
export function getDatabase(): Database {
	if (!current) throw new Error('The database is not open yet: the init hook opens it.');
	return current;
}

/** Closes the process's database (on shutdown). */
export async function closeDatabase(): Promise<void> {
	const database = current;
	current = undefined;
	opening = undefined;
	await database?.close();
}
