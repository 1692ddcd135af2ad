import { describe, expect, it, vi } from 'vitest';
import { chooseTier, fallbackChoice, nextTier, parseTierSetting, type TierInputs } from './tier';

const ok =
	(reason = 'drew') =>
	async () => ({ ok: true, reason });
const no =
	(reason = 'no adapter') =>
	async () => ({ ok: false, reason });

function inputs(over: Partial<TierInputs> = {}): TierInputs {
	return {
		enabled3d: true,
		query: null,
		saved: null,
		probeWebGPU: ok(),
		probeWebGL2: ok(),
		...over
	};
}

describe('chooseTier', () => {
	it('picks WebGPU only when its probe draws', async () => {
		expect((await chooseTier(inputs())).tier).toBe('webgpu');
		const c = await chooseTier(inputs({ probeWebGPU: no('read back wrong pixels') }));
		expect(c.tier).toBe('webgl');
		expect(c.details).toContain('WebGPU: read back wrong pixels');
	});

	it('falls to SVG when neither API draws, and says why', async () => {
		const c = await chooseTier(inputs({ probeWebGPU: no(), probeWebGL2: no('no WebGL2 context') }));
		expect(c).toMatchObject({ tier: 'svg', source: 'probe' });
		expect(c.details).toEqual(['WebGPU: no adapter', 'WebGL2: no WebGL2 context']);
	});

	it('treats a throwing probe as a failed one', async () => {
		const c = await chooseTier(
			inputs({
				probeWebGPU: async () => {
					throw new Error('boom');
				}
			})
		);
		expect(c.tier).toBe('webgl');
		expect(c.details[0]).toContain('boom');
	});

	it('lets ?renderer= override the saved setting and the probes', async () => {
		const probe = vi.fn(ok());
		const c = await chooseTier(inputs({ query: 'svg', saved: 'webgpu', probeWebGPU: probe }));
		expect(c).toMatchObject({ tier: 'svg', source: 'query' });
		expect(probe).not.toHaveBeenCalled();
	});

	it('uses the saved setting when there is no query', async () => {
		const c = await chooseTier(inputs({ saved: 'webgl' }));
		expect(c).toMatchObject({ tier: 'webgl', source: 'saved' });
	});

	it('?renderer=auto ignores the saved setting', async () => {
		const c = await chooseTier(inputs({ query: 'auto', saved: 'svg' }));
		expect(c).toMatchObject({ tier: 'webgpu', source: 'probe' });
	});

	it('ignores malformed overrides', async () => {
		const c = await chooseTier(inputs({ query: 'vulkan', saved: 'x', probeWebGPU: no() }));
		expect(c).toMatchObject({ tier: 'webgl', source: 'probe' });
	});

	it('PUBLIC_3D_ENABLED=false gives everyone the 2D tier, even with ?renderer=webgpu', async () => {
		const c = await chooseTier(inputs({ enabled3d: false, query: 'webgpu' }));
		expect(c).toMatchObject({ tier: 'svg', source: 'flag' });
	});
});

describe('fallbacks', () => {
	it('steps webgpu → webgl → svg', () => {
		expect(nextTier('webgpu')).toBe('webgl');
		expect(nextTier('webgl')).toBe('svg');
		expect(nextTier('svg')).toBe('svg');
	});

	it('keeps the history of why in the details', () => {
		const first = fallbackChoice(
			{ tier: 'webgpu', reason: 'x', source: 'probe', details: ['WebGPU: drew'] },
			'device lost twice'
		);
		expect(first).toMatchObject({ tier: 'webgl', source: 'runtime', reason: 'device lost twice' });
		expect(first.details).toEqual(['WebGPU: drew', 'WebGPU: device lost twice']);
	});

	it('parses settings case-insensitively', () => {
		expect(parseTierSetting(' WebGL ')).toBe('webgl');
		expect(parseTierSetting('auto')).toBe('auto');
		expect(parseTierSetting('')).toBeNull();
		expect(parseTierSetting('gl')).toBeNull();
	});
});
