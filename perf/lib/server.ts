/**
 * Starts a server as a child `node` process and times it to its first healthy answer, the same
 * way for the app and for the bare `node:http` baseline: spawn, then poll an HTTP path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Resident memory of a Linux process in MiB (VmRSS in /proc/<pid>/status). */
export function residentMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	if (!kib) throw new Error(`no VmRSS for process ${pid}`);
	return Number(kib[1]) / 1024;
}

export interface StartedServer {
	pid: number;
	port: number;
	/** Milliseconds from spawn to the first 200 on the polled path. */
	readyMs: number;
	/** Sends SIGTERM and resolves with the milliseconds until the process exited. */
	stop(): Promise<number>;
}

export interface StartOptions {
	/** Arguments to `node`, e.g. ['build'] or ['perf/lib/bare-server.js']. */
	args: string[];
	/** The child's environment; a function gets the chosen port (e.g. to set ORIGIN from it). */
	env: Record<string, string | undefined> | ((port: number) => Record<string, string | undefined>);
	/** Path polled until it answers 200. */
	path: string;
	pollEveryMs?: number;
	timeoutMs?: number;
}

const LOG_TAIL = 2000;

/** Spawns `node …args` on a free port and resolves once `path` answers 200. */
export async function startServer(options: StartOptions): Promise<StartedServer> {
	const { args, env, path, pollEveryMs = 20, timeoutMs = 120_000 } = options;
	const port = await freePort();
	let log = '';
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		env: {
			...(typeof env === 'function' ? env(port) : env),
			PORT: String(port),
			HOST: '127.0.0.1'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-LOG_TAIL));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	let exitCode: number | null | undefined;
	void exited.then((code) => (exitCode = code));

	const url = `http://127.0.0.1:${port}${path}`;
	while (true) {
		if (exitCode !== undefined) {
			throw new Error(
				`node ${args.join(' ')} exited (${exitCode}) before ${path} answered:\n${log}`
			);
		}
		if (performance.now() - started > timeoutMs) {
			child.kill('SIGKILL');
			throw new Error(
				`node ${args.join(' ')}: ${path} not healthy within ${timeoutMs} ms:\n${log}`
			);
		}
		const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
			async (response) => {
				await response.arrayBuffer();
				return response.status;
			},
			() => 0
		);
		if (status === 200) break;
		await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
	}
	const readyMs = performance.now() - started;
	return {
		pid: requirePid(child),
		port,
		readyMs,
		async stop() {
			const t0 = performance.now();
			child.kill('SIGTERM');
			const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(forced);
			return performance.now() - t0;
		}
	};
}

function requirePid(child: ChildProcess): number {
	if (child.pid === undefined) throw new Error('the server process has no pid');
	return child.pid;
}
