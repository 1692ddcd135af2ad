import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), served at `/metrics`. One registry per
 * process: with two instances behind Nginx, Prometheus scrapes each instance on its own port.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequestDuration = new Histogram({
	name: 'http_request_duration_seconds',
	help: 'Time to answer a request, by method, SvelteKit route id (never the raw path) and status.',
	labelNames: ['method', 'route', 'status'] as const,
	buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
	registers: [registry]
});

export const designSaves = new Counter({
	name: 'design_saves_total',
	help: 'Autosaves of a design document that were stored (PUT or PATCH /api/designs/[id] answered 200).',
	registers: [registry]
});

export const designSaveConflicts = new Counter({
	name: 'design_save_conflicts_total',
	help: 'Autosaves refused because someone saved in between (409).',
	registers: [registry]
});

export const authFailures = new Counter({
	name: 'auth_failures_total',
	help: 'Sign-in attempts with an unknown email or a wrong password.',
	registers: [registry]
});

export const rateLimitHits = new Counter({
	name: 'rate_limit_hits_total',
	help: 'Requests refused by a rate limit, by rule (e.g. signin:ip).',
	labelNames: ['rule'] as const,
	registers: [registry]
});

export const databasePoolMax = new Gauge({
	name: 'db_pool_max_connections',
	help: 'Connections this instance may open: the postgres-js pool size, 1 for the embedded PGlite.',
	registers: [registry]
});

export const databaseConnections = new Gauge({
	name: 'db_connections',
	help:
		'Connections to the app database by state (active, idle, …) from pg_stat_activity, all ' +
		'instances together (postgres-js does not expose its pool). Absent with PGlite.',
	labelNames: ['state'] as const,
	registers: [registry]
});

export const rendererReports = new Counter({
	name: 'renderer_reports_total',
	help: 'Renderer reports from browsers (POST /api/telemetry), by tier and quality level.',
	labelNames: ['tier', 'quality'] as const,
	registers: [registry]
});

export const rendererFps = new Histogram({
	name: 'renderer_fps',
	help: 'Frame rate browsers report, by renderer tier.',
	labelNames: ['tier'] as const,
	buckets: [5, 10, 15, 20, 24, 30, 40, 50, 60, 90, 120, 144],
	registers: [registry]
});

export const rendererDrawCalls = new Histogram({
	name: 'renderer_draw_calls',
	help: 'Draw calls per frame browsers report, by renderer tier.',
	labelNames: ['tier'] as const,
	buckets: [10, 25, 50, 100, 200, 400, 800, 1600, 3200],
	registers: [registry]
});

export const rendererTriangles = new Histogram({
	name: 'renderer_triangles',
	help: 'Triangles per frame browsers report, by renderer tier.',
	labelNames: ['tier'] as const,
	buckets: [1e3, 1e4, 5e4, 1e5, 2.5e5, 5e5, 1e6, 2e6, 5e6],
	registers: [registry]
});

export const rendererDeviceLost = new Counter({
	name: 'renderer_device_lost_total',
	help: 'GPU device / WebGL context losses browsers report, by tier.',
	labelNames: ['tier'] as const,
	registers: [registry]
});
