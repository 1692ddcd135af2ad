/**
 * docker/nginx/nginx.conf for real: Debian's Nginx on loopback in front of two `node build`
 * instances sharing a scratch PostgreSQL database and a Redis database.
 */
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../src/lib/plan/document';
import { createBackground } from '../../src/lib/plan/records/background';
import type { LevelId, PlanDocument } from '../../src/lib/plan/types';
import { startApp, type AppInstance } from './lib/app';
import { productionBuildDir } from './lib/build';
import { request, signUp } from './lib/https';
import { startLoad, whenSent } from './lib/load';
import { startNginx, type RunningNginx } from './lib/nginx';
import { createScratchDatabase, scratchRedis, type ScratchDatabase } from './lib/services';

const buildDir = productionBuildDir();
let dir: string;
let database: ScratchDatabase;
let nginx: RunningNginx;
let app1: AppInstance;
let app2: AppInstance;

/** The largest JavaScript file of the build: big enough to be compressed. */
function largestImmutableScript(): { path: string; bytes: Buffer } {
	const root = join(buildDir, 'client');
	const chunks = join(root, '_app', 'immutable', 'chunks');
	const file = readdirSync(chunks)
		.filter((f) => f.endsWith('.js'))
		.map((f) => ({ f, size: statSync(join(chunks, f)).size }))
		.sort((a, b) => b.size - a.size)[0].f;
	return { path: `/_app/immutable/chunks/${file}`, bytes: readFileSync(join(chunks, file)) };
}

/** Headers that make a direct request to an instance look as if Nginx had forwarded it. */
function asIfProxied(extra: Record<string, string> = {}) {
	return {
		'x-forwarded-proto': 'https',
		'x-forwarded-host': `127.0.0.1:${nginx.httpsPort}`,
		host: `127.0.0.1:${nginx.httpsPort}`,
		'x-forwarded-for': '127.0.0.1',
		...extra
	};
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'hp-nginx-'));
	database = await createScratchDatabase('nginx');
	const redisUrl = await scratchRedis(11);
	const options = { buildDir, databaseUrl: database.url, redisUrl };
	[app1, app2] = await Promise.all([startApp(options), startApp(options)]);
	nginx = await startNginx(
		join(dir, 'nginx'),
		[app1, app2].map((a) => `127.0.0.1:${a.port}`)
	);
});

afterAll(async () => {
	await nginx?.stop();
	await Promise.all([app1?.stop(), app2?.stop()]);
	await database?.drop();
	rmSync(dir, { recursive: true, force: true });
});

describe('TLS and headers', () => {
	it('redirects HTTP to HTTPS with a 301, keeping the path and query', async () => {
		const response = await request(`http://127.0.0.1:${nginx.httpPort}/designs?sort=name`);
		expect(response.status).toBe(301);
		expect(response.headers.location).toBe('https://127.0.0.1/designs?sort=name');
	});

	it('speaks TLS 1.2 and 1.3 with HTTP/2 offered, and refuses TLS 1.1', async () => {
		const handshake = (options: tls.ConnectionOptions) =>
			new Promise<{ protocol: string | null; alpn: string | false }>((resolve, reject) => {
				const socket = tls.connect({
					host: '127.0.0.1',
					port: nginx.httpsPort,
					rejectUnauthorized: false,
					ALPNProtocols: ['h2', 'http/1.1'],
					...options
				});
				socket.once('secureConnect', () => {
					resolve({ protocol: socket.getProtocol(), alpn: socket.alpnProtocol ?? false });
					socket.end();
				});
				socket.once('error', reject);
			});
		expect(await handshake({ minVersion: 'TLSv1.3' })).toEqual({ protocol: 'TLSv1.3', alpn: 'h2' });
		expect((await handshake({ maxVersion: 'TLSv1.2' })).protocol).toBe('TLSv1.2');
		await expect(
			handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' })
		).rejects.toThrow();
	});

	it('sends the security headers on pages and on errors', async () => {
		for (const path of ['/', '/no-such-page']) {
			const response = await request(`${nginx.origin}${path}`);
			expect(response.status).toBe(path === '/' ? 200 : 404);
			expect(response.headers['strict-transport-security']).toMatch(
				/^max-age=\d{8,}; includeSubDomains$/
			);
			expect(response.headers['x-content-type-options']).toBe('nosniff');
			expect(response.headers['x-frame-options']).toBe('DENY');
			expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		}
	});

	it('caches hashed assets for a year, immutable, still with the security headers', async () => {
		const asset = largestImmutableScript();
		const response = await request(nginx.origin + asset.path);
		expect(response.status).toBe(200);
		expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(response.headers['x-content-type-options']).toBe('nosniff');
		expect(response.body.equals(asset.bytes)).toBe(true);
		const page = await request(`${nginx.origin}/`);
		expect(page.headers['cache-control'] ?? '').not.toContain('immutable');
	});

	it('compresses with brotli and gzip, as the client asks', async () => {
		const asset = largestImmutableScript();
		const br = await request(nginx.origin + asset.path, { headers: { 'accept-encoding': 'br' } });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.body.length).toBeLessThan(asset.bytes.length);
		expect(brotliDecompressSync(br.body).equals(asset.bytes)).toBe(true);
		const gzip = await request(nginx.origin + asset.path, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).equals(asset.bytes)).toBe(true);
		const html = await request(`${nginx.origin}/`, { headers: { 'accept-encoding': 'br, gzip' } });
		expect(html.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(html.body).toString()).toContain('<html');
		const plain = await request(nginx.origin + asset.path);
		expect(plain.headers['content-encoding']).toBeUndefined();
	});
});

