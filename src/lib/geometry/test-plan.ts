/**
 * Small documents for geometry tests, with readable ids. Corners at the same point are shared.
 */
import type { CornerId, LevelId, Opening, PlanDocument, Room, Wall, WallId } from '../plan/types';
import { SCHEMA_VERSION } from '../plan/types';
import { updateRooms } from '../plan/topology/rooms';

export const LEVEL: LevelId = 'level:g';
export type P = [number, number];

export class TestPlan {
	doc: PlanDocument = {
		schemaVersion: SCHEMA_VERSION,
		name: 'geometry test',
		north: 0,
		levels: {
			[LEVEL]: { id: LEVEL, name: 'G', elevation: 0, height: 260, floorThickness: 20, order: 0 }
		},
		corners: {},
		walls: {},
		openings: {},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	};
	private n = 0;

	corner([x, y]: P): CornerId {
		for (const c of Object.values(this.doc.corners)) if (c.x === x && c.y === y) return c.id;
		const id: CornerId = `corner:c${++this.n}`;
		this.doc.corners[id] = { id, level: LEVEL, x, y };
		return id;
	}

	wall(a: P, b: P, props: Partial<Wall> = {}): WallId {
		const id: WallId = `wall:w${++this.n}`;
		this.doc.walls[id] = {
			id,
			level: LEVEL,
			start: this.corner(a),
			end: this.corner(b),
			thickness: 20,
			height: 250,
			heightAtEnd: null,
			arcExtent: null,
			finishLeft: 'paint:left',
			finishRight: 'paint:right',
			...props
		};
		return id;
	}

	opening(wall: WallId, offset: number, props: Partial<Opening> = {}): Opening['id'] {
		const id: Opening['id'] = `opening:o${++this.n}`;
		this.doc.openings[id] = {
			id,
			wall,
			kind: 'window',
			offset,
			width: 100,
			height: 120,
			sill: 90,
			hinge: 'start',
			swing: 'left',
			catalogId: null,
			...props
		};
		return id;
	}

	room(polygon: P[], props: Partial<Room> = {}): Room['id'] {
		const id: Room['id'] = `room:r${++this.n}`;
		this.doc.rooms[id] = {
			id,
			level: LEVEL,
			name: '',
			floorFinish: 'wood:oak',
			ceilingFinish: 'paint:white',
			polygon: polygon.map(([x, y]) => ({ x, y })),
			derived: true,
			...props
		};
		return id;
	}
}

/** A grid of nx × ny cells of `size` cm: walls along every grid line, a room in every cell. */
export function gridPlan(nx: number, ny: number, size = 300): TestPlan {
	const p = new TestPlan();
	for (let j = 0; j <= ny; j++)
		for (let i = 0; i <= nx; i++) {
			if (i < nx) p.wall([i * size, j * size], [(i + 1) * size, j * size]);
			if (j < ny) p.wall([i * size, j * size], [i * size, (j + 1) * size]);
		}
	Object.keys(p.doc.walls).forEach((id, k) => {
		if (k % 3 === 0) p.opening(id as WallId, size / 2, { width: 90 });
	});
	const h = 10;
	for (let j = 0; j < ny; j++)
		for (let i = 0; i < nx; i++)
			p.room([
				[i * size + h, j * size + h],
				[(i + 1) * size - h, j * size + h],
				[(i + 1) * size - h, (j + 1) * size - h],
				[i * size + h, (j + 1) * size - h]
			]);
	return p;
}

/** How far the curved wall of `arcRoom` bulges below its chord (y = 300), in cm. */
export const ARC_ROOM_SAGITTA = 400 / (2 * Math.sin(Math.PI / 3)) / 2;

/**
 * A 400 × 300 room whose bottom wall is an arc turning 120° (radius 231 cm), bulging
 * `ARC_ROOM_SAGITTA` (115 cm) below its chord, with a door on the arc and a window on the top
 * wall; rooms derived by topology.
 */
export function arcRoom(): TestPlan {
	const p = new TestPlan();
	p.wall([0, 300], [0, 0]);
	const top = p.wall([0, 0], [400, 0]);
	p.wall([400, 0], [400, 300]);
	// Walking from (400, 300) to (0, 300) a positive arc bulges to the left: down the screen.
	const arc = p.wall([400, 300], [0, 300], { arcExtent: (2 * Math.PI) / 3 });
	p.opening(top, 200, { kind: 'window', width: 120 });
	const length = (400 / (2 * Math.sin(Math.PI / 3))) * ((2 * Math.PI) / 3);
	p.opening(arc, length * 0.3, { kind: 'door', width: 90, height: 210, sill: 0 });
	p.doc = updateRooms(p.doc, LEVEL, { autoRooms: true }).doc;
	return p;
}
