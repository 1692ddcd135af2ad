import { randomBytes } from 'node:crypto';
import { getTableName, isTable, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { getConfig } from '../config';
import { openDatabase, schema, type Database } from './index';

/**
 * Databases for integration tests, migrated like the real one. PGlite always; PostgreSQL too
 * when DATABASE_URL is set, in a database of its own created for the run and dropped after, so
 * parallel runs never see each other's rows. Use one per test file:
 *
 *   describe.each(testDatabaseKinds())('%s', (kind) => {
 *     let t: TestDatabase;
 *     beforeAll(async () => (t = await createTestDatabase(kind)));
 *     afterAll(() => t.destroy());
 *     beforeEach(() => t.reset());
 *   });
 */

export type TestDatabaseKind = Database['kind'];

export interface TestDatabase {
	database: Database;
	/** Its URL when it is a PostgreSQL database (e.g. to open a second connection to it). */
	url?: string;
	/** Empties every table. */
	reset(): Promise<void>;
	/** Closes it (and drops the PostgreSQL database). */
	destroy(): Promise<void>;
}

const MIGRATIONS = './drizzle';
const ALL_TABLES = Object.values(schema)
	.filter(isTable)
	.map((table) => `"${getTableName(table)}"`)
	.join(', ');

export function testDatabaseKinds(): TestDatabaseKind[] {
	return getConfig().DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** Creates an empty, uniquely named database on the server at DATABASE_URL; returns its URL. */
export async function createScratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
	const serverUrl = getConfig().DATABASE_URL;
	if (!serverUrl) throw new Error('DATABASE_URL is not set');
	const name = `hp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	};
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
	const scratch = kind === 'postgres' ? await createScratchPostgres() : undefined;
	const database = await openDatabase(
		scratch ? { url: scratch.url } : { dataDir: 'memory://test' }
	);
	await database.migrate(MIGRATIONS);
	return {
		database,
		url: scratch?.url,
		async reset() {
			await database.db.execute(sql.raw(`truncate table ${ALL_TABLES} cascade`));
		},
		async destroy() {
			await database.close();
			await scratch?.drop();
		}
	};
}
