import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../../plan/document';
import { createCorner, createFurniture, createWall } from '../../../plan/records';
import type { LevelId, PlanDocument } from '../../../plan/types';
import { snapFurnitureToWalls } from './wall-snap';

function oneWall(): { doc: PlanDocument; level: LevelId } {
	const doc = createEmptyDocument();
	const level = Object.keys(doc.levels)[0] as LevelId;
	const a = createCorner({ level, x: 0, y: 0 });
	const b = createCorner({ level, x: 500, y: 0 });
	const w = createWall({ level, start: a.id, end: b.id, thickness: 20 });
	return { doc: { ...doc, corners: { [a.id]: a, [b.id]: b }, walls: { [w.id]: w } }, level };
}

describe('snapFurnitureToWalls', () => {
	it('puts the back of a piece flush against the wall face, front away from it', () => {
		const { doc, level } = oneWall();
		// 200 × 90 sofa a little off the wall's lower face (face at y = 10, centre should be 55).
		const sofa = createFurniture({
			level,
			catalogId: 'sofa',
			x: 250,
			y: 60,
			width: 200,
			depth: 90,
			rotation: 0.3
		});
		const s = snapFurnitureToWalls(doc, level, sofa, 10);
		expect(s.x).toBeCloseTo(250);
		expect(s.y).toBeCloseTo(55);
		// Front (local +y) points down, away from the wall.
		expect(-Math.sin(s.rotation)).toBeCloseTo(0);
		expect(Math.cos(s.rotation)).toBeCloseTo(1);
	});

	it('turns a piece on the other side to face the other way', () => {
		const { doc, level } = oneWall();
		const bed = createFurniture({
			level,
			catalogId: 'bed',
			x: 100,
			y: -108,
			width: 160,
			depth: 200
		});
		const s = snapFurnitureToWalls(doc, level, bed, 10);
		expect(s.y).toBeCloseTo(-110);
		expect(Math.cos(s.rotation)).toBeCloseTo(-1);
	});

	it('leaves a piece alone when no wall is near', () => {
		const { doc, level } = oneWall();
		const chair = createFurniture({ level, catalogId: 'chair', x: 100, y: 200 });
		expect(snapFurnitureToWalls(doc, level, chair, 10)).toBe(chair);
	});
});