describe('routes', () => {
	it('serves the app health at /health', async () => {
		const response = await request(`${nginx.origin}/health`);
		expect(response.status).toBe(200);
		const body = JSON.parse(response.text());
		expect(body.status).toMatch(/^(ok|degraded)$/);
		expect(body.checks).toBeTruthy();
	});

	it('refuses /metrics to an address outside the internal networks', async () => {
		// 127.0.0.2 is loopback too, but not in the allow list: it stands for "outside".
		const outside = await request(`${nginx.origin}/metrics`, {
			localAddress: '127.0.0.2',
			agent: false
		});
		expect(outside.status).toBe(403);
		const inside = await request(`${nginx.origin}/metrics`);
		expect(inside.status).not.toBe(403);
	});
});

describe('rate limits', () => {
	/** Keep-alive connections from another loopback address: a client of its own for Nginx. */
	const clientAt = (localAddress: string) =>
		new https.Agent({ keepAlive: true, maxSockets: 16, localAddress, rejectUnauthorized: false });

	it('answers 429 to a flood of /api/ requests from one client', async () => {
		const agent = clientAt('127.0.0.3');
		// 20 a second with a burst of 40: 200 requests in a few seconds must overflow it.
		const flood = await Promise.all(
			Array.from({ length: 200 }, () => request(`${nginx.origin}/api/health`, { agent }))
		);
		agent.destroy();
		const statuses = flood.map((r) => r.status);
		expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
		const limited = flood.filter((r) => r.status === 429);
		expect(limited.length).toBeGreaterThan(0);
		// Nginx's own answer: the request never reached an instance.
		expect(limited[0].text()).toContain('<center>nginx</center>');
		const other = await request(`${nginx.origin}/api/health`, { agent: clientAt('127.0.0.4') });
		expect(other.status).toBe(200);
	});

	it('limits sign-in posts more strictly, but not reading the form', async () => {
		const agent = clientAt('127.0.0.5');
		const form = 'email=nobody%40example.com&password=wrong-password-1';
		const post = () =>
			request(`${nginx.origin}/signin`, {
				method: 'POST',
				agent,
				headers: {
					origin: nginx.origin,
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(form.length)
				},
				body: form
			});
		// 10 a minute with a burst of 5: of 12 posts at once, at most 6 (or 7, should a slow machine
		// stretch them over a refill) reach the app, which answers "wrong password".
		const answers = await Promise.all(Array.from({ length: 12 }, post));
		const limited = answers.filter((r) => r.status === 429);
		expect(limited.length).toBeGreaterThanOrEqual(5);
		expect(limited.every((r) => r.text().includes('<center>nginx</center>'))).toBe(true);
		expect(answers.filter((r) => r.status !== 429).length).toBeGreaterThan(0);
		// Reading the form is not limited.
		const page = await request(`${nginx.origin}/signin`, { agent });
		expect(page.status).toBe(200);
		agent.destroy();
	});
});

