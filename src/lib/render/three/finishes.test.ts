import { describe, expect, it } from 'vitest';
import { BufferGeometry, Color } from 'three';
import { finishes } from '../../catalog/finishes';
import { FINISH_ATTRIBUTES, KIND_ID } from '$shaders/finishes';
import { LookArrays, MaterialLibrary, lookOf } from './finishes';

describe('lookOf', () => {
	it('carries every catalog finish’s pattern, colours, repeat, roughness and metalness', () => {
		for (const f of finishes) {
			const look = lookOf(f.id);
			expect(look.kind, f.id).toBe(KIND_ID[f.kind]);
			expect(look.color.getHexString(), f.id).toBe(new Color(f.color).getHexString());
			expect(look.accent.getHexString(), f.id).toBe(new Color(f.accent ?? f.color).getHexString());
			if (f.scale) expect(look.scale, f.id).toBe(f.scale);
			expect(look.roughness).toBe(f.roughness);
			expect(look.metalness).toBe(f.metalness);
		}
		expect(lookOf('brick:red').kind).not.toBe(lookOf('tile:white').kind);
	});

	it('knows the built-in surfaces and the ground grid', () => {
		expect(lookOf('wall:trim').kind).toBe(KIND_ID.paint);
		expect(lookOf('ground').kind).toBe(KIND_ID.grid);
		expect(lookOf('no:such').kind).toBe(KIND_ID.paint);
	});
});

describe('LookArrays', () => {
	it('writes a look into a vertex range and attaches the four attributes', () => {
		const a = new LookArrays(4);
		a.write(lookOf('wood:oak'), 0, 2);
		a.write(lookOf('tile:grey'), 2, 4);
		const g = a.attach(new BufferGeometry());
		const params = g.getAttribute(FINISH_ATTRIBUTES.params);
		expect([0, 1, 2, 3].map((i) => params.getX(i))).toEqual([1, 1, 2, 2]);
		expect(params.getY(0)).toBe(18);
		expect(params.getY(3)).toBe(60);
		expect(g.getAttribute(FINISH_ATTRIBUTES.highlight).count).toBe(4);
	});
});

describe('MaterialLibrary', () => {
	it('draws every finish with one material, glass with its see-through twin', () => {
		const lib = new MaterialLibrary();
		expect(lib.get('brick:red')).toBe(lib.get('wood:oak'));
		expect(lib.get('glass:clear')).toBe(lib.glass);
		expect(lib.glass.transparent).toBe(true);
		expect(lib.surface.transparent).toBe(false);
	});
});
