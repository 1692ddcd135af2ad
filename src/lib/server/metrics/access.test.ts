import { describe, expect, it } from 'vitest';
import { createMetricsAccess, parseAllowList } from './access';

describe('metrics access', () => {
	it('lets loopback callers in and refuses everyone else by default', () => {
		const allowed = createMetricsAccess({});
		for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
			expect(allowed(address, null), address).toBe(true);
		for (const address of ['10.0.0.5', '203.0.113.7', '::ffff:10.0.0.5', '2001:db8::1', 'unknown'])
			expect(allowed(address, null), address).toBe(false);
	});

	it('lets METRICS_ALLOW addresses and subnets in', () => {
		const allowed = createMetricsAccess({ allow: '10.0.0.5, 172.18.0.0/16,2001:db8::/32' });
		expect(allowed('10.0.0.5', null)).toBe(true);
		expect(allowed('10.0.0.6', null)).toBe(false);
		expect(allowed('172.18.200.1', null)).toBe(true);
		expect(allowed('::ffff:172.18.0.9', null)).toBe(true);
		expect(allowed('172.19.0.1', null)).toBe(false);
		expect(allowed('2001:db8:1::7', null)).toBe(true);
		expect(allowed('2001:db9::7', null)).toBe(false);
	});

	it('lets a caller with the METRICS_TOKEN bearer in, and no other token', () => {
		const allowed = createMetricsAccess({ token: 'a-long-metrics-secret' });
		expect(allowed('203.0.113.7', 'Bearer a-long-metrics-secret')).toBe(true);
		expect(allowed('203.0.113.7', 'Bearer a-long-metrics-secreT')).toBe(false);
		expect(allowed('203.0.113.7', 'a-long-metrics-secret')).toBe(false);
		expect(createMetricsAccess({})('203.0.113.7', 'Bearer anything')).toBe(false);
	});

	it('rejects allow-list entries that are not addresses or subnets, naming them', () => {
		expect(() => parseAllowList('10.0.0.1, example.com')).toThrow(/example\.com/);
		expect(() => parseAllowList('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
		expect(() => parseAllowList('')).not.toThrow();
	});
});
