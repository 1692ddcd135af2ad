import { describe, expect, it } from 'vitest';
import { TelemetryReporter, type TelemetryReport } from './telemetry';

describe('TelemetryReporter', () => {
	it('sends one report per interval with the median frame rate and the last draw figures', () => {
		const sent: TelemetryReport[] = [];
		let t = 0;
		const r = new TelemetryReporter(
			(x) => sent.push(x),
			1000,
			() => t
		);
		r.frame('webgl', 'high', { frameMs: 20, drawCalls: 30, triangles: 5000 });
		expect(sent).toHaveLength(1); // the first frame reports at once
		for (const ms of [10, 40, 20]) {
			t += 100;
			r.frame('webgl', 'high', { frameMs: ms, drawCalls: 31, triangles: 5100 });
		}
		expect(sent).toHaveLength(1);
		t = 1200;
		r.frame('webgl', 'medium', { frameMs: 20, drawCalls: 32, triangles: 5200 });
		expect(sent[1]).toEqual({
			tier: 'webgl',
			fps: 50,
			drawCalls: 32,
			triangles: 5200,
			deviceLost: false,
			quality: 'medium'
		});
	});

	it('reports a device loss at once, and nothing when no frame was drawn', () => {
		const sent: TelemetryReport[] = [];
		let t = 0;
		const r = new TelemetryReporter(
			(x) => sent.push(x),
			1000,
			() => t
		);
		r.frame('webgpu', 'high', { frameMs: 16, drawCalls: 20, triangles: 100 });
		t = 10;
		r.deviceLost('webgpu', 'high');
		expect(sent.map((s) => s.deviceLost)).toEqual([false, true]);
		expect(sent[1].fps).toBe(0);
	});
});
