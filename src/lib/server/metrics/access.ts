import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * Who may read `/metrics`: loopback callers always; addresses or subnets in METRICS_ALLOW
 * (e.g. the Prometheus host on an internal network); anyone sending `Authorization: Bearer
 * <METRICS_TOKEN>`. Everyone else gets 403. Nginx refuses `/metrics` from outside too: this is
 * the second lock, for instances reachable without Nginx.
 */

export interface MetricsAccessOptions {
	/** Comma-separated addresses and CIDR subnets, e.g. `10.0.0.5, 172.18.0.0/16`. */
	allow?: string;
	token?: string;
}

/** `::ffff:10.0.0.1` (an IPv4 caller on a dual-stack socket) → `10.0.0.1`. */
function plainAddress(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	return mapped ? mapped[1] : address;
}

/** Parses METRICS_ALLOW; throws naming the first entry that is not an address or subnet. */
export function parseAllowList(allow: string | undefined): BlockList {
	const list = new BlockList();
	list.addSubnet('127.0.0.0', 8, 'ipv4');
	list.addAddress('::1', 'ipv6');
	for (const entry of (allow ?? '').split(',').map((e) => e.trim())) {
		if (!entry) continue;
		const [address, bits] = entry.split('/');
		const family = isIP(address);
		const prefix = bits === undefined ? undefined : Number(bits);
		const maxBits = family === 6 ? 128 : 32;
		if (
			family === 0 ||
			(prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))
		)
			throw new Error(`not an IP address or CIDR subnet: ${entry}`);
		const type = family === 6 ? 'ipv6' : 'ipv4';
		if (prefix === undefined) list.addAddress(address, type);
		else list.addSubnet(address, prefix, type);
	}
	return list;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function createMetricsAccess(options: MetricsAccessOptions) {
	const allowed = parseAllowList(options.allow);
	const token = options.token ? digest(options.token) : undefined;
	return (address: string, authorization: string | null): boolean => {
		const plain = plainAddress(address);
		const family = isIP(plain);
		if (family !== 0 && allowed.check(plain, family === 6 ? 'ipv6' : 'ipv4')) return true;
		const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
		// Compared as digests so the comparison takes the same time whatever the length.
		return token !== undefined && bearer !== undefined && timingSafeEqual(digest(bearer), token);
	};
}
