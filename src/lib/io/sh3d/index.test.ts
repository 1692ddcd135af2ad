import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../plan/types';
import { validateDocument } from '../../plan/validate';
import { homeXml, sampleHouseXml, sh3dZip } from '../fixtures/sh3d';
import { importSh3d } from '.';
import { parseXml } from './xml';

const BOWMAN = resolve(process.cwd(), '../shared/fixtures/bowman_ground_floor_proposed.sh3d');

async function imported(bytes: Uint8Array) {
	const r = await importSh3d(bytes);
	if (!r.ok) throw new Error(r.error);
	return r;
}

function wallsAt(doc: PlanDocument) {
	const n = new Map<string, number>();
	for (const w of Object.values(doc.walls))
		for (const c of [w.start, w.end]) n.set(c, (n.get(c) ?? 0) + 1);
	return n;
}

describe('Sweet Home 3D import: the real bowman fixture', async () => {
	const bytes = new Uint8Array(readFileSync(BOWMAN));
	const { doc, report } = await imported(bytes);
	const xml = parseXml(new TextDecoder().decode(unzipSync(bytes)['Home.xml']));
	const raw = xml.children.filter((c) => c.name === 'wall');
	const ends = raw.flatMap((w) => [
		{ x: Number(w.attrs.xStart), y: Number(w.attrs.yStart) },
		{ x: Number(w.attrs.xEnd), y: Number(w.attrs.yEnd) }
	]);

	it('validates and imports all 49 walls', () => {
		expect(raw.length).toBe(49);
		expect(validateDocument(doc).ok).toBe(true);
		expect(report.counts.get('walls')).toBe(49);
		expect(Object.keys(doc.walls).length).toBeGreaterThanOrEqual(45);
	});

	it('joins walls whose ends meet into one shared corner', () => {
		const degree = wallsAt(doc);
		const corners = Object.values(doc.corners);
		let pairs = 0;
		for (let i = 0; i < ends.length; i++)
			for (let j = i + 1; j < ends.length; j++) {
				if (i >> 1 === j >> 1) continue;
				if (Math.hypot(ends[i].x - ends[j].x, ends[i].y - ends[j].y) > 0.5) continue;
				pairs++;
				const near = corners.filter((c) => Math.hypot(c.x - ends[i].x, c.y - ends[i].y) < 2);
				expect(near.length).toBe(1);
				expect(degree.get(near[0].id)).toBeGreaterThanOrEqual(2);
			}
		expect(pairs).toBeGreaterThan(10);
		const shared = [...degree.values()].filter((n) => n >= 2).length;
		expect(shared).toBeGreaterThanOrEqual(30);
	});

	it('leaves no two corners within the join tolerance', () => {
		const corners = Object.values(doc.corners);
		for (let i = 0; i < corners.length; i++)
			for (let j = i + 1; j < corners.length; j++)
				expect(
					Math.hypot(corners[i].x - corners[j].x, corners[i].y - corners[j].y)
				).toBeGreaterThan(2);
	});

	it('splits walls at T-junctions (an end landing on another wall)', () => {
		// 2b9a ends at (963.1, 693.2), on the long wall from (859, 693.2) to (1252.4, 693.2).
		const c = Object.values(doc.corners).find((k) => Math.hypot(k.x - 963.1, k.y - 693.2) < 1)!;
		expect(wallsAt(doc).get(c.id)).toBe(3);
	});
});

describe('Sweet Home 3D import: a house written from the DTD', async () => {
	const { doc, report } = await imported(sh3dZip(sampleHouseXml()));
	const levels = Object.values(doc.levels).sort((a, b) => a.order - b.order);
	const ground = levels[0].id;

	it('maps levels with elevation, height and floor thickness, and north', () => {
		expect(levels.map((l) => [l.name, l.elevation, l.height, l.floorThickness])).toEqual([
			['Ground', 0, 250, 12],
			['Upper', 262, 240, 12]
		]);
		expect(doc.north).toBeCloseTo(Math.PI / 2);
	});

	it('joins referenced walls, extends a wall to the face it stops at, keeps slopes', () => {
		const degree = wallsAt(doc);
		const at = (x: number, y: number) =>
			Object.values(doc.corners).find(
				(c) => c.level === ground && Math.hypot(c.x - x, c.y - y) < 1
			);
		for (const [x, y] of [
			[0, 0],
			[500, 0],
			[500, 400],
			[0, 400]
		])
			expect(degree.get(at(x, y)!.id)).toBe(2);
		// The wall from (0, 200) stopping at x = 240 now reaches the wall at x = 250: a T.
		expect(degree.get(at(250, 200)!.id)).toBe(3);
		const sloped = Object.values(doc.walls).filter((w) => w.heightAtEnd !== null);
		expect(sloped.length).toBe(2); // split by the T at x = 250
		expect(Math.max(...sloped.map((w) => w.heightAtEnd!))).toBe(300);
	});

	it('makes a room on a face a derived room and keeps a free room as drawn', () => {
		const rooms = Object.values(doc.rooms);
		expect(rooms.find((r) => r.name === 'Kitchen')!.derived).toBe(true);
		expect(rooms.find((r) => r.name === 'Terrace')!.derived).toBe(false);
	});

	it('places doors and windows in their walls', () => {
		const openings = Object.values(doc.openings);
		const door = openings.find((o) => o.kind === 'door')!;
		const window = openings.find((o) => o.kind === 'window')!;
		const wallOf = (id: string) => doc.walls[id as keyof typeof doc.walls];
		const centre = (o: typeof door) => {
			const w = wallOf(o.wall);
			const a = doc.corners[w.start];
			const b = doc.corners[w.end];
			const len = Math.hypot(b.x - a.x, b.y - a.y);
			return { x: a.x + ((b.x - a.x) * o.offset) / len, y: a.y + ((b.y - a.y) * o.offset) / len };
		};
		expect(centre(door).x).toBeCloseTo(250, 0);
		expect(centre(door).y).toBeCloseTo(300, 0);
		expect(door.width).toBe(90);
		// A plain "Door" gets the plain default door, not another door of similar size.
		expect(door.catalogId).toBe('door:single');
		expect(centre(window).x).toBeCloseTo(400, 0);
		expect(window.sill).toBe(90);
		expect(window.height).toBe(120);
		expect(report.notImported).toContainEqual({
			what: 'doors and windows',
			count: 1,
			reason: 'not inside any wall'
		});
	});

	it('maps furniture to catalog items, boxes the unknown, flattens groups', () => {
		const pieces = Object.values(doc.furniture);
		expect(pieces.length).toBe(4);
		const bed = pieces.find((f) => f.name.startsWith('Double bed'))!;
		expect(bed.catalogId).toMatch(/^bed:/);
		expect(bed.color).toBe('#336699');
		expect(pieces.find((f) => f.name === 'Flux capacitor')).toMatchObject({
			catalogId: 'box:generic',
			mirrored: true
		});
		expect(pieces.filter((f) => f.name === 'Chair' && f.catalogId.includes('chair')).length).toBe(
			2
		);
	});

	it('brings labels and dimension lines, and reports what it left out', () => {
		expect(Object.values(doc.labels)).toMatchObject([{ text: 'North & garden', size: 30 }]);
		expect(Object.values(doc.dimensions)).toMatchObject([{ x1: 0, x2: 500, offset: -40 }]);
		const left = report.notImported.map((l) => l.what);
		expect(left).toContain('polyline');
		expect(left).toContain('room colours and textures');
	});
});

