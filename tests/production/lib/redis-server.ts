/**
 * A redis-server of the test's own on a loopback port, so a test can stop and restart Redis
 * without touching the machine's shared one. No persistence: a restart starts empty.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './ports';

export interface OwnRedis {
	port: number;
	url: string;
	/** Starts it (again) on the same port; resolves when it answers PING. */
	start(): Promise<void>;
	/** SIGKILL: the way a crashed or killed Redis goes, without a goodbye to clients. */
	kill(): Promise<void>;
	/** Keys matching `pattern`, read over a connection of the test's own. */
	keys(pattern: string): Promise<string[]>;
}

export async function ownRedis(): Promise<OwnRedis> {
	const port = await freePort();
	const url = `redis://127.0.0.1:${port}`;
	let child: ChildProcess | undefined;
	const command = async <T>(run: (client: Redis) => Promise<T>) => {
		const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
		client.on('error', () => {}); // a refused connection rejects connect() below
		try {
			await client.connect();
			return await run(client);
		} finally {
			client.disconnect();
		}
	};
	const self: OwnRedis = {
		port,
		url,
		async start() {
			child = spawn(
				'redis-server',
				['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
				{ stdio: 'ignore' }
			);
			for (let i = 0; i < 100; i++) {
				if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode})`);
				if (await command((c) => c.ping()).catch(() => false)) return;
				await new Promise((r) => setTimeout(r, 100));
			}
			throw new Error(`redis-server on ${port} did not answer`);
		},
		async kill() {
			const running = child;
			if (!running || running.exitCode !== null || running.signalCode !== null) return;
			const exited = new Promise((r) => running.once('exit', r));
			running.kill('SIGKILL');
			await exited;
		},
		keys: (pattern) => command((c) => c.keys(pattern))
	};
	await self.start();
	return self;
}
