import { describe, expect, it } from 'vitest';
import { arcRoom } from '../../geometry/test-plan';
import { openingPlace } from './openings';

describe('openingPlace', () => {
	it('stands a door of a curved wall on the arc, square to its radius', () => {
		const { doc } = arcRoom();
		const door = Object.values(doc.openings).find((o) => o.kind === 'door')!;
		const wall = doc.walls[door.wall];
		expect(wall.arcExtent).toBeTruthy();
		const place = openingPlace(doc, wall, door.offset)!;
		// The arc of arcRoom: chord (400, 300) → (0, 300), extent 2π/3, radius 400 / (2 sin 60°),
		// centre on the perpendicular bisector of the chord.
		const radius = 400 / (2 * Math.sin(Math.PI / 3));
		const centre = { x: 200, y: 300 - radius * Math.cos(Math.PI / 3) };
		expect(Math.hypot(place.cx - centre.x, place.cy - centre.y)).toBeCloseTo(radius, 6);
		// Not on the chord: the door stands out in the bulge.
		expect(place.cy).toBeGreaterThan(310);
		// The wall's direction there is a tangent: perpendicular to the radius.
		const dot = (place.cx - centre.x) * place.ux + (place.cy - centre.y) * place.uy;
		expect(dot / radius).toBeCloseTo(0, 6);
		expect(Math.hypot(place.ux, place.uy)).toBeCloseTo(1, 9);
	});

	it('on a straight wall is the point along the chord', () => {
		const { doc } = arcRoom();
		const window = Object.values(doc.openings).find((o) => o.kind === 'window')!;
		const place = openingPlace(doc, doc.walls[window.wall], window.offset)!;
		expect(place).toMatchObject({ cx: 200, cy: 0, ux: 1, uy: 0 });
	});
});
