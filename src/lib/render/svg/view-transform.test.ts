import { describe, expect, it } from 'vitest';
import { planToScreen, type Viewport } from '../../editor/viewport';
import { layerTransform } from './view-transform';

/** Applies `translate(tx, ty) scale(k)` (origin 0 0) to a screen point. */
function apply(t: string, p: { x: number; y: number }) {
	const m = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(t)!;
	const [tx, ty, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return { x: p.x * k + tx, y: p.y * k + ty };
}

describe('layerTransform', () => {
	it('maps where a plan point was drawn to where the live view shows it', () => {
		const drawn: Viewport = { x: -100, y: 50, scale: 0.8, width: 900, height: 600 };
		const live: Viewport = { x: 20, y: -30, scale: 1.7, width: 900, height: 600 };
		const t = layerTransform(drawn, live);
		for (const p of [
			{ x: 0, y: 0 },
			{ x: 333, y: -120 },
			{ x: -50, y: 700 }
		]) {
			const got = apply(t, planToScreen(drawn, p));
			const want = planToScreen(live, p);
			expect(got.x).toBeCloseTo(want.x);
			expect(got.y).toBeCloseTo(want.y);
		}
	});

	it('is none when the plan is drawn at the live view', () => {
		const v: Viewport = { x: 1, y: 2, scale: 1, width: 10, height: 10 };
		expect(layerTransform(v, v)).toBe('none');
		expect(layerTransform(v, { ...v })).toBe('none');
	});
});
