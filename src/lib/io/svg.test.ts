import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { planDrawing } from './drawing';
import { escapeXml, exportPlanSvg } from './svg';

describe('SVG export', () => {
	const doc = templates[0].build();

	it('sizes the sheet in millimetres at the chosen scale', () => {
		const { bounds } = planDrawing(doc, { textSize: 12.5 });
		const svg50 = exportPlanSvg(doc, { scale: 50, marginMm: 0 });
		const svg100 = exportPlanSvg(doc, { scale: 100, marginMm: 0 });
		const width = (svg: string) => Number(/width="([\d.]+)mm"/.exec(svg)![1]);
		expect(width(svg50)).toBeCloseTo(2 * width(svg100), 0);
		// Room outlines and walls are the same at both scales; 1 cm of plan = 10/scale mm.
		expect(width(svg50)).toBeGreaterThan(((bounds.maxX - bounds.minX) * 10) / 50 - 1);
	});

	it('names every room with its area and draws every wall', () => {
		const svg = exportPlanSvg(doc);
		for (const room of Object.values(doc.rooms)) expect(svg).toContain(`>${escapeXml(room.name)}<`);
		expect(svg).toMatch(/\d+\.\d m²/);
		for (const wall of Object.keys(doc.walls)) expect(svg).toContain(`data-id="${wall}"`);
		for (const f of Object.keys(doc.furniture)) expect(svg).toContain(`data-id="${f}"`);
	});

	it('escapes names so the file stays well-formed', () => {
		const id = Object.keys(doc.rooms)[0] as keyof typeof doc.rooms;
		const named = { ...doc, rooms: { ...doc.rooms, [id]: { ...doc.rooms[id], name: 'A & <B>' } } };
		const svg = exportPlanSvg(named);
		expect(svg).toContain('A &amp; &lt;B&gt;');
		expect(svg).not.toContain('<B>');
	});

	it('refuses a scale that is not positive', () => {
		expect(() => exportPlanSvg(doc, { scale: 0 })).toThrow(RangeError);
	});
});
