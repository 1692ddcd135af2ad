import DxfParser from 'dxf-parser';
import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { planDrawing } from './drawing';
import { dxfText, exportPlanDxf } from './dxf';
import { arcRoom } from '../geometry/test-plan';

type Entity = {
	type: string;
	layer: string;
	text?: string;
	vertices?: { x: number; y: number; bulge?: number }[];
};

describe('DXF export', () => {
	const doc = templates[0].build();
	const text = exportPlanDxf(doc, { units: 'cm' });
	const parsed = new DxfParser().parseSync(text)!;
	const entities = parsed.entities as unknown as Entity[];
	const drawing = planDrawing(doc);
	const count = (type: string, layer: string) =>
		entities.filter((e) => e.type === type && e.layer === layer).length;
	const expected = (type: string, layer: string) =>
		drawing.primitives.filter((p) => p.type === type && p.layer === layer).length;

	it('parses back with the six layers', () => {
		expect(Object.keys(parsed.tables.layer.layers).sort()).toEqual(
			['DIMENSIONS', 'FURNITURE', 'OPENINGS', 'ROOMS', 'TEXT', 'WALLS'].sort()
		);
		expect(parsed.header.$ACADVER).toBe('AC1009');
	});

	it('has one closed polyline per wall piece, room and piece of furniture', () => {
		expect(count('POLYLINE', 'WALLS')).toBe(expected('polygon', 'WALLS'));
		expect(count('POLYLINE', 'WALLS')).toBeGreaterThanOrEqual(Object.keys(doc.walls).length);
		expect(count('POLYLINE', 'ROOMS')).toBe(Object.keys(doc.rooms).length);
		expect(count('POLYLINE', 'FURNITURE')).toBe(Object.keys(doc.furniture).length);
	});

	it('draws doors with a swing arc and writes room names as text', () => {
		const doors = Object.values(doc.openings).filter((o) => o.kind === 'door').length;
		expect(count('ARC', 'OPENINGS')).toBe(doors);
		expect(count('LINE', 'OPENINGS')).toBe(expected('line', 'OPENINGS'));
		const texts = entities.filter((e) => e.type === 'TEXT').map((e) => e.text);
		for (const room of Object.values(doc.rooms)) expect(texts).toContain(room.name);
	});

	it('flips y so that north stays up, and scales to the units', () => {
		const corner = Object.values(doc.corners)[0];
		const mm = new DxfParser().parseSync(exportPlanDxf(doc, { units: 'mm' }))!;
		const walls = (mm.entities as unknown as Entity[]).filter((e) => e.layer === 'WALLS');
		const near = walls.some((w) =>
			w.vertices!.some((v) => Math.hypot(v.x - corner.x * 10, v.y + corner.y * 10) < 400)
		);
		expect(near).toBe(true);
	});

	it('escapes characters outside ASCII', () => {
		expect(dxfText('12 m²')).toBe('12 m\\U+00B2');
	});

	it('keeps a curved wall as arcs: polyline bulges on both faces, y flipped', () => {
		const p = arcRoom();
		const arcWall = Object.values(p.doc.walls).find((w) => w.arcExtent)!;
		const parsed = new DxfParser().parseSync(exportPlanDxf(p.doc, { units: 'cm' }))!;
		const walls = (parsed.entities as unknown as Entity[]).filter(
			(e) => e.type === 'POLYLINE' && e.layer === 'WALLS'
		);
		const bulged = walls.filter((w) => w.vertices!.some((v) => v.bulge));
		// The door splits the arc wall in two: two polylines, each with two arc edges.
		expect(bulged).toHaveLength(2);
		let turn = 0;
		for (const w of bulged) {
			const bulges = w.vertices!.map((v) => v.bulge ?? 0).filter((b) => b !== 0);
			expect(bulges).toHaveLength(2);
			// Faces walked opposite ways: one turns left, the other right.
			expect(Math.sign(bulges[0])).toBe(-Math.sign(bulges[1]));
			turn += Math.abs(4 * Math.atan(bulges[0]));
		}
		// Both pieces together turn the wall's 120° less the door's share.
		const R = 400 / (2 * Math.sin(Math.PI / 3));
		expect(turn).toBeCloseTo(arcWall.arcExtent! - 90 / R, 2);
		// Every arc vertex lies on a face circle (about (200, 300 - R/2) in plan, y flipped).
		for (const w of bulged)
			for (const v of w.vertices!.filter((v) => v.bulge)) {
				const r = Math.hypot(v.x - 200, v.y + (300 - R / 2));
				expect(Math.min(Math.abs(r - R - 10), Math.abs(r - R + 10))).toBeLessThan(0.01);
			}
	});
});
