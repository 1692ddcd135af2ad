import { describe, expect, it } from 'vitest';
import type { Opening, PlanDocument, Wall } from '../../plan/types';
import { openingPath, solidSpans, wallAxis, wallEnds, wallPath } from './wall-outline';

function doc(
	corners: Record<string, [number, number]>,
	walls: [string, string, string][]
): PlanDocument {
	const d = {
		schemaVersion: 2,
		name: 't',
		north: 0,
		levels: {},
		corners: {},
		walls: {},
		openings: {},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	} as unknown as PlanDocument;
	for (const [id, [x, y]] of Object.entries(corners))
		(d.corners as Record<string, unknown>)[id] = { id, level: 'level:0', x, y };
	for (const [id, start, end] of walls)
		(d.walls as Record<string, Wall>)[id] = {
			id: id as Wall['id'],
			level: 'level:0',
			start: start as Wall['start'],
			end: end as Wall['end'],
			thickness: 20,
			height: 250,
			heightAtEnd: null,
			arcExtent: null,
			finishLeft: 'paint:white',
			finishRight: 'paint:white'
		};
	return d;
}

describe('wall outlines', () => {
	it('mitres a right-angle corner on both sides', () => {
		const d = doc({ 'corner:o': [0, 0], 'corner:a': [100, 0], 'corner:b': [0, 100] }, [
			['wall:a', 'corner:o', 'corner:a'],
			['wall:b', 'corner:o', 'corner:b']
		]);
		const ends = wallEnds(d, Object.values(d.walls));
		const a = ends.get('wall:a')!;
		const pts = [a.startPos, a.startNeg].map((p) => [Math.round(p.x), Math.round(p.y)]);
		expect(pts).toContainEqual([-10, -10]);
		expect(pts).toContainEqual([10, 10]);
		// A free end is cut square.
		expect([a.endPos, a.endNeg].map((p) => p.x)).toEqual([100, 100]);
		expect(a.startHub).toBeNull();
	});

	it('keeps a straight run straight and closes a T junction with the hub point', () => {
		const d = doc(
			{ 'corner:l': [-100, 0], 'corner:o': [0, 0], 'corner:r': [100, 0], 'corner:s': [0, 100] },
			[
				['wall:l', 'corner:l', 'corner:o'],
				['wall:r', 'corner:o', 'corner:r'],
				['wall:s', 'corner:o', 'corner:s']
			]
		);
		const ends = wallEnds(d, Object.values(d.walls));
		const r = ends.get('wall:r')!;
		expect(r.startHub).toEqual({ x: 0, y: 0 });
		// The top face of the through-wall stays at y = -10.
		expect(Math.min(r.startPos.y, r.startNeg.y)).toBeCloseTo(-10);
	});

	it('leaves the openings out of the solid spans', () => {
		const o = (offset: number, width: number) => ({ offset, width }) as Opening;
		expect(solidSpans(400, [o(100, 80)])).toEqual([
			[0, 60],
			[140, 400]
		]);
		expect(solidSpans(400, [o(20, 80), o(390, 40)])).toEqual([[60, 370]]);
	});

	it('draws one sub-path per solid span and a door arc of the door width', () => {
		const d = doc({ 'corner:a': [0, 0], 'corner:b': [400, 0] }, [
			['wall:w', 'corner:a', 'corner:b']
		]);
		const w = d.walls['wall:w'];
		const ax = wallAxis(d, w)!;
		const ends = wallEnds(d, [w]).get('wall:w')!;
		const door = {
			kind: 'door',
			offset: 200,
			width: 90,
			hinge: 'start',
			swing: 'right'
		} as Opening;
		const path = wallPath(ax, ends, [door]);
		expect(path.match(/M/g)).toHaveLength(2);
		expect(path).toContain('155 10');
		expect(path).toContain('245 -10');
		const arc = openingPath(ax, door);
		expect(arc).toMatch(/^M155 10L155 100A90 90 0 0 [01] 245 10$/);
	});
});
