/**
 * Deployment flags of the renderer, read from public environment variables in this one place.
 *
 * | variable                  | default | effect                                                     |
 * | ------------------------- | ------- | ---------------------------------------------------------- |
 * | PUBLIC_3D_ENABLED         | true    | false → everyone gets the 2D (SVG) tier                    |
 * | PUBLIC_AUTO_QUALITY       | true    | false → the frame governor never changes quality or tier   |
 * | PUBLIC_MAX_TEXTURE_SIZE   | 2048    | upper bound of every render target (shadow maps)           |
 * | PUBLIC_MAX_TRIANGLES      | 100000  | above it furniture is drawn with its simplified models     |
 * | PUBLIC_LOD                | true    | false → always the detailed models, whatever the budget    |
 * | PUBLIC_INSTANCING         | true    | false → one mesh per furniture piece (no instancing)       |
 * | PUBLIC_RENDER_DEBUG       | false   | true → overlay with draw calls, triangles and frame times  |
 */
import { env } from '$env/dynamic/public';

/** The public variables read here (documented in `.env.example` with the server's). */
export const RENDER_FLAG_VARIABLES = [
	'PUBLIC_3D_ENABLED',
	'PUBLIC_AUTO_QUALITY',
	'PUBLIC_MAX_TEXTURE_SIZE',
	'PUBLIC_MAX_TRIANGLES',
	'PUBLIC_LOD',
	'PUBLIC_INSTANCING',
	'PUBLIC_RENDER_DEBUG'
] as const;

export interface RenderFlags {
	enabled3d: boolean;
	autoQuality: boolean;
	maxTextureSize: number;
	maxTriangles: number;
	lod: boolean;
	instancing: boolean;
	debug: boolean;
}

export const DEFAULT_FLAGS: RenderFlags = Object.freeze({
	enabled3d: true,
	autoQuality: true,
	maxTextureSize: 2048,
	maxTriangles: 100_000,
	lod: true,
	instancing: true,
	debug: false
});

function bool(value: string | undefined, fallback: boolean): boolean {
	if (value === undefined || value.trim() === '') return fallback;
	const v = value.trim().toLowerCase();
	if (['1', 'true', 'yes', 'on'].includes(v)) return true;
	if (['0', 'false', 'no', 'off'].includes(v)) return false;
	return fallback;
}

function int(value: string | undefined, fallback: number, min: number, max: number): number {
	if (value === undefined || value.trim() === '') return fallback;
	const n = Number(value);
	if (!Number.isFinite(n)) return fallback;
	return Math.min(max, Math.max(min, Math.round(n)));
}

/** Parses the public variables; unset or malformed values keep their defaults. */
export function parseFlags(vars: Record<string, string | undefined>): RenderFlags {
	return {
		enabled3d: bool(vars.PUBLIC_3D_ENABLED, DEFAULT_FLAGS.enabled3d),
		autoQuality: bool(vars.PUBLIC_AUTO_QUALITY, DEFAULT_FLAGS.autoQuality),
		maxTextureSize: int(vars.PUBLIC_MAX_TEXTURE_SIZE, DEFAULT_FLAGS.maxTextureSize, 256, 16384),
		maxTriangles: int(vars.PUBLIC_MAX_TRIANGLES, DEFAULT_FLAGS.maxTriangles, 1000, 100_000_000),
		lod: bool(vars.PUBLIC_LOD, DEFAULT_FLAGS.lod),
		instancing: bool(vars.PUBLIC_INSTANCING, DEFAULT_FLAGS.instancing),
		debug: bool(vars.PUBLIC_RENDER_DEBUG, DEFAULT_FLAGS.debug)
	};
}

/**
 * The flags in force. Browser tests may override single variables through the test hook's
 * `render:test-env` localStorage entry (only read when the test mode is on, see tier.ts).
 */
export function renderFlags(testOverrides: Record<string, string> = {}): RenderFlags {
	return parseFlags({ ...env, ...testOverrides });
}
