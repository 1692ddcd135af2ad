/**
 * /metrics and POST /api/telemetry on a built server (`node build`) with PostgreSQL and Redis:
 * who may read the metrics, what they count after real requests (route ids, not paths; saves,
 * conflicts, auth failures, rate-limit hits, the database pool), and every refusal of telemetry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/lib/server/auth/users';
import { openDatabase, type Database } from '../../src/lib/server/db';
import { createDesign } from '../../src/lib/server/designs/service';
import { rectanglePlan } from '../../src/lib/server/designs/test-plan';
import { startApp, type AppInstance } from './lib/app';
import { productionBuildDir } from './lib/build';
import { freePort } from './lib/ports';
import { ownRedis, type OwnRedis } from './lib/redis-server';
import { createScratchDatabase, type ScratchDatabase } from './lib/services';

const EMAIL = 'metrics@example.com';
const PASSWORD = 'a long enough password 2';
const TOKEN = 'metrics-token-for-the-test';
const OUTSIDE = '203.0.113.7';

let scratch: ScratchDatabase;
let direct: Database;
let redis: OwnRedis;
let app: AppInstance;

/** The value of the series `name{labels}` in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
	for (const line of text.split('\n')) {
		const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
		if (!match || match[1] !== name) continue;
		const have = Object.fromEntries(
			[...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
		);
		if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
	}
	return 0;
}

async function metrics(): Promise<string> {
	const response = await fetch(`${app.url}/metrics`);
	expect(response.status).toBe(200);
	return response.text();
}

function report(body: unknown, headers: Record<string, string> = {}) {
	return fetch(`${app.url}/api/telemetry`, {
		method: 'POST',
		headers: {
			origin: app.url,
			'content-type': 'application/json',
			'x-forwarded-for': '198.51.100.30',
			...headers
		},
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
}

const valid = { tier: 'webgpu', fps: 42, drawCalls: 150, triangles: 80_000, deviceLost: true };

beforeAll(async () => {
	scratch = await createScratchDatabase('metrics');
	redis = await ownRedis();
	const port = await freePort();
	app = await startApp({
		buildDir: productionBuildDir(),
		databaseUrl: scratch.url,
		redisUrl: redis.url,
		port,
		env: { LOG_LEVEL: 'error', ORIGIN: `http://127.0.0.1:${port}`, METRICS_TOKEN: TOKEN }
	});
	direct = await openDatabase({ url: scratch.url });
});

afterAll(async () => {
	await app?.stop();
	await redis?.kill();
	await direct?.close();
	await scratch?.drop();
});

describe('/metrics', () => {
	it('answers loopback callers in Prometheus text: process, requests and database pool', async () => {
		const response = await fetch(`${app.url}/metrics`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await response.text();
		expect(text).toContain('# TYPE http_request_duration_seconds histogram');
		expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
		expect(sample(text, 'db_pool_max_connections')).toBe(10);
		// pg_stat_activity sees at least the connection that ran the query, active.
		expect(sample(text, 'db_connections', { state: 'active' })).toBeGreaterThanOrEqual(1);
		// The health checks made while starting are already counted, by route id.
		expect(
			sample(text, 'http_request_duration_seconds_count', {
				method: 'GET',
				route: '/api/health',
				status: '200'
			})
		).toBeGreaterThanOrEqual(1);
	});

	it('refuses callers from outside (as Nginx forwards them) unless they bring the token', async () => {
		const outside = { 'x-forwarded-for': OUTSIDE };
		expect((await fetch(`${app.url}/metrics`, { headers: outside })).status).toBe(403);
		const wrong = { ...outside, authorization: 'Bearer not-the-token-at-all' };
		expect((await fetch(`${app.url}/metrics`, { headers: wrong })).status).toBe(403);
		const right = { ...outside, authorization: `Bearer ${TOKEN}` };
		const response = await fetch(`${app.url}/metrics`, { headers: right });
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('http_request_duration_seconds');
	});

	it('labels requests by route id, so share tokens never appear', async () => {
		const secret = 'sharetokennobodyshouldsee1234';
		await (await fetch(`${app.url}/s/${secret}`)).arrayBuffer();
		const text = await metrics();
		expect(text).not.toContain(secret);
		expect(
			sample(text, 'http_request_duration_seconds_count', { route: '/s/[token]', method: 'GET' })
		).toBe(1);
	});

	it('counts auth failures, saves, save conflicts and rate-limit hits', async () => {
		const user = await createUser(direct.db, EMAIL, PASSWORD);
		const design = await createDesign(direct.db, user.id, 'Counted', rectanglePlan('Counted'));
		const before = await metrics();
		const form = (password: string) =>
			fetch(`${app.url}/signin`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: app.url, accept: 'text/html', 'x-forwarded-for': '198.51.100.31' },
				body: new URLSearchParams({ email: EMAIL, password })
			});
		expect((await form('wrong password 123')).status).toBe(400);
		const signedIn = await form(PASSWORD);
		expect(signedIn.status).toBe(303);
		const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
		const save = (version: number) =>
			fetch(`${app.url}/api/designs/${design.id}`, {
				method: 'PUT',
				headers: {
					origin: app.url,
					cookie,
					'content-type': 'application/json',
					'if-match': `"${version}"`
				},
				body: JSON.stringify(rectanglePlan('Counted', 450))
			});
		expect((await save(1)).status).toBe(200);
		expect((await save(1)).status).toBe(409);
		for (let i = 0; i < 61; i++)
			await (await report(valid, { 'x-forwarded-for': '198.51.100.32' })).arrayBuffer();

		const after = await metrics();
		const delta = (name: string, labels?: Record<string, string>) =>
			sample(after, name, labels) - sample(before, name, labels);
		expect(delta('auth_failures_total')).toBe(1);
		expect(delta('design_saves_total')).toBe(1);
		expect(delta('design_save_conflicts_total')).toBe(1);
		expect(delta('rate_limit_hits_total', { rule: 'telemetry:ip' })).toBe(1);
	});
});

describe('POST /api/telemetry', () => {
	it('records a report as metrics by tier (204)', async () => {
		const before = await metrics();
		const response = await report({ ...valid, tier: 'webgl', quality: 'low', fps: 17 });
		expect(response.status).toBe(204);
		const after = await metrics();
		const delta = (name: string, labels: Record<string, string>) =>
			sample(after, name, labels) - sample(before, name, labels);
		expect(delta('renderer_reports_total', { tier: 'webgl', quality: 'low' })).toBe(1);
		expect(delta('renderer_fps_count', { tier: 'webgl' })).toBe(1);
		expect(delta('renderer_fps_bucket', { tier: 'webgl', le: '20' })).toBe(1);
		expect(delta('renderer_fps_bucket', { tier: 'webgl', le: '15' })).toBe(0);
		expect(delta('renderer_draw_calls_sum', { tier: 'webgl' })).toBe(150);
		expect(delta('renderer_device_lost_total', { tier: 'webgl' })).toBe(1);
	});

	it('refuses a bad field with 400 naming it', async () => {
		const response = await report({ ...valid, drawCalls: 'many' });
		expect(response.status).toBe(400);
		expect((await response.json()).error).toMatch(/^drawCalls: /);
		const broken = await report('{"tier":');
		expect(broken.status).toBe(400);
	});

	it('refuses a body over 1 KB with 413', async () => {
		const response = await report({ ...valid, padding: 'x'.repeat(2000) });
		expect(response.status).toBe(413);
	});

	it('refuses other sites with 403', async () => {
		expect((await report(valid, { origin: 'https://evil.example' })).status).toBe(403);
		const noOrigin = await fetch(`${app.url}/api/telemetry`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(valid)
		});
		expect(noOrigin.status).toBe(403);
	});

	it('limits each address to 60 reports a minute (429 with Retry-After), others unaffected', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 61; i++)
			statuses.push((await report(valid, { 'x-forwarded-for': '198.51.100.40' })).status);
		expect(statuses.filter((s) => s === 204)).toHaveLength(60);
		const limited = await report(valid, { 'x-forwarded-for': '198.51.100.40' });
		expect(limited.status).toBe(429);
		expect((await limited.json()).retryAfter).toBeGreaterThan(0);
		expect((await report(valid, { 'x-forwarded-for': '198.51.100.41' })).status).toBe(204);
	});
});
