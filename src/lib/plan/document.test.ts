import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from './document';
import {
	createCorner,
	createDimension,
	createFurniture,
	createLabel,
	createOpening,
	createRoom,
	createWall
} from './records';
import { validateDocument } from './validate';
import type { LevelId } from './types';

describe('createEmptyDocument and the record factories', () => {
	it('starts with exactly one ground level and validates', () => {
		const doc = createEmptyDocument('Mine');
		const levels = Object.values(doc.levels);
		expect(levels).toHaveLength(1);
		expect(levels[0]).toMatchObject({ order: 0, elevation: 0 });
		expect(doc.name).toBe('Mine');
		expect(validateDocument(doc).ok).toBe(true);
	});

	it('builds records with defaults that validate together', () => {
		const doc = createEmptyDocument();
		const level = Object.keys(doc.levels)[0] as LevelId;
		const a = createCorner({ level, x: 0, y: 0 });
		const b = createCorner({ level, x: 500, y: 0 });
		const wall = createWall({ level, start: a.id, end: b.id, thickness: 30 });
		const door = createOpening({ wall: wall.id, kind: 'door', offset: 100 });
		const room = createRoom({ level, name: 'Hall' });
		const chair = createFurniture({ level, catalogId: 'chair:basic', x: 10, y: 10 });
		const label = createLabel({ level, x: 0, y: 0, text: 'Hall' });
		const dim = createDimension({ level, x1: 0, y1: 0, x2: 500, y2: 0 });
		expect(wall).toMatchObject({ thickness: 30, height: 250, heightAtEnd: null });
		expect(door).toMatchObject({ width: 90, sill: 0, catalogId: 'door:single' });
		Object.assign(doc, {
			corners: { [a.id]: a, [b.id]: b },
			walls: { [wall.id]: wall },
			openings: { [door.id]: door },
			rooms: { [room.id]: room },
			furniture: { [chair.id]: chair },
			labels: { [label.id]: label },
			dimensions: { [dim.id]: dim }
		});
		const r = validateDocument(doc);
		expect(r.ok ? [] : r.errors).toEqual([]);
	});
});
