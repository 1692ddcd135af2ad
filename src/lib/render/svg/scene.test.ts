import { describe, expect, it } from 'vitest';
import { translateSelection } from '../../editor/edits';
import { generateGridPlan, GRID_LEVEL_ID } from '../../plan/generate';
import type { CornerId } from '../../plan/types';
import { SceneBuilder, openingPreviewPath } from './scene';
import { arcRoom, ARC_ROOM_SAGITTA, LEVEL } from '../../geometry/test-plan';
import { moveCorner } from '../../plan/topology';

describe('SceneBuilder', () => {
	it('after a corner moves, redraws only the walls around it, equal to a fresh build', () => {
		const doc = generateGridPlan({ walls: 80, furniturePerWalls: 2, seed: 5 });
		const builder = new SceneBuilder(null);
		const first = builder.build(doc, GRID_LEVEL_ID);
		const corner = Object.keys(doc.corners)[12] as CornerId;
		const moved = translateSelection(doc, new Set([corner]), { x: 37, y: -21 });
		const second = builder.build(moved, GRID_LEVEL_ID);
		const fresh = new SceneBuilder(null).build(moved, GRID_LEVEL_ID);
		expect(second.walls.map((w) => w.d)).toEqual(fresh.walls.map((w) => w.d));
		expect(second.openings.map((o) => o.d)).toEqual(fresh.openings.map((o) => o.d));
		const changed = second.walls.filter((w, i) => w !== first.walls[i]);
		expect(changed.length).toBeGreaterThan(0);
		expect(changed.length).toBeLessThan(12);
		// Untouched collections keep their item lists as they were.
		expect(second.furniture).toBe(first.furniture);
		expect(second.rooms).toBe(first.rooms);
	});

	it('draws a curved wall with arc faces, its label at the middle of the arc', () => {
		const p = arcRoom();
		const wall = Object.values(p.doc.walls).find((w) => w.arcExtent)!;
		const scene = new SceneBuilder(null).build(p.doc, LEVEL);
		const item = scene.walls.find((w) => w.id === wall.id)!;
		expect(item.d.match(/A/g)).toHaveLength(4);
		const R = 400 / (2 * Math.sin(Math.PI / 3));
		expect(item.length).toBeCloseTo(R * wall.arcExtent!, 6);
		expect(item.mid.x).toBeCloseTo(200, 6);
		expect(item.mid.y).toBeCloseTo(300 + ARC_ROOM_SAGITTA, 6);
		// The door on it: its gap and marks follow the arc too.
		const door = scene.openings.find((o) => o.kind === 'door')!;
		expect(door.gap).toMatch(/A[\d.]+ [\d.]+ 0 0 [01] .*A/);
		const o = Object.values(p.doc.openings).find((x) => x.kind === 'door')!;
		expect(openingPreviewPath(p.doc, o)).toBe(door.d);
	});

	it('after a corner of a curved wall moves, equals a fresh build', () => {
		const p = arcRoom();
		const wall = Object.values(p.doc.walls).find((w) => w.arcExtent)!;
		const builder = new SceneBuilder(null);
		const first = builder.build(p.doc, LEVEL);
		const moved = moveCorner(p.doc, wall.start, { x: 430, y: 320 }).doc;
		const second = builder.build(moved, LEVEL);
		const fresh = new SceneBuilder(null).build(moved, LEVEL);
		expect(second.walls.map((w) => w.d)).toEqual(fresh.walls.map((w) => w.d));
		expect(second.walls.find((w) => w.id === wall.id)).not.toBe(
			first.walls.find((w) => w.id === wall.id)
		);
	});
});
