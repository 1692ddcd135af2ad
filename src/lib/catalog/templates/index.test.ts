import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../plan/validate';
import { faceMeasures, faceOfRoom } from '../../plan/topology/measure';
import { findFaces } from '../../plan/topology/faces';
import { pointInPolygon } from '../../plan/topology/vec';
import type { Furniture, PlanDocument, Room, Vec2 } from '../../plan/types';
import { getItem } from '../furniture';
import { getFinish } from '../finishes';
import { getTemplate, templates } from './index';

const M2 = 10_000;

/** The four corners of a piece's footprint, rotated about its centre as the plan draws it. */
function footprint(f: Furniture): Vec2[] {
	const c = Math.cos(f.rotation);
	const s = Math.sin(f.rotation);
	return [
		[-1, -1],
		[1, -1],
		[1, 1],
		[-1, 1]
	].map(([u, v]) => {
		const x = (u * f.width) / 2;
		const y = (v * f.depth) / 2;
		return { x: f.x + x * c - y * s, y: f.y + x * s + y * c };
	});
}

/** Axis-aligned box of a footprint, shrunk a little so touching pieces do not count as overlap. */
function box(f: Furniture) {
	const pts = footprint(f);
	const xs = pts.map((p) => p.x);
	const ys = pts.map((p) => p.y);
	const e = 0.5;
	return {
		x0: Math.min(...xs) + e,
		x1: Math.max(...xs) - e,
		y0: Math.min(...ys) + e,
		y1: Math.max(...ys) - e
	};
}

function netOutline(doc: PlanDocument, room: Room): Vec2[] {
	const face = faceOfRoom(doc, room, findFaces(doc, room.level));
	if (!face) throw new Error(`${room.name} has no face`);
	return faceMeasures(doc, face).netOutline;
}

const netArea = (doc: PlanDocument, room: Room) => {
	const face = faceOfRoom(doc, room, findFaces(doc, room.level))!;
	return faceMeasures(doc, face).net;
};

const rooms = (doc: PlanDocument) => Object.values(doc.rooms);
const totalNet = (doc: PlanDocument) => rooms(doc).reduce((s, r) => s + netArea(doc, r), 0);

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
	const doc = template.build();

	it('is a valid plan document', () => {
		const result = validateDocument(JSON.parse(JSON.stringify(doc)));
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('builds a fresh document with new ids each time', () => {
		const again = template.build();
		expect(Object.keys(again.walls)).not.toEqual(Object.keys(doc.walls));
		expect(Object.keys(again.walls)).toHaveLength(Object.keys(doc.walls).length);
	});

	it('joins every wall end to another wall (no loose ends)', () => {
		const uses = new Map<string, number>();
		for (const w of Object.values(doc.walls))
			for (const c of [w.start, w.end]) uses.set(c, (uses.get(c) ?? 0) + 1);
		expect(uses.size).toBe(Object.keys(doc.corners).length);
		for (const [corner, n] of uses) expect(n, corner).toBeGreaterThanOrEqual(2);
	});

	it('names every room, gives it a real floor finish, and each room is at least 2 m²', () => {
		const names = rooms(doc).map((r) => r.name);
		expect(names.length).toBeGreaterThanOrEqual(3);
		for (const room of rooms(doc)) {
			expect(room.name.trim()).not.toBe('');
			expect(room.name).not.toMatch(/^Room( \d+)?$/);
			expect(room.derived).toBe(true);
			expect(room.polygon.length).toBeGreaterThanOrEqual(4);
			expect(getFinish(room.floorFinish)?.surfaces).toContain('floor');
			expect(netArea(doc, room) / M2, room.name).toBeGreaterThan(2);
		}
		for (const name of ['Living room', 'Bathroom']) expect(names).toContain(name);
	});

	it('has doors and windows from the catalog on walls of its own levels', () => {
		const openings = Object.values(doc.openings);
		expect(openings.some((o) => o.kind === 'door')).toBe(true);
		expect(openings.some((o) => o.kind === 'window')).toBe(true);
		for (const o of openings) expect(getItem(o.catalogId ?? '')?.kind).toBe(o.kind);
	});

	it('puts every piece of furniture wholly inside a room of its level', () => {
		const outlines = rooms(doc).map((r) => ({ room: r, outline: netOutline(doc, r) }));
		for (const f of Object.values(doc.furniture)) {
			expect(getItem(f.catalogId)?.kind, f.catalogId).toBe('furniture');
			// Shrink by 0.5 cm so a piece flush against a wall counts as inside.
			const pts = footprint({ ...f, width: f.width - 1, depth: f.depth - 1 });
			const home = outlines.find(
				(o) => o.room.level === f.level && pts.every((p) => pointInPolygon(p, o.outline))
			);
			expect(home, `${f.catalogId} at ${f.x},${f.y}`).toBeDefined();
		}
	});

	it('lets no two pieces overlap, except chairs tucked under a table', () => {
		const pieces = Object.values(doc.furniture);
		const tucked = (a: Furniture, b: Furniture) =>
			a.catalogId.startsWith('chair:') && b.catalogId.startsWith('table:dining');
		for (let i = 0; i < pieces.length; i++) {
			for (let j = i + 1; j < pieces.length; j++) {
				const [a, b] = [pieces[i], pieces[j]];
				if (a.level !== b.level || tucked(a, b) || tucked(b, a)) continue;
				const p = box(a);
				const q = box(b);
				const overlap = p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
				expect(overlap, `${a.catalogId} overlaps ${b.catalogId}`).toBe(false);
			}
		}
	});
});

describe('template sizes', () => {
	it('makes a studio of 25–45 m² net', () => {
		const studio = getTemplate('studio')!.build();
		expect(totalNet(studio) / M2).toBeGreaterThan(25);
		expect(totalNet(studio) / M2).toBeLessThan(45);
		expect(Object.keys(studio.levels)).toHaveLength(1);
	});

	it('makes a two-bedroom house of 55–90 m² on one level with two bedrooms', () => {
		const house = getTemplate('two-bedroom')!.build();
		expect(totalNet(house) / M2).toBeGreaterThan(55);
		expect(totalNet(house) / M2).toBeLessThan(90);
		expect(Object.keys(house.levels)).toHaveLength(1);
		expect(rooms(house).filter((r) => r.name.startsWith('Bedroom'))).toHaveLength(2);
		const bedrooms = Object.values(house.furniture).filter((f) => f.catalogId.startsWith('bed:'));
		expect(bedrooms).toHaveLength(2);
	});

	it('makes a two-storey house with stacked levels, stairs below and rooms on both', () => {
		const house = getTemplate('two-storey')!.build();
		const levels = Object.values(house.levels).sort((a, b) => a.order - b.order);
		expect(levels).toHaveLength(2);
		expect(levels[1].elevation).toBe(
			levels[0].elevation + levels[0].height + levels[0].floorThickness
		);
		for (const level of levels) {
			expect(rooms(house).filter((r) => r.level === level.id).length).toBeGreaterThanOrEqual(3);
		}
		const stairs = Object.values(house.furniture).filter((f) => f.catalogId.startsWith('stairs:'));
		expect(stairs).toHaveLength(1);
		expect(stairs[0].level).toBe(levels[0].id);
		// The stairs reach the upper floor.
		expect(stairs[0].height).toBeGreaterThanOrEqual(levels[1].elevation - levels[0].elevation);
		expect(totalNet(house) / M2).toBeGreaterThan(70);
	});
});
