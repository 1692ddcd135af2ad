/**
 * Renderer tier choice: WebGPU only when a probe device really draws, else the WebGL2 backend
 * of WebGPURenderer, else the SVG plan. `?renderer=` and a saved setting override the probes;
 * PUBLIC_3D_ENABLED=false overrides everything. This module never imports three, so pages
 * that stay in 2D do not download the 3D code.
 */

import { probeWebGL2, probeWebGPU, type ProbeResult } from './probe';

export type { ProbeResult };
export type Tier = 'webgpu' | 'webgl' | 'svg';
export type TierSetting = Tier | 'auto';

export interface TierChoice {
	tier: Tier;
	/** One sentence for the person: why this tier. */
	reason: string;
	/** Where the decision came from. */
	source: 'flag' | 'query' | 'saved' | 'probe' | 'runtime';
	/** Probe outcomes and earlier fallbacks, newest last. */
	details: string[];
}

export interface TierInputs {
	enabled3d: boolean;
	/** Value of `?renderer=`. */
	query: string | null;
	/** The saved setting (localStorage). */
	saved: string | null;
	probeWebGPU: () => Promise<ProbeResult>;
	probeWebGL2: () => Promise<ProbeResult> | ProbeResult;
}

export const TIERS: readonly Tier[] = ['webgpu', 'webgl', 'svg'];
export const TIER_LABEL: Record<Tier, string> = { webgpu: 'WebGPU', webgl: 'WebGL2', svg: '2D' };

export function parseTierSetting(value: string | null | undefined): TierSetting | null {
	if (!value) return null;
	const v = value.trim().toLowerCase();
	if (v === 'auto' || (TIERS as readonly string[]).includes(v)) return v as TierSetting;
	return null;
}

/** The tier to try after `tier` failed at run time (device lost twice, init failed, too slow). */
export function nextTier(tier: Tier): Tier {
	return tier === 'webgpu' ? 'webgl' : 'svg';
}

export async function chooseTier(inputs: TierInputs): Promise<TierChoice> {
	if (!inputs.enabled3d) {
		return {
			tier: 'svg',
			reason: '3D is turned off on this server',
			source: 'flag',
			details: ['PUBLIC_3D_ENABLED=false']
		};
	}
	const query = parseTierSetting(inputs.query);
	if (query && query !== 'auto') {
		return { tier: query, reason: `chosen by ?renderer=${query}`, source: 'query', details: [] };
	}
	const saved = query === 'auto' ? null : parseTierSetting(inputs.saved);
	if (saved && saved !== 'auto') {
		return { tier: saved, reason: 'chosen in your settings', source: 'saved', details: [] };
	}
	const details: string[] = [];
	const gpu = await safeProbe(inputs.probeWebGPU);
	details.push(`WebGPU: ${gpu.reason}`);
	if (gpu.ok) {
		return { tier: 'webgpu', reason: 'WebGPU draws on this device', source: 'probe', details };
	}
	const gl = await safeProbe(inputs.probeWebGL2);
	details.push(`WebGL2: ${gl.reason}`);
	if (gl.ok) {
		return {
			tier: 'webgl',
			reason: 'WebGPU cannot draw here; WebGL2 can',
			source: 'probe',
			details
		};
	}
	return {
		tier: 'svg',
		reason: 'neither WebGPU nor WebGL2 can draw here',
		source: 'probe',
		details
	};
}

async function safeProbe(probe: () => Promise<ProbeResult> | ProbeResult): Promise<ProbeResult> {
	try {
		return await probe();
	} catch (error) {
		return { ok: false, reason: `probe failed: ${(error as Error)?.message ?? String(error)}` };
	}
}

/** A run-time fallback from `from` (which failed or was too slow) to the next tier. */
export function fallbackChoice(from: TierChoice, why: string): TierChoice {
	const tier = nextTier(from.tier);
	return {
		tier,
		reason: why,
		source: 'runtime',
		details: [...from.details, `${TIER_LABEL[from.tier]}: ${why}`]
	};
}

// --- browser helpers -------------------------------------------------------------------------

export const SAVED_TIER_KEY = 'house-planner:renderer';
/** localStorage key (or `?render-test=1`) that turns on the test hook `window.__render`. */
export const TEST_MODE_KEY = 'render:test';
/** localStorage key with a JSON object of PUBLIC_* variables overriding the env in test mode. */
export const TEST_ENV_KEY = 'render:test-env';

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked (privacy mode, sandboxed frame)
	}
}

export function readSavedTier(): string | null {
	return storage()?.getItem(SAVED_TIER_KEY) ?? null;
}

export function saveTier(setting: TierSetting): void {
	const s = storage();
	if (!s) return;
	if (setting === 'auto') s.removeItem(SAVED_TIER_KEY);
	else s.setItem(SAVED_TIER_KEY, setting);
}

export function isTestMode(url: URL): boolean {
	return url.searchParams.get('render-test') === '1' || storage()?.getItem(TEST_MODE_KEY) === '1';
}

/** PUBLIC_* overrides for browser tests of the flags; empty outside test mode. */
export function testEnvOverrides(url: URL): Record<string, string> {
	if (!isTestMode(url)) return {};
	try {
		const raw = storage()?.getItem(TEST_ENV_KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		if (!parsed || typeof parsed !== 'object') return {};
		return Object.fromEntries(
			Object.entries(parsed).filter(
				([k, v]) => k.startsWith('PUBLIC_') && typeof v === 'string'
			) as [string, string][]
		);
	} catch {
		return {};
	}
}

/** Marks the root element so CSS, tests and support can see the tier in force. */
export function markDocument(tier: Tier): void {
	if (typeof document !== 'undefined') document.documentElement.dataset.renderer = tier;
}

/** Runs the real probes (unless an override or the flag decides first). */
export function detectTier(url: URL, enabled3d: boolean): Promise<TierChoice> {
	return chooseTier({
		enabled3d,
		query: url.searchParams.get('renderer'),
		saved: readSavedTier(),
		probeWebGPU: () => probeWebGPU(),
		probeWebGL2: () => probeWebGL2()
	});
}
