import { sql } from 'drizzle-orm';
import type { Database } from '../db';
import { withTimeout } from '../timeout';
import { databaseConnections, databasePoolMax } from './registry';

/** postgres-js pool size set in src/lib/server/db/index.ts. */
const POSTGRES_POOL_MAX = 10;
const QUERY_TIMEOUT_MS = 1000;

/**
 * Refreshes the database gauges before a scrape. postgres-js keeps its pool's counts private,
 * so the connection states come from pg_stat_activity (every client of this database). PGlite is
 * one in-process connection: only the pool size (1) is reported. A failing database leaves the
 * state gauges empty rather than failing the scrape.
 */
export async function updateDatabaseGauges(database: Database): Promise<void> {
	databasePoolMax.set(database.kind === 'postgres' ? POSTGRES_POOL_MAX : 1);
	databaseConnections.reset();
	if (database.kind !== 'postgres') return;
	try {
		const result = await withTimeout(
			database.db.execute(
				sql`select coalesce(state, 'unknown') as state, count(*)::int as count
				from pg_stat_activity where datname = current_database() group by 1`
			),
			QUERY_TIMEOUT_MS,
			'pg_stat_activity timed out'
		);
		const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
			state: string;
			count: number;
		}[];
		for (const row of rows) databaseConnections.set({ state: row.state }, Number(row.count));
	} catch {
		// Health reports the database; metrics stay readable during an outage.
	}
}
