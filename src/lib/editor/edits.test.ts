import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../plan/document';
import { createCorner, createFurniture, createOpening, createWall } from '../plan/records';
import type { LevelId, PlanDocument, RecordId } from '../plan/types';
import { copySelection, orphanCorners, pasteFragment, translateSelection } from './edits';

function twoWalls() {
	const doc = createEmptyDocument();
	const level = Object.keys(doc.levels)[0] as LevelId;
	const a = createCorner({ level, x: 0, y: 0 });
	const b = createCorner({ level, x: 400, y: 0 });
	const c = createCorner({ level, x: 400, y: 300 });
	const w1 = createWall({ level, start: a.id, end: b.id });
	const w2 = createWall({ level, start: b.id, end: c.id });
	const door = createOpening({ wall: w1.id, kind: 'door', offset: 200 });
	const sofa = createFurniture({ level, catalogId: 'sofa:3', x: 100, y: 100 });
	const d: PlanDocument = {
		...doc,
		corners: { [a.id]: a, [b.id]: b, [c.id]: c },
		walls: { [w1.id]: w1, [w2.id]: w2 },
		openings: { [door.id]: door },
		furniture: { [sofa.id]: sofa }
	};
	return { d, level, a, b, c, w1, w2, door, sofa };
}

describe('selection edits', () => {
	it('moves a wall by its corners and leaves the other collections shared', () => {
		const { d, w1, a, b, c } = twoWalls();
		const next = translateSelection(d, new Set<RecordId>([w1.id]), { x: 0, y: 50 });
		expect(next.corners[a.id]).toMatchObject({ x: 0, y: 50 });
		expect(next.corners[b.id]).toMatchObject({ x: 400, y: 50 });
		expect(next.corners[c.id]).toBe(d.corners[c.id]);
		expect(next.furniture).toBe(d.furniture);
	});

	it('slides an opening along its wall, clamped to the wall', () => {
		const { d, door } = twoWalls();
		const slid = translateSelection(d, new Set<RecordId>([door.id]), { x: 60, y: 30 });
		expect(slid.openings[door.id].offset).toBeCloseTo(260);
		const far = translateSelection(d, new Set<RecordId>([door.id]), { x: 900, y: 0 });
		expect(far.openings[door.id].offset).toBeCloseTo(400 - door.width / 2);
	});

	it('slides an opening along the arc of a curved wall', () => {
		const { d, w1, door } = twoWalls();
		// A half circle over the 400 cm chord: radius 200, arc length 200π.
		const curved = { ...d, walls: { ...d.walls, [w1.id]: { ...w1, arcExtent: Math.PI } } };
		const arcLength = 200 * Math.PI;
		const atTop = { ...curved, openings: { [door.id]: { ...door, offset: arcLength / 2 } } };
		// The door is at the top of the arc, 200 cm from its centre. Pushed 100 cm sideways it goes
		// to the nearest point of the arc: atan(100/200) round the circle, not 100 cm along the chord.
		const slid = translateSelection(atTop, new Set<RecordId>([door.id]), { x: 100, y: 0 });
		const moved = Math.abs(slid.openings[door.id].offset - arcLength / 2);
		expect(moved).toBeCloseTo(200 * Math.atan(0.5), 1);
	});

	it('finds corners left without walls', () => {
		const { d, w1, a } = twoWalls();
		const { [w1.id]: _gone, ...walls } = d.walls;
		expect(orphanCorners({ ...d, walls })).toEqual([a.id]);
		expect(orphanCorners(d)).toEqual([]);
	});

	it('copies walls with their corners and openings and pastes them with new ids', () => {
		const { d, level, w1, sofa } = twoWalls();
		const frag = copySelection(d, new Set<RecordId>([w1.id, sofa.id]));
		expect(frag.records.corners).toHaveLength(2);
		expect(frag.records.openings).toHaveLength(1);
		const target = createEmptyDocument();
		const otherLevel = Object.keys(target.levels)[0] as LevelId;
		const { doc: pasted, ids } = pasteFragment(
			target,
			JSON.parse(JSON.stringify(frag)),
			otherLevel,
			{
				x: 10,
				y: 20
			}
		);
		expect(ids).toHaveLength(3);
		expect(ids).not.toContain(w1.id);
		const wall = Object.values(pasted.walls)[0];
		expect(wall.level).toBe(otherLevel);
		expect(pasted.corners[wall.start]).toBeDefined();
		expect(pasted.openings[Object.keys(pasted.openings)[0] as never].wall).toBe(wall.id);
		const f = Object.values(pasted.furniture)[0];
		expect([f.x, f.y]).toEqual([110, 120]);
		expect(level).not.toBe(otherLevel);
	});
});
