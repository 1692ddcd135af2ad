/** Rooms follow their faces: ids, names and finishes survive moves, splits and merges. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Room, RoomId } from '../types';
import { generateGridPlan } from '../generate';
import { addWall, moveCorner, removeCorner } from './edit';
import { findFaces } from './faces';
import { roomAreas } from './measure';
import { createRoomAt, roomAt, updateRooms } from './rooms';
import { LEVEL, PlanBuilder, type P } from './testPlan';

const RECT: P[] = [
	[0, 0],
	[400, 0],
	[400, 300],
	[0, 300]
];
const rooms = (doc: PlanDocument) => Object.values(doc.rooms);
const byName = (doc: PlanDocument, name: string) => rooms(doc).find((r) => r.name === name)!;

/** A 400 × 300 plan with one derived room "Living" on tiles. */
function livingRoom() {
	const b = new PlanBuilder();
	b.ring(RECT);
	const made = createRoomAt(
		b.doc,
		LEVEL,
		{ x: 10, y: 10 },
		{ name: 'Living', floorFinish: 'tile:grey' }
	)!;
	return { doc: made.doc, id: made.room };
}

describe('createRoomAt and roomAt', () => {
	it('creates a derived room on the face around the point, once', () => {
		const { doc, id } = livingRoom();
		expect(doc.rooms[id]).toMatchObject({
			name: 'Living',
			floorFinish: 'tile:grey',
			derived: true
		});
		expect(doc.rooms[id].polygon).toHaveLength(4);
		const again = createRoomAt(doc, LEVEL, { x: 300, y: 200 })!;
		expect(again.room).toBe(id);
		expect(again.diff.records).toEqual({});
	});
	it('stores the floor outline inside the wall faces, without straight-on corners', () => {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[200, 0],
			[400, 0],
			[400, 300],
			[0, 300]
		]);
		const r = createRoomAt(b.doc, LEVEL, { x: 1, y: 1 })!;
		// 10 cm walls: 5 cm in from each centre line; the corner at (200, 0) runs straight on.
		expect(r.doc.rooms[r.room].polygon).toEqual([
			{ x: 5, y: 5 },
			{ x: 395, y: 5 },
			{ x: 395, y: 295 },
			{ x: 5, y: 295 }
		]);
	});
	it('finds nothing outside closed walls', () => {
		const { doc } = livingRoom();
		expect(roomAt(doc, LEVEL, { x: 500, y: 10 })).toBeNull();
		expect(createRoomAt(doc, LEVEL, { x: 500, y: 10 })).toBeNull();
		expect(roomAt(doc, LEVEL, { x: 200, y: 150 })?.area).toBe(120000);
	});
	it('names new rooms "Room" with the default finishes', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		const r = createRoomAt(b.doc, LEVEL, { x: 1, y: 1 })!;
		expect(r.doc.rooms[r.room]).toMatchObject({ name: 'Room', floorFinish: 'wood:oak' });
	});
});

describe('plan 13: a room keeps its id', () => {
	it('when a corner moves', () => {
		const { doc, id } = livingRoom();
		const c = Object.values(doc.corners).find((k) => k.x === 400 && k.y === 300)!.id;
		const moved = moveCorner(doc, c, { x: 600, y: 300 });
		expect(Object.keys(moved.doc.rooms)).toEqual([id]);
		// (400 + 600) / 2 × 300 = 150 000 on centre lines.
		expect(roomAreas(moved.doc, moved.doc.rooms[id]).gross).toBeCloseTo(150000, 6);
		expect(moved.doc.rooms[id].name).toBe('Living');
	});
	it('when a wall splits it: the larger part keeps it, the other is "Living 2"', () => {
		const { doc, id } = livingRoom();
		const r = addWall(doc, LEVEL, { x: 150, y: 0 }, { x: 150, y: 300 }, { thickness: 10 });
		expect(rooms(r.doc)).toHaveLength(2);
		// Left 150 × 300 = 45 000, right 250 × 300 = 75 000: the right part is Living.
		expect(roomAreas(r.doc, r.doc.rooms[id]).gross).toBeCloseTo(75000, 6);
		const other = byName(r.doc, 'Living 2');
		expect(other.id).not.toBe(id);
		expect(other).toMatchObject({ floorFinish: 'tile:grey', derived: true });
		// Net of the new part: (150 − 5 − 5) × (300 − 5 − 5).
		expect(roomAreas(r.doc, other).net).toBeCloseTo(140 * 290, 6);
	});
	it('when two rooms merge: the larger keeps its id, the smaller goes', () => {
		const { doc, id } = livingRoom();
		const split = addWall(doc, LEVEL, { x: 150, y: 0 }, { x: 150, y: 300 });
		const small = byName(split.doc, 'Living 2').id;
		// Take the dividing wall away (as a delete command would), then let topology catch up.
		const walls = { ...split.doc.walls };
		delete walls[split.walls[0]];
		const merged = updateRooms({ ...split.doc, walls }, LEVEL);
		expect(Object.keys(merged.doc.rooms)).toEqual([id]);
		expect(merged.diff.records.rooms![small]).toMatchObject({ after: null });
		expect(roomAreas(merged.doc, merged.doc.rooms[id]).gross).toBeCloseTo(120000, 6);
		// And the corners left in the top and bottom walls merge those back into one each.
		const top = Object.values(merged.doc.corners).find((c) => c.x === 150 && c.y === 0)!;
		const tidy = removeCorner(merged.doc, top.id);
		expect(Object.keys(tidy.doc.walls)).toHaveLength(5);
		expect(Object.keys(tidy.doc.rooms)).toEqual([id]);
	});
	it('is deleted when its walls are gone', () => {
		const { doc, id } = livingRoom();
		const c = Object.values(doc.corners).find((k) => k.x === 0 && k.y === 0)!.id;
		const r = removeCorner(doc, c);
		expect(r.diff.records.rooms![id]).toMatchObject({ after: null });
	});
});

