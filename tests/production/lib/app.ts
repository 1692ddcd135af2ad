/** Starts `node <build>` instances of the app on loopback ports, the way production runs them. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './build';
import { freePort } from './ports';

export interface AppInstance {
	port: number;
	pid: number;
	url: string;
	/** Output so far (stdout and stderr), for failure messages. */
	log(): string;
	/** SIGTERM (adapter-node drains in-flight requests), resolves when the process exited. */
	stop(): Promise<void>;
	exited: Promise<number | null>;
}

export interface AppOptions {
	buildDir: string;
	databaseUrl: string;
	redisUrl: string;
	env?: Record<string, string>;
	port?: number;
}

/** The environment of an instance behind Nginx (one proxy hop). */
export function behindProxyEnv(options: AppOptions, port: number): NodeJS.ProcessEnv {
	return {
		PATH: process.env.PATH,
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		DATABASE_URL: options.databaseUrl,
		REDIS_URL: options.redisUrl,
		MIGRATIONS_DIR: join(repoRoot, 'drizzle'),
		LOG_LEVEL: 'warn',
		SHUTDOWN_TIMEOUT: '6',
		// As scripts/start.js (the image's command): designs carrying uploaded models or a trace
		// image are over adapter-node's 512 KB default; the app's own 20 MB limit answers 413.
		BODY_SIZE_LIMIT: '21M',
		PROTOCOL_HEADER: 'x-forwarded-proto',
		HOST_HEADER: 'x-forwarded-host',
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		...options.env
	};
}

export async function startApp(options: AppOptions, timeoutMs = 90_000): Promise<AppInstance> {
	const port = options.port ?? (await freePort());
	const child = spawn(process.execPath, [options.buildDir], {
		cwd: repoRoot,
		env: behindProxyEnv(options, port),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	let done = false;
	void exited.then(() => (done = true));
	const instance: AppInstance = {
		port,
		pid: child.pid ?? 0,
		url: `http://127.0.0.1:${port}`,
		log: () => output,
		exited,
		async stop() {
			if (done) return;
			child.kill('SIGTERM');
			const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(force);
		}
	};
	try {
		await waitHealthy(instance.url, timeoutMs, () => done);
	} catch (error) {
		await instance.stop();
		throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
	}
	return instance;
}

/** Polls `<url>/api/health` until it answers 200; throws on time-out or when `gone()`. */
export async function waitHealthy(url: string, timeoutMs: number, gone = () => false) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (gone()) throw new Error(`${url} exited before it was healthy`);
		const status = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
			async (r) => (await r.arrayBuffer(), r.status),
			() => 0
		);
		if (status === 200) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url}/api/health not 200 within ${timeoutMs} ms`);
}