describe('two instances, one state', () => {
	let cookie: string;

	beforeAll(async () => {
		cookie = await signUp(nginx.origin, `nginx-${Date.now()}@example.com`, 'a long passphrase 42');
	});

	it('sets the __Host- session cookie over HTTPS behind Nginx', () => {
		expect(cookie.startsWith('__Host-session=')).toBe(true);
	});

	it('a session made through Nginx works on each instance', async () => {
		for (const app of [app1, app2]) {
			const page = await request(`${app.url}/designs`, { headers: asIfProxied({ cookie }) });
			expect(page.status).toBe(200);
			const signedOut = await request(`${app.url}/designs`, { headers: asIfProxied() });
			expect(signedOut.status).toBe(303);
		}
	});

	it('a save through one instance is seen through the other and through Nginx', async () => {
		const origin = nginx.origin;
		const document = createEmptyDocument('Shared house');
		const body = JSON.stringify({ name: 'Shared house', document });
		const created = await request(`${app1.url}/api/designs`, {
			method: 'POST',
			headers: asIfProxied({ cookie, origin, 'content-type': 'application/json' }),
			body
		});
		expect(created.status).toBe(201);
		const { id, version } = JSON.parse(created.text()) as { id: string; version: number };

		const edited = JSON.stringify({ ...document, name: 'Saved on instance 2' });
		const saved = await request(`${app2.url}/api/designs/${id}`, {
			method: 'PUT',
			headers: asIfProxied({
				cookie,
				origin,
				'content-type': 'application/json',
				'if-match': `"${version}"`
			}),
			body: edited
		});
		expect(saved.status).toBe(200);
		const newVersion = JSON.parse(saved.text()).version as number;
		expect(newVersion).toBeGreaterThan(version);

		for (const url of [app1.url, nginx.origin]) {
			const read = await request(`${url}/api/designs/${id}`, { headers: asIfProxied({ cookie }) });
			expect(read.status).toBe(200);
			const design = JSON.parse(read.text());
			expect(design.version).toBe(newVersion);
			expect(design.document.name).toBe('Saved on instance 2');
		}
	});

	it('a design carrying a trace image saves through Nginx; a body past its limit gets 413', async () => {
		const origin = nginx.origin;
		const headers = { cookie, origin, 'content-type': 'application/json' };
		const document = createEmptyDocument('Traced house');
		const created = await request(`${origin}/api/designs`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ name: 'Traced house', document })
		});
		expect(created.status).toBe(201);
		const { id, version } = JSON.parse(created.text()) as { id: string; version: number };

		// 3 MB of image bytes: over adapter-node's 512 KB default, under the app's caps.
		const level = Object.keys(document.levels)[0] as LevelId;
		const background = createBackground({
			level,
			mime: 'image/png',
			data: randomBytes(3 * 1024 * 1024).toString('base64'),
			pixelWidth: 2000,
			pixelHeight: 1500,
			cmPerPixel: 1,
			x: 0,
			y: 0,
			rotation: 0,
			opacity: 0.5,
			visible: true
		});
		const traced = { ...document, backgrounds: { [background.id]: background } };
		const saved = await request(`${origin}/api/designs/${id}`, {
			method: 'PUT',
			headers: { ...headers, 'if-match': `"${version}"` },
			body: JSON.stringify(traced)
		});
		expect(saved.status, saved.text().slice(0, 300)).toBe(200);
		const read = await request(`${origin}/api/designs/${id}`, { headers: { cookie } });
		const stored = JSON.parse(read.text()).document as PlanDocument;
		expect(stored.backgrounds?.[background.id]?.data).toBe(background.data);

		// Past Nginx's client_max_body_size: refused before it reaches an instance.
		const huge = await request(`${origin}/api/designs/${id}`, {
			method: 'PUT',
			headers: { ...headers, 'if-match': `"${version + 1}"` },
			body: 'x'.repeat(25 * 1024 * 1024)
		});
		expect(huge.status).toBe(413);
	});

	it('loses no request while one instance stops under load', { timeout: 300_000 }, async () => {
		const asset = largestImmutableScript();
		// Pages, health and assets: GETs, which Nginx may send to the other instance.
		const targets = [{ path: '/' }, { path: '/health' }, { path: '/signin' }, { path: asset.path }];
		const logStart = nginx.accessLog().length;
		const load = startLoad(nginx.origin, targets, { concurrency: 8, maxRequests: 2000 });
		await whenSent(load, 400);
		const stopped = app2.stop();
		const result = await load.done;
		await stopped;
		expect(result.total).toBe(2000);
		expect(result.failures).toEqual([]);

		const lines = nginx.accessLog().slice(logStart);
		const servedBy = (app: AppInstance) =>
			lines.filter((l) => l.upstreams.at(-1) === `127.0.0.1:${app.port}`).length;
		// Requests that reached the stopping instance were passed on to the other one.
		const retried = lines.filter((l) => l.upstreams.length > 1);
		expect(retried.length).toBeGreaterThan(0);
		expect(retried.every((l) => l.status === 200)).toBe(true);
		// Both instances served before the stop, and the survivor took over.
		expect(servedBy(app1)).toBeGreaterThan(0);
		expect(servedBy(app2)).toBeGreaterThan(0);
		expect(lines.slice(-200).every((l) => l.upstreams.at(-1) === `127.0.0.1:${app1.port}`)).toBe(
			true
		);
	});
});
