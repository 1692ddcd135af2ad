import { describe, expect, it } from 'vitest';
import { Color } from 'three/webgpu';
import { finishes } from '../../src/lib/catalog/finishes';
import { finishMaterial, sharedFinishMaterial, type FinishUniforms } from './index';

describe('finishMaterial', () => {
	it('makes one node material per finish, with its colours, repeat and surface values', () => {
		for (const f of finishes) {
			const m = finishMaterial(f.id);
			expect(m, f.id).not.toBeNull();
			expect(m!.colorNode, f.id).toBeTruthy();
			expect(m!.roughness).toBe(f.roughness);
			expect(m!.metalness).toBe(f.metalness);
			const u = m!.userData.uniforms as FinishUniforms;
			expect(u.color.value.getHexString()).toBe(new Color(f.color).getHexString());
			if (f.accent) expect(u.accent.value.getHexString()).toBe(new Color(f.accent).getHexString());
			if (f.scale) expect(u.scale.value).toBe(f.scale);
			expect(m!.transparent).toBe(f.kind === 'glass');
		}
	});

	it('caches materials by id and answers null for ids that are not finishes', () => {
		expect(finishMaterial('wood:oak')).toBe(finishMaterial('wood:oak'));
		expect(finishMaterial('wood:oak')).not.toBe(finishMaterial('wood:walnut'));
		expect(finishMaterial('wall:cap')).toBeNull();
	});

	it('lets frosted glass hide more than clear glass', () => {
		expect(finishMaterial('glass:frosted')!.opacity).toBeGreaterThan(
			finishMaterial('glass:clear')!.opacity
		);
	});
});

describe('sharedFinishMaterial', () => {
	it('gives one material per kind, transparent only for glass', () => {
		const wood = sharedFinishMaterial('wood');
		expect(sharedFinishMaterial('wood')).toBe(wood);
		expect(sharedFinishMaterial('tile')).not.toBe(wood);
		expect(sharedFinishMaterial('glass').transparent).toBe(true);
		expect(sharedFinishMaterial('paint').transparent).toBe(false);
		// That each swatch drawn with it shows its own finish is checked in the browser
		// (tests/e2e/catalog.spec.ts: every swatch's pixels differ).
	});
});
