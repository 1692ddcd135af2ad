/**
 * Two instances starting together on an empty database: both become healthy and the migrations
 * are applied once (the app holds a PostgreSQL advisory lock while it migrates).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type AppInstance } from './lib/app';
import { productionBuildDir, repoRoot } from './lib/build';
import {
	createScratchDatabase,
	queryOnce,
	scratchRedis,
	type ScratchDatabase
} from './lib/services';

let database: ScratchDatabase;
let instances: AppInstance[] = [];

beforeAll(async () => {
	database = await createScratchDatabase('migrate');
});

afterAll(async () => {
	await Promise.all(instances.map((i) => i.stop()));
	await database?.drop();
});

it('applies the migrations once when two instances start together', async () => {
	const options = {
		buildDir: productionBuildDir(),
		databaseUrl: database.url,
		redisUrl: await scratchRedis(11)
	};
	const starting = [startApp(options), startApp(options)];
	const settled = await Promise.allSettled(starting);
	instances = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
	expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual([
		'ok',
		'ok'
	]);

	const files = readdirSync(join(repoRoot, 'drizzle')).filter((f) => f.endsWith('.sql'));
	const rows = await queryOnce<{ hash: string }[]>(
		database.url,
		'select hash from drizzle.__drizzle_migrations'
	);
	expect(rows).toHaveLength(files.length);
	expect(new Set(rows.map((r) => r.hash)).size).toBe(files.length);

	// Each instance answers from the migrated schema.
	for (const instance of instances) {
		const response = await fetch(`${instance.url}/api/health`);
		expect(response.status).toBe(200);
	}
	const tables = await queryOnce<{ n: number }[]>(
		database.url,
		"select count(*)::int as n from information_schema.tables where table_schema = 'public'"
	);
	expect(tables[0].n).toBeGreaterThan(0);
});
