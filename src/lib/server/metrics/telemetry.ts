import { z } from 'zod';
import { QUALITY_LEVELS } from '../../render/governor';
import type { RateLimitRule } from '../auth/rate-limit';
import {
	rendererDeviceLost,
	rendererDrawCalls,
	rendererFps,
	rendererReports,
	rendererTriangles
} from './registry';

/** What a browser reports about its 3D renderer (POST /api/telemetry). */
export const telemetrySchema = z.object({
	tier: z.enum(['webgpu', 'webgl', 'svg'], { message: 'must be webgpu, webgl or svg' }),
	fps: z.number({ message: 'must be a number' }).min(0).max(1000),
	drawCalls: z.number({ message: 'must be a number' }).int().min(0).max(1_000_000),
	triangles: z.number({ message: 'must be a number' }).int().min(0).max(1_000_000_000),
	deviceLost: z.boolean({ message: 'must be true or false' }),
	quality: z
		.enum(QUALITY_LEVELS.map((level) => level.name) as [string, ...string[]], {
			message: `must be one of ${QUALITY_LEVELS.map((level) => level.name).join(', ')}`
		})
		.optional()
});

export type TelemetryReport = z.infer<typeof telemetrySchema>;

/** A report is a few numbers: anything bigger is not one. */
export const TELEMETRY_MAX_BYTES = 1024;

/** Per client address: a viewer reports every few seconds at most. */
export const TELEMETRY_RULE: RateLimitRule = {
	name: 'telemetry:ip',
	limit: 60,
	windowSeconds: 60
};

/** The report, or a message naming the first bad field. */
export function parseTelemetry(
	body: unknown
): { ok: true; report: TelemetryReport } | { ok: false; message: string } {
	const result = telemetrySchema.safeParse(body);
	if (result.success) return { ok: true, report: result.data };
	const issue = result.error.issues[0];
	const field = issue.path.join('.');
	return {
		ok: false,
		message: field ? `${field}: ${issue.message}` : `The report must be an object: ${issue.message}`
	};
}

export function recordTelemetry(report: TelemetryReport): void {
	const tier = { tier: report.tier };
	rendererReports.inc({ ...tier, quality: report.quality ?? 'unknown' });
	rendererFps.observe(tier, report.fps);
	rendererDrawCalls.observe(tier, report.drawCalls);
	rendererTriangles.observe(tier, report.triangles);
	if (report.deviceLost) rendererDeviceLost.inc(tier);
}
