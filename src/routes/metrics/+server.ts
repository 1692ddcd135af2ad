import type { IncomingMessage } from 'node:http';
import { clientAddress } from '$lib/server/auth/handle';
import { getConfig } from '$lib/server/config';
import { getDatabase } from '$lib/server/db';
import { createMetricsAccess, registry, updateDatabaseGauges } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

/** adapter-node passes the Node request as `platform.req` (its types are not loaded here). */
const peerAddress = (platform: unknown) =>
	(platform as { req?: IncomingMessage } | undefined)?.req?.socket.remoteAddress;

let allowed: ReturnType<typeof createMetricsAccess> | undefined;

/** Prometheus text format, for loopback, METRICS_ALLOW addresses or the METRICS_TOKEN bearer. */
export const GET: RequestHandler = async (event) => {
	const { METRICS_ALLOW, METRICS_TOKEN } = getConfig();
	allowed ??= createMetricsAccess({ allow: METRICS_ALLOW, token: METRICS_TOKEN });
	// Through Nginx: the client address from X-Forwarded-For (ADDRESS_HEADER). Called directly
	// (Prometheus scraping an instance, no such header): the TCP peer.
	const forwarded = clientAddress(event);
	const address = forwarded === 'unknown' ? (peerAddress(event.platform) ?? forwarded) : forwarded;
	if (!allowed(address, event.request.headers.get('authorization')))
		return new Response('Forbidden\n', { status: 403, headers: { 'content-type': 'text/plain' } });
	await updateDatabaseGauges(getDatabase());
	return new Response(await registry.metrics(), {
		headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' }
	});
};
