import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRedisCache, type Cache } from './cache';
import { getConfig } from './config';
import { openDatabase, type Database } from './db';
import {
	checkHealth,
	healthResponse,
	startEventLoopMonitor,
	type EventLoopMonitor,
	type HealthThresholds
} from './health';

const relaxed: HealthThresholds = {
	eventLoopWarnMs: 10_000,
	eventLoopFailMs: 20_000,
	heapWarnPercent: 99,
	heapFailPercent: 100
};

async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function busyFor(ms: number) {
	const end = performance.now() + ms;
	while (performance.now() < end) {
		// Block the event loop on purpose.
	}
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('health', () => {
	let database: Database;
	let monitor: EventLoopMonitor;
	const redisUrl = getConfig().REDIS_URL;

	beforeAll(async () => {
		database = await openDatabase({ dataDir: 'memory://health' });
		monitor = startEventLoopMonitor({ resolutionMs: 10 });
	}, 120_000);
	afterAll(async () => {
		monitor?.stop();
		await database?.close();
	});

	it('is ok with 200, no-store and every check when all is well', async () => {
		const report = await checkHealth({
			database,
			cache: createMemoryCache(),
			eventLoop: monitor,
			thresholds: relaxed
		});
		expect(report.status).toBe('ok');
		expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
		expect(report.uptime).toBeGreaterThan(0);
		expect(report.checks.database.status).toBe('ok');
		// The in-process cache has nothing that can fail apart from the process: not reported.
		expect(report.checks.redis).toBeUndefined();
		expect(report.checks.memory.heapUsedMB).toBeGreaterThan(0);
		expect(report.checks.memory.heapLimitMB).toBeGreaterThan(report.checks.memory.heapUsedMB);
		const response = healthResponse(report);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual(report);
	});

	it.runIf(redisUrl)('checks a working Redis', async () => {
		const cache = createRedisCache(redisUrl!);
		const report = await checkHealth({ database, cache, eventLoop: monitor, thresholds: relaxed });
		await cache.close();
		expect(report.checks.redis?.status).toBe('ok');
		expect(report.status).toBe('ok');
	});

	it('is degraded (200, not 503) when REDIS_URL points at a closed port', async () => {
		// The cache falls back to in-process when Redis is away: the app still works.
		const cache: Cache = createRedisCache(`redis://127.0.0.1:${await closedPort()}`);
		const report = await checkHealth({ database, cache, eventLoop: monitor, thresholds: relaxed });
		await cache.close();
		expect(report.checks.redis?.status).toBe('warn');
		expect(report.checks.database.status).toBe('ok');
		expect(report.status).toBe('degraded');
		expect(healthResponse(report).status).toBe(200);
	});

	it('fails with 503 when the event loop was blocked beyond the threshold', async () => {
		const own = startEventLoopMonitor({ resolutionMs: 10 });
		await tick(50);
		busyFor(400);
		await tick(50);
		const report = await checkHealth({
			database,
			eventLoop: own,
			thresholds: { ...relaxed, eventLoopWarnMs: 50, eventLoopFailMs: 100 }
		});
		own.stop();
		expect(report.checks.eventLoop.delayMs).toBeGreaterThan(100);
		expect(report.checks.eventLoop.status).toBe('fail');
		expect(healthResponse(report).status).toBe(503);
	});

	it('is degraded (still 200) when a check only warns', async () => {
		const report = await checkHealth({
			database,
			eventLoop: monitor,
			thresholds: { ...relaxed, heapWarnPercent: 0.001 }
		});
		expect(report.checks.memory.status).toBe('warn');
		expect(report.status).toBe('degraded');
		expect(healthResponse(report).status).toBe(200);
	});

	it('fails with 503 when the heap is over its threshold', async () => {
		const report = await checkHealth({
			database,
			eventLoop: monitor,
			thresholds: { ...relaxed, heapWarnPercent: 0.0005, heapFailPercent: 0.001 }
		});
		expect(report.checks.memory.status).toBe('fail');
		expect(healthResponse(report).status).toBe(503);
	});

	// Last: it closes the shared database.
	it('fails with 503 when the database has gone away', async () => {
		await database.close();
		const report = await checkHealth({ database, eventLoop: monitor, thresholds: relaxed });
		expect(report.checks.database.status).toBe('fail');
		expect(report.status).toBe('fail');
		expect(healthResponse(report).status).toBe(503);
	});
});
