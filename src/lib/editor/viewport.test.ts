import { describe, expect, it } from 'vitest';
import { fitBounds, planToScreen, screenToPlan, viewBox, zoomAt, type Viewport } from './viewport';

const v: Viewport = { x: -50, y: 20, scale: 2, width: 800, height: 600 };

describe('viewport', () => {
	it('maps screen to plan and back', () => {
		const p = screenToPlan(v, 100, 60);
		expect(p).toEqual({ x: 0, y: 50 });
		expect(planToScreen(v, p)).toEqual({ x: 100, y: 60 });
	});

	it('zooms around the cursor: the plan point under it stays put', () => {
		const before = screenToPlan(v, 321, 123);
		const z = zoomAt(v, 321, 123, 1.7);
		expect(z.scale).toBeCloseTo(3.4);
		const after = screenToPlan(z, 321, 123);
		expect(after.x).toBeCloseTo(before.x);
		expect(after.y).toBeCloseTo(before.y);
	});

	it('fits bounds into the view, centred', () => {
		const f = fitBounds(v, { minX: 0, minY: 0, maxX: 1000, maxY: 500 }, 0);
		expect(f.scale).toBeCloseTo(0.8);
		const c = screenToPlan(f, 400, 300);
		expect(c.x).toBeCloseTo(500);
		expect(c.y).toBeCloseTo(250);
	});

	it('writes the viewBox in plan units', () => {
		expect(viewBox(v)).toBe('-50 20 400 300');
	});
});
