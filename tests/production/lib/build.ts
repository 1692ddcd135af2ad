/**
 * The production build the tests run: `vite build` into build-production/ (git-ignored, never
 * the shared build/), once per test run. PRODUCTION_BUILD_DIR points at an existing build instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

export function productionBuildDir(): string {
	return resolve(repoRoot, process.env.PRODUCTION_BUILD_DIR ?? 'build-production');
}

export function buildForProduction(): string {
	const dir = productionBuildDir();
	if (process.env.PRODUCTION_BUILD_DIR) {
		if (!existsSync(join(dir, 'index.js'))) throw new Error(`${dir} holds no adapter-node build`);
		return dir;
	}
	const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build'], {
		cwd: repoRoot,
		env: { ...process.env, BUILD_DIR: dir, KIT_OUT_DIR: '.svelte-kit-production' },
		encoding: 'utf8'
	});
	if (result.status !== 0) {
		throw new Error(`vite build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
	}
	return dir;
}
