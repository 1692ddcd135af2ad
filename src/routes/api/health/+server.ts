import { getCache } from '$lib/server/cache';
import { getConfig } from '$lib/server/config';
import { getDatabase } from '$lib/server/db';
import {
	checkHealth,
	getEventLoopMonitor,
	healthResponse,
	thresholdsFrom
} from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
	healthResponse(
		await checkHealth({
			database: getDatabase(),
			cache: getCache(),
			eventLoop: getEventLoopMonitor(),
			thresholds: thresholdsFrom(getConfig())
		})
	);
