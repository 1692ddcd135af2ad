import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, parseFlags } from './flags';

describe('parseFlags', () => {
	it('defaults when nothing is set', () => {
		expect(parseFlags({})).toEqual(DEFAULT_FLAGS);
		expect(DEFAULT_FLAGS).toMatchObject({ maxTextureSize: 2048, maxTriangles: 100_000 });
	});

	it('reads every variable', () => {
		expect(
			parseFlags({
				PUBLIC_3D_ENABLED: 'false',
				PUBLIC_AUTO_QUALITY: '0',
				PUBLIC_MAX_TEXTURE_SIZE: '1024',
				PUBLIC_MAX_TRIANGLES: '5000',
				PUBLIC_LOD: 'off',
				PUBLIC_INSTANCING: 'no',
				PUBLIC_RENDER_DEBUG: 'true'
			})
		).toEqual({
			enabled3d: false,
			autoQuality: false,
			maxTextureSize: 1024,
			maxTriangles: 5000,
			lod: false,
			instancing: false,
			debug: true
		});
	});

	it('keeps defaults for malformed values and clamps numbers', () => {
		const f = parseFlags({
			PUBLIC_3D_ENABLED: 'maybe',
			PUBLIC_MAX_TEXTURE_SIZE: 'big',
			PUBLIC_MAX_TRIANGLES: '-5'
		});
		expect(f.enabled3d).toBe(true);
		expect(f.maxTextureSize).toBe(2048);
		expect(f.maxTriangles).toBe(1000);
	});
});
