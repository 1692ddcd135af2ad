/**
 * Outages for real, against a built server (`node build`) on PostgreSQL and Redis:
 * - Redis: a redis-server of the test's own is killed mid-run. Sign-in, saves and rate limits
 *   keep working (in-process fallback), health says degraded with HTTP 200; Redis restarted on the
 *   same port → health ok again and the counters are back in Redis.
 * - PostgreSQL: the app reaches it through a TCP proxy the test cuts. Health 503; a save answers
 *   503 with a clear JSON message, the process stays up; once the proxy is back the same save
 *   (same If-Match, as the client's autosave retries it) succeeds and nothing is lost.
 * The machine's shared PostgreSQL and Redis are never stopped.
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
import { tcpProxy, type TcpProxy } from './lib/tcp-proxy';

const EMAIL = 'outage@example.com';
const PASSWORD = 'a long enough password 1';

let scratch: ScratchDatabase;
let direct: Database;
let proxy: TcpProxy;
let redis: OwnRedis;
let app: AppInstance;
let cookie: string;
let designId: string;
let version = 1;

async function health() {
	const response = await fetch(`${app.url}/api/health`);
	return { status: response.status, body: await response.json() };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 30_000) {
	const deadline = Date.now() + ms;
	let last = await probe();
	while (!ok(last) && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		last = await probe();
	}
	return last;
}

function headers(extra: Record<string, string> = {}) {
	return { origin: app.url, 'x-forwarded-for': '198.51.100.20', ...extra };
}

async function signIn(ip = '198.51.100.20') {
	const response = await fetch(`${app.url}/signin`, {
		method: 'POST',
		redirect: 'manual',
		// As a browser's plain form post: SvelteKit answers JSON to `Accept: */*`.
		headers: headers({ 'x-forwarded-for': ip, accept: 'text/html' }),
		body: new URLSearchParams({ email: EMAIL, password: PASSWORD })
	});
	const session = response.headers.get('set-cookie')?.match(/(?:^|\s)(session=[^;]+)/)?.[1];
	const text = response.status === 303 ? '' : (await response.text()).slice(0, 3000);
	return { status: response.status, session, text };
}

function save(document: object, ifMatch = version) {
	return fetch(`${app.url}/api/designs/${designId}`, {
		method: 'PUT',
		headers: headers({ cookie, 'content-type': 'application/json', 'if-match': `"${ifMatch}"` }),
		body: JSON.stringify(document)
	});
}

function telemetry(ip: string) {
	return fetch(`${app.url}/api/telemetry`, {
		method: 'POST',
		headers: headers({ 'content-type': 'application/json', 'x-forwarded-for': ip }),
		body: JSON.stringify({
			tier: 'webgl',
			fps: 60,
			drawCalls: 40,
			triangles: 9000,
			deviceLost: false
		})
	});
}

beforeAll(async () => {
	scratch = await createScratchDatabase('resilience');
	const target = new URL(scratch.url);
	proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
	const proxied = new URL(scratch.url);
	proxied.port = String(proxy.port);
	redis = await ownRedis();
	const port = await freePort();
	app = await startApp({
		buildDir: productionBuildDir(),
		databaseUrl: proxied.href,
		redisUrl: redis.url,
		port,
		// Plain HTTP on loopback: the public origin is this one (no proxy sets x-forwarded-proto).
		env: { LOG_LEVEL: 'error', ORIGIN: `http://127.0.0.1:${port}` }
	});
	// The app migrated the database at start; the account and design come from the services.
	direct = await openDatabase({ url: scratch.url });
	const user = await createUser(direct.db, EMAIL, PASSWORD);
	designId = (await createDesign(direct.db, user.id, 'Outage house', rectanglePlan('Outage house')))
		.id;
	const signedIn = await signIn();
	expect(signedIn.status, signedIn.text).toBe(303);
	cookie = signedIn.session!;
});

