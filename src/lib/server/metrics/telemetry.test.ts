import { describe, expect, it } from 'vitest';
import { registry } from './registry';
import { parseTelemetry, recordTelemetry } from './telemetry';

const valid = { tier: 'webgl', fps: 58.5, drawCalls: 120, triangles: 45_000, deviceLost: false };

/** The value of one series of a metric, 0 when it has none yet. */
async function value(name: string, labels: Record<string, string>, suffix = '') {
	const metric = await registry.getSingleMetric(name)!.get();
	const sample = metric.values.find((v) =>
		(v as { metricName?: string }).metricName === `${name}${suffix}` ||
		(!suffix && !('metricName' in v))
			? Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l)
			: false
	);
	return sample?.value ?? 0;
}

describe('telemetry reports', () => {
	it('accepts a report with and without a quality level', () => {
		expect(parseTelemetry(valid)).toEqual({ ok: true, report: valid });
		expect(parseTelemetry({ ...valid, tier: 'webgpu', quality: 'medium' }).ok).toBe(true);
	});

	it.each([
		['tier', { ...valid, tier: 'canvas' }],
		['fps', { ...valid, fps: '60' }],
		['fps', { ...valid, fps: -1 }],
		['drawCalls', { ...valid, drawCalls: 1.5 }],
		['triangles', { ...valid, triangles: 2e9 }],
		['deviceLost', { ...valid, deviceLost: 'no' }],
		['quality', { ...valid, quality: 'ultra' }],
		['fps', { tier: 'svg', drawCalls: 0, triangles: 0, deviceLost: false }]
	])('refuses a bad %s with a message naming it', (field, body) => {
		const result = parseTelemetry(body);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.startsWith(`${field}: `)).toBe(true);
	});

	it('refuses what is not an object', () => {
		for (const body of [null, 'fps=60', [valid]]) expect(parseTelemetry(body).ok).toBe(false);
	});

	it('aggregates reports as metrics by tier', async () => {
		const before = {
			reports: await value('renderer_reports_total', { tier: 'webgpu', quality: 'low' }),
			lost: await value('renderer_device_lost_total', { tier: 'webgpu' }),
			fpsCount: await value('renderer_fps', { tier: 'webgpu' }, '_count'),
			fpsSum: await value('renderer_fps', { tier: 'webgpu' }, '_sum'),
			drawSum: await value('renderer_draw_calls', { tier: 'webgpu' }, '_sum'),
			slowFrames: await value('renderer_fps', { tier: 'webgpu', le: '30' }, '_bucket')
		};
		recordTelemetry({ ...valid, tier: 'webgpu', quality: 'low', fps: 24, drawCalls: 300 });
		recordTelemetry({ ...valid, tier: 'webgpu', quality: 'low', fps: 60, deviceLost: true });
		expect(await value('renderer_reports_total', { tier: 'webgpu', quality: 'low' })).toBe(
			before.reports + 2
		);
		expect(await value('renderer_device_lost_total', { tier: 'webgpu' })).toBe(before.lost + 1);
		expect(await value('renderer_fps', { tier: 'webgpu' }, '_count')).toBe(before.fpsCount + 2);
		expect(await value('renderer_fps', { tier: 'webgpu' }, '_sum')).toBe(before.fpsSum + 84);
		expect(await value('renderer_draw_calls', { tier: 'webgpu' }, '_sum')).toBe(
			before.drawSum + 420
		);
		// Only the 24 fps report falls in the ≤30 bucket.
		expect(await value('renderer_fps', { tier: 'webgpu', le: '30' }, '_bucket')).toBe(
			before.slowFrames + 1
		);
	});
});
