import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCache, initCache } from '$lib/server/cache';
import { parseConfig } from '$lib/server/config';
import { closeDatabase, getDatabase, initDatabase } from '$lib/server/db';
import { stopEventLoopMonitor } from '$lib/server/health';
import { GET } from './+server';

// The endpoint wired to the process's services, as the init hook opens them.
describe('GET /api/health', () => {
	beforeAll(async () => {
		const config = parseConfig({ DATA_DIR: 'memory://health-route' });
		await initDatabase(config);
		await initCache(config);
	}, 120_000);
	afterAll(async () => {
		stopEventLoopMonitor();
		await closeCache();
		await closeDatabase();
	});

	const get = () => GET({} as Parameters<typeof GET>[0]);

	it('answers 200 with the report, uncached', async () => {
		const response = await get();
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('content-type')).toBe('application/json');
		const body = await response.json();
		expect(body.status).toBe('ok');
		expect(Object.keys(body.checks).sort()).toEqual(['database', 'eventLoop', 'memory']);
	});

	it('answers 503 once the database has gone away', async () => {
		await getDatabase().close();
		const response = await get();
		expect(response.status).toBe(503);
		const body = await response.json();
		expect(body.status).toBe('fail');
		expect(body.checks.database.status).toBe('fail');
	});
});
