import { describe, expect, it } from 'vitest';
import { recordRequest } from './handle';
import { registry } from './registry';

async function series(name: string) {
	return (await registry.getSingleMetric(name)!.get()).values;
}

describe('request metrics', () => {
	it('labels durations with the route id, never the path, and bounds the method', async () => {
		recordRequest('GET', '/s/[token]', 200, 0.012);
		recordRequest('BREW', null, 404, 0.001);
		const text = await registry.getSingleMetricAsString('http_request_duration_seconds');
		expect(text).toContain('route="/s/[token]"');
		expect(text).toContain('method="other",route="unmatched",status="404"');
		const count = (await series('http_request_duration_seconds')).find(
			(v) =>
				(v as { metricName?: string }).metricName === 'http_request_duration_seconds_count' &&
				v.labels.route === '/s/[token]'
		);
		expect(count?.value).toBeGreaterThanOrEqual(1);
	});

	it('counts autosaves and their conflicts from the autosave endpoint only', async () => {
		const saves = async () => (await series('design_saves_total'))[0]?.value ?? 0;
		const conflicts = async () => (await series('design_save_conflicts_total'))[0]?.value ?? 0;
		const [s0, c0] = [await saves(), await conflicts()];
		recordRequest('PUT', '/api/designs/[id]', 200, 0.02);
		recordRequest('PATCH', '/api/designs/[id]', 200, 0.02);
		recordRequest('PATCH', '/api/designs/[id]', 409, 0.02);
		recordRequest('PUT', '/api/designs/[id]', 503, 0.02);
		recordRequest('GET', '/api/designs/[id]', 200, 0.02);
		recordRequest('POST', '/api/designs', 200, 0.02);
		expect(await saves()).toBe(s0 + 2);
		expect(await conflicts()).toBe(c0 + 1);
	});
});
