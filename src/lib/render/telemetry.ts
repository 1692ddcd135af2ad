/**
 * Renderer figures the browser reports to `POST /api/telemetry` (aggregated as metrics on the
 * server): the tier in force, the frame rate, draw calls and triangles, and device losses.
 * At most one report per interval, only when frames were drawn, and at once on a device loss.
 */

export interface TelemetryReport {
	tier: 'webgpu' | 'webgl' | 'svg';
	fps: number;
	drawCalls: number;
	triangles: number;
	deviceLost: boolean;
	quality?: string;
}

export type SendReport = (report: TelemetryReport) => void;

export const REPORT_INTERVAL_MS = 60_000;

export class TelemetryReporter {
	private frameTimes: number[] = [];
	private last = { drawCalls: 0, triangles: 0 };
	private lastSent = -Infinity;

	constructor(
		private readonly send: SendReport,
		private readonly intervalMs = REPORT_INTERVAL_MS,
		private readonly now: () => number = () => performance.now()
	) {}

	frame(
		tier: TelemetryReport['tier'],
		quality: string,
		f: { frameMs: number; drawCalls: number; triangles: number }
	) {
		if (f.frameMs > 0 && Number.isFinite(f.frameMs)) this.frameTimes.push(f.frameMs);
		this.last = { drawCalls: f.drawCalls, triangles: f.triangles };
		if (this.now() - this.lastSent >= this.intervalMs) this.flush(tier, quality, false);
	}

	deviceLost(tier: TelemetryReport['tier'], quality: string) {
		this.flush(tier, quality, true);
	}

	private flush(tier: TelemetryReport['tier'], quality: string, deviceLost: boolean) {
		if (!deviceLost && this.frameTimes.length === 0) return;
		const sorted = [...this.frameTimes].sort((a, b) => a - b);
		const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
		this.send({
			tier,
			fps: median > 0 ? Math.min(1000, Math.round((1000 / median) * 10) / 10) : 0,
			drawCalls: Math.max(0, Math.round(this.last.drawCalls)),
			triangles: Math.max(0, Math.round(this.last.triangles)),
			deviceLost,
			quality
		});
		this.frameTimes = [];
		this.lastSent = this.now();
	}
}

/** The browser's sender: fire and forget, survives the page closing. */
export const postReport: SendReport = (report) => {
	void fetch('/api/telemetry', {
		method: 'POST',
		keepalive: true,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(report)
	}).catch(() => {
		// Telemetry is best effort: never a visible error.
	});
};
