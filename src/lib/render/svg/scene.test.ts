import { describe, expect, it } from 'vitest';
import { translateSelection } from '../../editor/edits';
import { generateGridPlan, GRID_LEVEL_ID } from '../../plan/generate';
import type { CornerId, LevelId, PlanDocument } from '../../plan/types';
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

	it('patches a dragged corner in place: only the moved items are new, selection lookups follow', () => {
		const doc = generateGridPlan({ walls: 80, furniturePerWalls: 2, seed: 5 });
		const builder = new SceneBuilder(null);
		const first = builder.build(doc, GRID_LEVEL_ID);
		const corner = Object.keys(doc.corners)[12] as CornerId;
		let moved = doc;
		let scene = first;
		// Several frames of one drag, each from the last build.
		for (const d of [5, 40, -12]) {
			moved = translateSelection(doc, new Set([corner]), { x: d, y: d / 2 });
			scene = builder.build(moved, GRID_LEVEL_ID);
		}
		const fresh = new SceneBuilder(null).build(moved, GRID_LEVEL_ID);
		expect(scene.walls).toEqual(fresh.walls);
		expect(scene.openings).toEqual(fresh.openings);
		for (const w of scene.walls) expect(builder.wall(w.id)).toBe(w);
		for (const o of scene.openings) expect(builder.opening(o.id)).toBe(o);
		// A move that changes nothing drawn keeps the very same lists.
		expect(builder.build({ ...moved, corners: { ...moved.corners } }, GRID_LEVEL_ID).walls).toBe(
			scene.walls
		);
	});

	it('after switching levels, a dragged corner on the new level redraws its walls', () => {
		const doc = withUpperLevel(generateGridPlan({ walls: 80, furniturePerWalls: 2, seed: 5 }));
		const builder = new SceneBuilder(null);
		const ground = builder.build(doc, GRID_LEVEL_ID);
		const up = builder.build(doc, UP);
		expect(up.walls.map((w) => w.id).every((id) => id.includes('up'))).toBe(true);
		// The ground floor is drawn faded (without openings) below the upper level.
		expect(up.below.map((w) => w.id)).toEqual(ground.walls.map((w) => w.id));
		const corner = Object.values(doc.corners).find((c) => c.level === UP)!.id;
		const moved = translateSelection(doc, new Set([corner]), { x: 37, y: -21 });
		const second = builder.build(moved, UP);
		const fresh = new SceneBuilder(null).build(moved, UP);
		expect(second.walls.map((w) => w.d)).toEqual(fresh.walls.map((w) => w.d));
		expect(second.walls).not.toEqual(up.walls);
		// Moving a corner of this level leaves the level below as it was drawn.
		expect(second.below).toBe(up.below);
	});
});

const UP = 'level:up' as LevelId;

/** The same plan again on a level above, with its own ids (`…up`). */
function withUpperLevel(doc: PlanDocument): PlanDocument {
	const up = <T extends { id: string }>(r: T) => ({ ...r, id: `${r.id}up` });
	const corners = { ...doc.corners };
	for (const c of Object.values(doc.corners))
		corners[`${c.id}up` as CornerId] = { ...up(c), level: UP } as never;
	const walls = { ...doc.walls };
	for (const w of Object.values(doc.walls))
		walls[`${w.id}up` as keyof typeof walls] = {
			...up(w),
			level: UP,
			start: `${w.start}up`,
			end: `${w.end}up`
		} as never;
	const ground = doc.levels[GRID_LEVEL_ID];
	return {
		...doc,
		levels: { ...doc.levels, [UP]: { ...ground, id: UP, name: 'Up', order: ground.order + 1 } },
		corners,
		walls
	};
}
