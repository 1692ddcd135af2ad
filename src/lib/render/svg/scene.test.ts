import { describe, expect, it } from 'vitest';
import { translateSelection } from '../../editor/edits';
import { generateGridPlan, GRID_LEVEL_ID } from '../../plan/generate';
import type { CornerId } from '../../plan/types';
import { SceneBuilder } from './scene';

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
});
