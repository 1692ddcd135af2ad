import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../plan/types';
import { DEFAULT_SNAP, snapPoint, type SnapContext } from './snapping';

function planWithWall(): PlanDocument {
	return {
		schemaVersion: 3,
		name: 't',
		north: 0,
		levels: {},
		corners: {
			'corner:a': { id: 'corner:a', level: 'level:0', x: 0, y: 0 },
			'corner:b': { id: 'corner:b', level: 'level:0', x: 400, y: 0 }
		},
		walls: {
			'wall:ab': {
				id: 'wall:ab',
				level: 'level:0',
				start: 'corner:a',
				end: 'corner:b',
				thickness: 20,
				height: 250,
				heightAtEnd: null,
				arcExtent: null,
				finishLeft: '',
				finishRight: ''
			}
		},
		openings: {},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	} as PlanDocument;
}

const ctx = (extra: Partial<SnapContext> = {}): SnapContext => ({
	doc: planWithWall(),
	level: 'level:0',
	tolerance: 8,
	...extra
});

describe('snapPoint', () => {
	it('snaps to a corner within the tolerance and shows a point guide', () => {
		const r = snapPoint(ctx(), { x: 404, y: 5 }, DEFAULT_SNAP);
		expect(r.point).toEqual({ x: 400, y: 0 });
		expect(r.target).toEqual({ kind: 'corner', id: 'corner:b' });
		expect(r.guides[0]).toMatchObject({ kind: 'point', label: 'end' });
	});

	it('snaps to a wall midpoint', () => {
		const r = snapPoint(ctx(), { x: 203, y: -4 }, DEFAULT_SNAP);
		expect(r.point).toEqual({ x: 200, y: 0 });
		expect(r.target).toMatchObject({ kind: 'wall', id: 'wall:ab', t: 0.5 });
	});

	it('rounds to the grid when nothing else is near', () => {
		const r = snapPoint(ctx(), { x: 123, y: 287 }, { ...DEFAULT_SNAP, gridSize: 25 });
		expect(r.point).toEqual({ x: 125, y: 275 });
	});

	it('locks a drawn segment to the perpendicular of a wall and rounds its length', () => {
		const r = snapPoint(ctx({ from: { x: 400, y: 0 } }), { x: 405, y: 296 }, DEFAULT_SNAP);
		expect(r.point.x).toBeCloseTo(400);
		expect(r.point.y).toBeCloseTo(300);
		expect(r.guides[0]).toMatchObject({ kind: 'line', x1: 400, y1: 0 });
	});

	it('locks to 15° steps', () => {
		const from = { x: 1000, y: 1000 };
		const a = (31 * Math.PI) / 180;
		const p = { x: from.x + Math.cos(a) * 200, y: from.y + Math.sin(a) * 200 };
		const r = snapPoint(ctx({ from }), p, { ...DEFAULT_SNAP, walls: false });
		const got = (Math.atan2(r.point.y - from.y, r.point.x - from.x) * 180) / Math.PI;
		expect(got).toBeCloseTo(30);
	});

	it('stops a segment in line with another corner', () => {
		// Drawing down from (600, 300): the pointer near y = 0 aligns with the wall's corners.
		const r = snapPoint(ctx({ from: { x: 600, y: 300 } }), { x: 601, y: 4 }, DEFAULT_SNAP);
		expect(r.point.y).toBeCloseTo(0);
		expect(r.guides.some((g) => g.label === 'aligned')).toBe(true);
	});

	it('does nothing when snapping is off (Alt held)', () => {
		const p = { x: 404.3, y: 5.1 };
		expect(snapPoint(ctx(), p, { ...DEFAULT_SNAP, enabled: false }).point).toEqual(p);
	});
});
