import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { version } from '../../../package.json';
import type { Cache } from './cache';
import type { Config } from './config';
import type { Database } from './db';
import { logger } from './log';
import { errorMessage } from './timeout';

export type CheckStatus = 'ok' | 'warn' | 'fail';
export type HealthStatus = 'ok' | 'degraded' | 'fail';

export interface HealthReport {
	status: HealthStatus;
	version: string;
	/** Seconds since the process started. */
	uptime: number;
	checks: {
		database: { status: CheckStatus; latencyMs: number };
		redis?: { status: CheckStatus; latencyMs: number };
		eventLoop: { status: CheckStatus; delayMs: number };
		memory: { status: CheckStatus; heapUsedMB: number; heapLimitMB: number };
	};
}

export interface HealthThresholds {
	/** p99 event-loop delay above which the check warns / fails. */
	eventLoopWarnMs: number;
	eventLoopFailMs: number;
	/** Heap in use as a percentage of V8's heap limit above which the check warns / fails. */
	heapWarnPercent: number;
	heapFailPercent: number;
}

export function thresholdsFrom(config: Config): HealthThresholds {
	return {
		eventLoopWarnMs: config.HEALTH_EVENT_LOOP_WARN_MS,
		eventLoopFailMs: config.HEALTH_EVENT_LOOP_FAIL_MS,
		heapWarnPercent: config.HEALTH_HEAP_WARN_PERCENT,
		heapFailPercent: config.HEALTH_HEAP_FAIL_PERCENT
	};
}

/** The p99 event-loop delay over roughly the last `windowMs` (at least one full window). */
export interface EventLoopMonitor {
	delayMs(): number;
	stop(): void;
}

export function startEventLoopMonitor({ resolutionMs = 20, windowMs = 10_000 } = {}) {
	const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
	histogram.enable();
	// The histogram's samples include the sampling interval itself: subtract it to get the delay.
	const p99 = () => (histogram.count > 0 ? histogram.percentile(99) / 1e6 - resolutionMs : 0);
	let previousWindow = 0;
	const rotate = setInterval(() => {
		previousWindow = p99();
		histogram.reset();
	}, windowMs);
	rotate.unref();
	return {
		delayMs: () => Math.max(0, Math.round(Math.max(previousWindow, p99()) * 10) / 10),
		stop() {
			clearInterval(rotate);
			histogram.disable();
		}
	} satisfies EventLoopMonitor;
}

let processMonitor: EventLoopMonitor | undefined;

/** The process-wide monitor, started on first use (the init hook starts it early). */
export function getEventLoopMonitor(): EventLoopMonitor {
	processMonitor ??= startEventLoopMonitor();
	return processMonitor;
}

export function stopEventLoopMonitor() {
	processMonitor?.stop();
	processMonitor = undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function grade(value: number, warnAt: number, failAt: number): CheckStatus {
	return value > failAt ? 'fail' : value > warnAt ? 'warn' : 'ok';
}

/** Runs a ping; the reason of a failure goes to the log, not to the public response. */
async function timed(check: string, ping: () => Promise<void>, onFailure: CheckStatus = 'fail') {
	const started = performance.now();
	let status: CheckStatus = 'ok';
	try {
		await ping();
	} catch (error) {
		status = onFailure;
		logger.warn({ check, err: errorMessage(error) }, 'health check failed');
	}
	return { status, latencyMs: round1(performance.now() - started) };
}

export interface HealthDependencies {
	database: Pick<Database, 'ping'>;
	/** Checked only when it is Redis: the in-process cache cannot fail on its own. Redis down only
	 * warns (status `degraded`, HTTP 200): the cache falls back to in-process and the app works. */
	cache?: Pick<Cache, 'ping' | 'kind'>;
	eventLoop: EventLoopMonitor;
	thresholds: HealthThresholds;
}

export async function checkHealth(deps: HealthDependencies): Promise<HealthReport> {
	const { thresholds } = deps;
	const [database, redis] = await Promise.all([
		timed('database', () => deps.database.ping(2000)),
		deps.cache?.kind === 'redis' ? timed('redis', () => deps.cache!.ping(1000), 'warn') : undefined
	]);
	const delayMs = deps.eventLoop.delayMs();
	const heapUsed = process.memoryUsage().heapUsed;
	const heapLimit = getHeapStatistics().heap_size_limit;
	const heapPercent = (heapUsed / heapLimit) * 100;
	const checks: HealthReport['checks'] = {
		database,
		...(redis ? { redis } : {}),
		eventLoop: {
			status: grade(delayMs, thresholds.eventLoopWarnMs, thresholds.eventLoopFailMs),
			delayMs
		},
		memory: {
			status: grade(heapPercent, thresholds.heapWarnPercent, thresholds.heapFailPercent),
			heapUsedMB: round1(heapUsed / 2 ** 20),
			heapLimitMB: round1(heapLimit / 2 ** 20)
		}
	};
	const statuses = Object.values(checks).map((check) => check.status);
	const status: HealthStatus = statuses.includes('fail')
		? 'fail'
		: statuses.includes('warn')
			? 'degraded'
			: 'ok';
	return { status, version, uptime: round1(process.uptime()), checks };
}

/** 200 when ok or degraded, 503 when a check fails; never cached. */
export function healthResponse(report: HealthReport): Response {
	return new Response(JSON.stringify(report), {
		status: report.status === 'fail' ? 503 : 200,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}
