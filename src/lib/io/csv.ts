/**
 * CSV schedules, quoted per RFC 4180: fields holding a comma, a double quote, CR or LF are
 * enclosed in double quotes with inner quotes doubled; records end with CRLF.
 * Areas in m² and lengths in cm as plain numbers (a dot for decimals) so spreadsheets can sum.
 */
import type { PlanDocument } from '../plan/types';
import { findFaces, roomAreas } from '../plan/topology';
import { getItem } from '../catalog';

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
	if (value === null) return '';
	const text = typeof value === 'number' ? String(value) : value;
	// A leading = + - @ would run as a formula in spreadsheets: prefix text cells with a quote.
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: CsvValue[][]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

const levelNames = (doc: PlanDocument) =>
	new Map(Object.values(doc.levels).map((l) => [l.id as string, l.name]));

/** One row per room: level, name, net and gross floor area (m²), perimeter (m). */
export function roomScheduleCsv(doc: PlanDocument): string {
	const names = levelNames(doc);
	const rows: CsvValue[][] = [
		['Level', 'Room', 'Net area (m²)', 'Gross area (m²)', 'Perimeter (m)']
	];
	const faces = new Map<string, ReturnType<typeof findFaces>>();
	const rooms = Object.values(doc.rooms).sort(
		(a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name)
	);
	for (const room of rooms) {
		let levelFaces = faces.get(room.level);
		if (!levelFaces) faces.set(room.level, (levelFaces = findFaces(doc, room.level)));
		const a = roomAreas(doc, room, levelFaces);
		rows.push([
			names.get(room.level) ?? room.level,
			room.name,
			round(a.net / 10_000, 2),
			round(a.gross / 10_000, 2),
			round(a.perimeter / 100, 2)
		]);
	}
	return toCsv(rows);
}

/** One row per piece of furniture: level, name, catalog item, category and size (cm). */
export function furnitureScheduleCsv(doc: PlanDocument): string {
	const names = levelNames(doc);
	const rows: CsvValue[][] = [
		[
			'Level',
			'Name',
			'Catalog id',
			'Category',
			'Width (cm)',
			'Depth (cm)',
			'Height (cm)',
			'Elevation (cm)',
			'X (cm)',
			'Y (cm)',
			'Rotation (°)'
		]
	];
	const pieces = Object.values(doc.furniture).sort(
		(a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name)
	);
	for (const f of pieces) {
		const item = getItem(f.catalogId);
		rows.push([
			names.get(f.level) ?? f.level,
			f.name || item?.name || f.catalogId,
			f.catalogId,
			item?.category ?? '',
			round(f.width, 1),
			round(f.depth, 1),
			round(f.height, 1),
			round(f.elevation, 1),
			round(f.x, 1),
			round(f.y, 1),
			round((f.rotation * 180) / Math.PI, 1)
		]);
	}
	return toCsv(rows);
}
