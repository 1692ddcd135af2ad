import { describe, expect, it } from 'vitest';
import { Lighting, sunPosition } from './lighting';

describe('sunPosition', () => {
	it('is due south at noon with north up the plan (south = +y on the plan = +z in 3D)', () => {
		const { direction } = sunPosition(12, 0);
		expect(direction.x).toBeCloseTo(0, 6);
		expect(direction.z).toBeGreaterThan(0);
		expect(direction.y).toBeGreaterThan(0.7);
	});

	it('rises in the east in the morning and sets in the west in the evening', () => {
		expect(sunPosition(8, 0).direction.x).toBeGreaterThan(0.5);
		expect(sunPosition(17, 0).direction.x).toBeLessThan(-0.5);
	});

	it('turns with the plan north', () => {
		// North pointing to the plan's right (+x): noon sun comes from −x.
		const { direction } = sunPosition(12, Math.PI / 2);
		expect(direction.x).toBeLessThan(-0.5);
		expect(direction.z).toBeCloseTo(0, 6);
	});

	it('stays above the horizon', () => {
		for (let h = 0; h < 24; h++) expect(sunPosition(h, 0).direction.y).toBeGreaterThan(0.1);
	});
});

describe('Lighting', () => {
	it('holds shadows back for the first frame and gives them back as the quality wants', () => {
		const l = new Lighting();
		l.holdShadows(true);
		l.setQuality(true, 1024, true);
		expect(l.sun.castShadow).toBe(false);
		expect(l.shadowMapSize).toBe(1024);
		l.holdShadows(false);
		expect(l.sun.castShadow).toBe(true);
		l.setQuality(false, 0, false);
		expect(l.sun.castShadow).toBe(false);
		expect(l.shadowMapSize).toBe(0);
	});

	it('lights the inside with a pale bounce while walking and gives the outdoor light back', () => {
		const l = new Lighting();
		l.setQuality(true, 1024, false);
		const ground = l.sky.groundColor.clone();
		l.setInterior(true);
		// Ceilings face only the ground colour: it is pale (and stronger) inside.
		expect(Math.min(l.sky.groundColor.r, l.sky.groundColor.g, l.sky.groundColor.b)).toBeGreaterThan(
			0.8
		);
		expect(l.sky.intensity).toBeGreaterThan(1.5);
		// The quality keeps its say while walking, and leaving gives the earth colour back.
		l.setQuality(true, 1024, true);
		expect(l.sky.intensity).toBeGreaterThan(1.1);
		l.setInterior(false);
		expect(l.sky.intensity).toBe(1.1);
		expect(l.sky.groundColor.equals(ground)).toBe(true);
	});
});