describe('Sweet Home 3D import: hostile and broken files', () => {
	const expectError = async (bytes: Uint8Array, pattern: RegExp) => {
		const r = await importSh3d(bytes);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(pattern);
	};

	it('says a JPEG named .sh3d is not a Sweet Home 3D file', async () => {
		const jpeg = new Uint8Array([
			0xff,
			0xd8,
			0xff,
			0xe0,
			0,
			16,
			74,
			70,
			73,
			70,
			0,
			1,
			...new Array(200).fill(7)
		]);
		await expectError(jpeg, /not a Sweet Home 3D file.*JPEG/);
	});

	it('refuses a zip bomb before inflating it', async () => {
		const big = new Uint8Array(60 * 1024 * 1024).fill(32);
		const bomb = zipSync({ 'Home.xml': big }, { level: 9 });
		expect(bomb.length).toBeLessThan(200_000);
		await expectError(bomb, /Home\.xml would be 60 MB uncompressed, more than the 50 MB allowed/);
	});

	it('stops inflating an entry that lies about its size', async () => {
		const zip = zipSync({ 'Home.xml': new Uint8Array(2_000_000).fill(32) }, { level: 9 });
		// Forge the declared size (central directory and local header) down to 1000 bytes.
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		view.setUint32(22, 1000, true);
		const central = zip.length - 22 - 46 - 'Home.xml'.length;
		view.setUint32(central + 24, 1000, true);
		await expectError(zip, /more than the size its archive declares/);
	});

	it('refuses XML with entity declarations (billion laughs) at once', async () => {
		const laughs =
			'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
			Array.from(
				{ length: 9 },
				(_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`
			).join('') +
			']><home name="&lol9;"/>';
		await expectError(sh3dZip(laughs), /DOCTYPE or entities/);
	});

	it('reports a truncated archive', async () => {
		const whole = sh3dZip(sampleHouseXml());
		await expectError(whole.slice(0, Math.floor(whole.length / 2)), /truncated or damaged/);
	});

	it('refuses XML with too many elements', async () => {
		const huge = homeXml('<property name="a" value="b"/>'.repeat(600_000));
		await expectError(sh3dZip(huge), /more than 500000 elements/);
	});

	it('reports malformed XML and a ZIP without Home.xml', async () => {
		await expectError(sh3dZip('<home><wall></home>'), /not well-formed/);
		await expectError(zipSync({ 'readme.txt': strToU8('hi') }), /no Home\.xml/);
		await expectError(zipSync({ Home: strToU8('java') }), /older than 5\.3/);
	});

	it('skips walls with garbage numbers instead of failing', async () => {
		const xml = homeXml(
			'<wall id="a" xStart="0" yStart="0" xEnd="100" yEnd="0" thickness="NaN"/>' +
				'<wall id="b" xStart="0" yStart="0" xEnd="1e99" yEnd="0" thickness="10"/>' +
				'<wall id="c" xStart="0" yStart="0" xEnd="300" yEnd="0" thickness="10"/>'
		);
		const r = await imported(sh3dZip(xml));
		expect(Object.keys(r.doc.walls).length).toBe(1);
		expect(r.report.notImported.reduce((s, l) => s + l.count, 0)).toBe(2);
	});

	it('answers a corrupted archive with an error, not a throw', async () => {
		const zip = sh3dZip(sampleHouseXml());
		const broken = zip.slice();
		for (let i = 60; i < 200; i++) broken[i] ^= 0x5a;
		const r = await importSh3d(broken);
		expect(r.ok).toBe(false);
	});
});
