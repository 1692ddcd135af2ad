/**
 * Steady load through Nginx: `concurrency` loops each sending one request after another, until
 * `maxRequests` were sent or `stop()` is called. Every answer that is not the expected status,
 * and every network error, is a failure.
 */
import { request } from './https';

export interface LoadTarget {
	path: string;
	headers?: Record<string, string>;
	expect?: number;
}

export interface LoadResult {
	total: number;
	failures: { path: string; outcome: string }[];
}

export interface Load {
	sent(): number;
	stop(): Promise<LoadResult>;
	done: Promise<LoadResult>;
}

export function startLoad(
	origin: string,
	targets: LoadTarget[],
	{ concurrency = 8, maxRequests = 2000, pauseMs = 0 } = {}
): Load {
	let sent = 0;
	let stopped = false;
	const failures: LoadResult['failures'] = [];
	const worker = async () => {
		while (!stopped && sent < maxRequests) {
			const target = targets[sent % targets.length];
			sent++;
			try {
				const response = await request(origin + target.path, { headers: target.headers });
				if (response.status !== (target.expect ?? 200))
					failures.push({ path: target.path, outcome: `HTTP ${response.status}` });
			} catch (error) {
				failures.push({ path: target.path, outcome: (error as Error).message });
			}
			if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
		}
	};
	const done = Promise.all(Array.from({ length: concurrency }, worker)).then(() => ({
		total: sent,
		failures
	}));
	return {
		sent: () => sent,
		done,
		stop() {
			stopped = true;
			return done;
		}
	};
}

/** Resolves once `load` has sent at least `count` requests. */
export async function whenSent(load: Load, count: number): Promise<void> {
	while (load.sent() < count) await new Promise((r) => setTimeout(r, 20));
}
