import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../plan/types';
import { BODY_RADIUS, moveWithCollision, walkStep, wallSegments, type Segment } from './walk';

/** A 4 m × 3 m room, 20 cm walls, a 90 cm door in the bottom wall at 200 cm. */
function room(): PlanDocument {
	const c = (id: string, x: number, y: number) => ({ id, level: 'level:g', x, y });
	const w = (id: string, start: string, end: string) => ({
		id,
		level: 'level:g',
		start,
		end,
		thickness: 20,
		height: 250,
		heightAtEnd: null,
		arcExtent: null,
		finishLeft: 'paint:white',
		finishRight: 'paint:white'
	});
	return {
		schemaVersion: 2,
		name: 'room',
		north: 0,
		levels: {
			'level:g': {
				id: 'level:g',
				name: 'G',
				elevation: 0,
				height: 250,
				floorThickness: 20,
				order: 0
			}
		},
		corners: {
			'corner:a': c('corner:a', 0, 0),
			'corner:b': c('corner:b', 400, 0),
			'corner:c': c('corner:c', 400, 300),
			'corner:d': c('corner:d', 0, 300)
		},
		walls: {
			'wall:top': w('wall:top', 'corner:a', 'corner:b'),
			'wall:right': w('wall:right', 'corner:b', 'corner:c'),
			'wall:bottom': w('wall:bottom', 'corner:c', 'corner:d'),
			'wall:left': w('wall:left', 'corner:d', 'corner:a')
		},
		openings: {
			'opening:door': {
				id: 'opening:door',
				wall: 'wall:bottom',
				kind: 'door',
				offset: 200,
				width: 90,
				height: 210,
				sill: 0,
				hinge: 'start',
				swing: 'left',
				catalogId: null
			}
		},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	} as unknown as PlanDocument;
}

describe('wallSegments', () => {
	it('leaves a gap where the door is, but not for windows', () => {
		const segs = wallSegments(room(), 'level:g');
		// Three whole walls plus the bottom wall in two pieces either side of the door.
		expect(segs).toHaveLength(5);
		const bottom = segs.filter((s) => s.ay === 300 && s.by === 300);
		const xs = bottom.flatMap((s) => [s.ax, s.bx]).sort((a, b) => a - b);
		expect(xs.map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0, 155, 245, 400]);
	});

	it('follows a curved wall along its arc, with the door gap on the arc', () => {
		const doc = room();
		// Bend the bottom wall into a half circle: radius 200 about (200, 300).
		const bottom = Object.values(doc.walls).find(
			(w) => doc.corners[w.start].y === 300 && doc.corners[w.end].y === 300
		)!;
		doc.walls[bottom.id] = { ...bottom, arcExtent: Math.PI };
		const door = Object.values(doc.openings).find((o) => o.kind === 'door')!;
		const arcLength = 200 * Math.PI;
		doc.openings[door.id] = { ...door, offset: arcLength / 2 };
		const onCircle = (x: number, y: number) => Math.abs(Math.hypot(x - 200, y - 300) - 200) < 1e-6;
		const onArc = wallSegments(doc, 'level:g').filter(
			(s) => onCircle(s.ax, s.ay) && onCircle(s.bx, s.by)
		);
		// Many short chords with every end on the circle; the 90 cm door at the top of the arc
		// leaves ±45 cm of arc open, so no end comes nearer the top than that.
		expect(onArc.length).toBeGreaterThan(10);
		const farthest = Math.max(...onArc.flatMap((s) => [s.ay, s.by].map((y) => Math.abs(y - 300))));
		expect(farthest).toBeCloseTo(200 * Math.cos(45 / 200), 3);
	});

	it('only takes walls of the level asked for', () => {
		expect(wallSegments(room(), 'level:other')).toEqual([]);
	});
});

describe('moveWithCollision', () => {
	const segs: Segment[] = wallSegments(room(), 'level:g');

	it('moves freely inside the room', () => {
		expect(moveWithCollision(segs, 200, 150, 30, -20)).toEqual([230, 130]);
	});

	it('stops at a wall face, however far the move', () => {
		const [x] = moveWithCollision(segs, 200, 150, 1000, 0);
		expect(x).toBeCloseTo(400 - 10 - BODY_RADIUS, 5);
	});

	it('slides along a wall when moving diagonally into it', () => {
		const [x, y] = moveWithCollision(segs, 200, 150, 500, 40);
		expect(x).toBeCloseTo(400 - 10 - BODY_RADIUS, 5);
		expect(y).toBeCloseTo(190, 5);
	});

	it('lets the walker out through the door', () => {
		const [, y] = moveWithCollision(segs, 200, 250, 0, 200);
		expect(y).toBeCloseTo(450, 5);
	});
});

describe('walkStep', () => {
	const segs = wallSegments(room(), 'level:g');
	const at = { x: 200, y: 150, yaw: 0, pitch: 0 };

	it('W walks along the heading, D to its right (y grows downwards)', () => {
		const w = walkStep(at, new Set(['KeyW']), 0.1, segs);
		expect(w.x).toBeGreaterThan(200);
		expect(w.y).toBeCloseTo(150);
		const d = walkStep(at, new Set(['KeyD']), 0.1, segs);
		expect(d.y).toBeGreaterThan(150);
		expect(d.x).toBeCloseTo(200);
	});

	it('stands still without keys', () => {
		expect(walkStep(at, new Set(), 0.1, segs)).toBe(at);
	});
});