afterAll(async () => {
	await app?.stop();
	await redis?.kill();
	await proxy?.close();
	await direct?.close();
	await scratch?.drop();
});

describe('Redis stopped during a run', () => {
	it('is healthy with Redis up, and the rate-limit counters live in Redis', async () => {
		const report = await health();
		expect(report.status).toBe(200);
		expect(report.body.status).toBe('ok');
		expect(report.body.checks.redis.status).toBe('ok');
		expect(await redis.keys('hp:rl:*')).not.toEqual([]);
	});

	it('keeps serving sign-in, saves and rate limits while Redis is down; health says degraded', async () => {
		await redis.kill();
		const report = await until(health, (r) => r.body.status !== 'ok');
		expect(report.status).toBe(200);
		expect(report.body.status).toBe('degraded');
		expect(report.body.checks.redis.status).toBe('warn');
		expect(report.body.checks.database.status).toBe('ok');

		const signedIn = await signIn('198.51.100.21');
		expect(signedIn.status).toBe(303);
		expect(signedIn.session).toBeTruthy();
		const saved = await save(rectanglePlan('Outage house', 520));
		expect(saved.status).toBe(200);
		version = (await saved.json()).version;
		expect(version).toBe(2);

		// Rate limits still count, in-process: the telemetry limit (60 a minute) refuses the 61st.
		const statuses: number[] = [];
		for (let i = 0; i < 61; i++) statuses.push((await telemetry('198.51.100.99')).status);
		expect(statuses.slice(0, 60).every((s) => s === 204)).toBe(true);
		expect(statuses[60]).toBe(429);
	});

	it('recovers when Redis is back on the same port: health ok, counters in Redis again', async () => {
		await redis.start();
		const report = await until(health, (r) => r.body.status === 'ok');
		expect(report.status).toBe(200);
		expect(report.body.checks.redis.status).toBe('ok');
		// The restarted Redis is empty: a counter in it now proves commands go to Redis again.
		expect(await redis.keys('hp:rl:*')).toEqual([]);
		expect((await signIn('198.51.100.22')).status).toBe(303);
		expect(await redis.keys('hp:rl:signin:ip:*')).toEqual(['hp:rl:signin:ip:198.51.100.22']);
	});
});

describe('PostgreSQL stopped during a run', () => {
	const sent = rectanglePlan('Outage house', 777);

	it('answers 503: health fails and a save gets a clear JSON message, the process stays up', async () => {
		expect((await health()).status).toBe(200);
		await proxy.cut();
		const report = await until(health, (r) => r.status === 503);
		expect(report.status).toBe(503);
		expect(report.body.checks.database.status).toBe('fail');

		const refused = await save(sent);
		expect(refused.status).toBe(503);
		expect(refused.headers.get('content-type')).toContain('application/json');
		expect((await refused.json()).error).toMatch(/^The database is unavailable/);
		// Pages too: a 503, not a crash or a 500.
		const page = await fetch(`${app.url}/designs`, { headers: { cookie } });
		expect(page.status).toBe(503);
		expect(app.pid).toBeGreaterThan(0);
		expect(
			await Promise.race([app.exited, new Promise((r) => setTimeout(() => r('up'), 200))])
		).toBe('up');
	});

	it('once PostgreSQL is back the same save succeeds and nothing is lost', async () => {
		await proxy.restore();
		const report = await until(health, (r) => r.status === 200);
		expect(report.status).toBe(200);
		// The autosave engine retries with the same If-Match: the failed attempt changed nothing.
		const retried = await save(sent);
		expect(retried.status).toBe(200);
		expect((await retried.json()).version).toBe(version + 1);
		const read = await fetch(`${app.url}/api/designs/${designId}`, { headers: { cookie } });
		const body = await read.json();
		expect(body.version).toBe(version + 1);
		// The document is the one sent during the outage (walls and corners as sent).
		expect(body.document.walls).toEqual(sent.walls);
		expect(body.document.corners).toEqual(sent.corners);
	});
});
