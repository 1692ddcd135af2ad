import DxfParser from 'dxf-parser';
import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { planDrawing } from './drawing';
import { dxfText, exportPlanDxf } from './dxf';

type Entity = { type: string; layer: string; text?: string; vertices?: { x: number; y: number }[] };

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
});
