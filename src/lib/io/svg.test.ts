import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { planDrawing } from './drawing';
import { escapeXml, exportPlanSvg } from './svg';
import { ARC_ROOM_SAGITTA, arcRoom } from '../geometry/test-plan';

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

	it('draws a curved wall with arc commands on its faces, bulging off the chord', () => {
		const p = arcRoom();
		const arcWall = Object.values(p.doc.walls).find((w) => w.arcExtent)!;
		const svg = exportPlanSvg(p.doc, { marginMm: 0 });
		const paths = [...svg.matchAll(new RegExp(`data-id="${arcWall.id}" d="([^"]+)"`, 'g'))];
		// The door splits the wall into two pieces, each with both faces as arcs.
		expect(paths).toHaveLength(2);
		const R = 400 / (2 * Math.sin(Math.PI / 3));
		for (const [, d] of paths) {
			const radii = [...d.matchAll(/A([\d.]+) /g)].map((m) => Number(m[1])).sort((a, b) => a - b);
			expect(radii).toHaveLength(2);
			expect(radii[0]).toBeCloseTo(R - 10, 0);
			expect(radii[1]).toBeCloseTo(R + 10, 0);
		}
		// The sheet reaches down to the arc's outer face, well below the chord at y = 300.
		const [, , , h] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/
			.exec(svg)!
			.slice(1)
			.map(Number);
		const minY = Number(/viewBox="[-\d.]+ ([-\d.]+)/.exec(svg)![1]);
		expect(minY + h).toBeGreaterThan(300 + ARC_ROOM_SAGITTA + 10 - 1);
	});
});