describe('updateRooms', () => {
	it('agrees with the rooms of a generated grid plan (nothing to change)', () => {
		const doc = generateGridPlan({ walls: 200 });
		expect(Object.keys(doc.rooms).length).toBeGreaterThan(50);
		expect(updateRooms(doc).diff.records).toEqual({});
	});
	function courtyard() {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[300, 0],
			[900, 0],
			[900, 300],
			[900, 900],
			[600, 900],
			[0, 900],
			[0, 600]
		]);
		b.ring([
			[300, 300],
			[600, 300],
			[600, 600],
			[300, 600]
		]);
		b.wall([300, 300], [300, 0]);
		b.wall([600, 300], [900, 300]);
		b.wall([600, 600], [600, 900]);
		b.wall([300, 600], [0, 600]);
		return b.doc;
	}
	it('creates no rooms unless asked', () => {
		expect(updateRooms(courtyard(), LEVEL).diff.records).toEqual({});
	});
	it('with autoRooms makes every face a room, the courtyard included', () => {
		const r = updateRooms(courtyard(), LEVEL, { autoRooms: true });
		expect(rooms(r.doc)).toHaveLength(5);
		expect(rooms(r.doc).every((x) => x.name === 'Room' && x.derived)).toBe(true);
		// Run again: nothing changes, the same five rooms keep their faces.
		expect(updateRooms(r.doc, LEVEL, { autoRooms: true }).diff.records).toEqual({});
	});
	it('leaves a freely drawn room alone and makes no derived room over it', () => {
		const b = new PlanBuilder();
		b.ring(RECT);
		const drawn: Room = {
			id: 'room:drawn',
			level: LEVEL,
			name: 'Terrace',
			floorFinish: 'tile:grey',
			ceilingFinish: 'paint:white',
			polygon: [
				{ x: 0, y: 0 },
				{ x: 400, y: 0 },
				{ x: 400, y: 300 },
				{ x: 0, y: 300 }
			],
			derived: false
		};
		const doc = { ...b.doc, rooms: { [drawn.id]: drawn } as Record<RoomId, Room> };
		expect(updateRooms(doc, undefined, { autoRooms: true }).diff.records).toEqual({});
	});
	it('keeps a nested room and its outer room apart', () => {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[1000, 0],
			[1000, 800],
			[0, 800]
		]);
		b.ring([
			[400, 300],
			[600, 300],
			[600, 500],
			[400, 500]
		]);
		const outer = createRoomAt(b.doc, LEVEL, { x: 10, y: 10 }, { name: 'Hall' })!;
		const inner = createRoomAt(outer.doc, LEVEL, { x: 500, y: 400 }, { name: 'Store' })!;
		// Move the island 50 cm right: both rooms must keep their ids and names, and the store's
		// outline is its floor inside 10 cm walls: x from 450 + 5 to 650 − 5.
		let doc = inner.doc;
		for (const c of Object.values(doc.corners).filter((k) => k.x >= 400 && k.x <= 600))
			doc = moveCorner(doc, c.id, { x: c.x + 50, y: c.y }).doc;
		expect(doc.rooms[inner.room].name).toBe('Store');
		expect(doc.rooms[outer.room].name).toBe('Hall');
		expect(doc.rooms[inner.room].polygon.map((p) => p.x).sort()).toEqual([455, 455, 645, 645]);
		// Hall: 1000 × 800 − 200 × 200 on centre lines.
		expect(roomAreas(doc, doc.rooms[outer.room]).gross).toBeCloseTo(760000, 6);
		expect(findFaces(doc, LEVEL)).toHaveLength(2);
	});
});
