import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { roomAreas } from '../plan/topology';
import { csvField, furnitureScheduleCsv, roomScheduleCsv, toCsv } from './csv';

/** A small RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('CSV', () => {
	it('quotes fields with commas, quotes and line breaks', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(12.5)).toBe('12.5');
		expect(csvField(null)).toBe('');
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		const text = toCsv([['a,b', 'c"d', 'e\r\nf']]);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([['a,b', 'c"d', 'e\r\nf']]);
	});

	it('lists every room with its net and gross area and perimeter', () => {
		const doc = templates[1].build();
		const rows = parseCsv(roomScheduleCsv(doc));
		const rooms = Object.values(doc.rooms);
		expect(rows[0]).toEqual(['Level', 'Room', 'Net area (m²)', 'Gross area (m²)', 'Perimeter (m)']);
		expect(rows.length).toBe(rooms.length + 1);
		for (const room of rooms) {
			const row = rows.find((r) => r[1] === room.name)!;
			const a = roomAreas(doc, room);
			expect(Number(row[2])).toBeCloseTo(a.net / 10_000, 2);
			expect(Number(row[3])).toBeCloseTo(a.gross / 10_000, 2);
			expect(Number(row[4])).toBeCloseTo(a.perimeter / 100, 2);
			expect(Number(row[3])).toBeGreaterThan(Number(row[2]));
		}
	});

	it('lists every piece of furniture with its size', () => {
		const doc = templates[1].build();
		const rows = parseCsv(furnitureScheduleCsv(doc));
		const pieces = Object.values(doc.furniture);
		expect(rows.length).toBe(pieces.length + 1);
		for (const f of pieces) {
			const row = rows.find(
				(r) => r[2] === f.catalogId && Number(r[8]) === Math.round(f.x * 10) / 10
			);
			expect(row).toBeDefined();
			expect(Number(row![4])).toBeCloseTo(f.width, 1);
			expect(Number(row![5])).toBeCloseTo(f.depth, 1);
			expect(Number(row![6])).toBeCloseTo(f.height, 1);
		}
	});
});
