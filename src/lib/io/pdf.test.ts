import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { generateGridPlan } from '../plan/generate';
import { choosePaper, exportPlanPdf, PlanTooLargeError } from './pdf';
import { arcRoom } from '../geometry/test-plan';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('PDF export', () => {
	it('writes a PDF with the title block', async () => {
		const doc = { ...templates[0].build(), name: 'Bowman Cottage' };
		const pdf = latin1(await exportPlanPdf(doc, { scale: 50, date: new Date('2026-11-25') }));
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toContain('(Bowman Cottage)');
		expect(pdf).toContain('(Scale: 1:50)');
		expect(pdf).toContain('(Date: 2026-11-25)');
		expect(pdf).toContain('(N)');
		for (const room of Object.values(doc.rooms)) expect(pdf).toContain(`(${room.name})`);
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
	});

	it('picks a larger sheet for a larger scale', () => {
		expect(choosePaper(200, 150)).toBe('a4');
		expect(choosePaper(380, 200)).toBe('a3');
		expect(choosePaper(5000, 5000)).toBeNull();
	});

	it('refuses a plan that does not fit on A0 at the scale', async () => {
		const doc = generateGridPlan({ walls: 100, seed: 1 });
		await expect(exportPlanPdf(doc, { scale: 5 })).rejects.toBeInstanceOf(PlanTooLargeError);
	});

	it('reports progress and stops when cancelled', async () => {
		const doc = templates[0].build();
		const seen: number[] = [];
		await exportPlanPdf(doc, { onProgress: (f) => seen.push(f) });
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(1);
		const controller = new AbortController();
		const run = exportPlanPdf(doc, {
			signal: controller.signal,
			onProgress: (f) => f > 0.2 && controller.abort()
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
	});

	it('draws a curved wall with Bézier curves, not chords', async () => {
		const p = arcRoom();
		const straight = { ...p.doc, walls: { ...p.doc.walls } };
		for (const w of Object.values(straight.walls)) straight.walls[w.id] = { ...w, arcExtent: null };
		const curves = (text: string) => text.match(/ c\n/g)?.length ?? 0;
		const date = new Date('2026-11-25');
		const withArc = latin1(await exportPlanPdf(p.doc, { date }));
		const without = latin1(await exportPlanPdf(straight, { date }));
		// The two arc faces of each of the two wall pieces add curve segments; the door's swing
		// and the north arrow's circle are curves in both.
		expect(curves(withArc)).toBeGreaterThanOrEqual(curves(without) + 4);
	});
});
