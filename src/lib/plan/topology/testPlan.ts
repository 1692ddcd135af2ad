/**
 * Builds small plan documents for topology tests and benchmarks, with readable ids
 * (`corner:c1`, `wall:w1`, …). Corners at the same coordinates are shared.
 */
import type {
	CornerId,
	LevelId,
	Opening,
	OpeningId,
	PlanDocument,
	Room,
	RoomId,
	Wall,
	WallId
} from '../types';
import { SCHEMA_VERSION } from '../types';

export const LEVEL: LevelId = 'level:ground';

export function emptyPlan(): PlanDocument {
	return {
		schemaVersion: SCHEMA_VERSION,
		name: 'test',
		north: 0,
		levels: {
			[LEVEL]: {
				id: LEVEL,
				name: 'Ground',
				elevation: 0,
				height: 250,
				floorThickness: 20,
				order: 0
			}
		},
		corners: {},
		walls: {},
		openings: {},
		rooms: {},
		furniture: {},
		labels: {},
		dimensions: {}
	};
}

export type P = [number, number];

export class PlanBuilder {
	doc = emptyPlan();
	private n = { corner: 0, wall: 0, opening: 0, room: 0 };

	corner([x, y]: P): CornerId {
		for (const c of Object.values(this.doc.corners)) if (c.x === x && c.y === y) return c.id;
		const id: CornerId = `corner:c${++this.n.corner}`;
		this.doc.corners[id] = { id, level: LEVEL, x, y };
		return id;
	}

	wall(a: P, b: P, props: Partial<Wall> = {}): WallId {
		const id: WallId = `wall:w${++this.n.wall}`;
		this.doc.walls[id] = {
			id,
			level: LEVEL,
			start: this.corner(a),
			end: this.corner(b),
			thickness: 10,
			height: 250,
			heightAtEnd: null,
			arcExtent: null,
			finishLeft: 'paint:white',
			finishRight: 'paint:white',
			...props
		};
		return id;
	}

	/** Closed chain of walls through the points; returns the wall ids in order. */
	ring(points: P[], props: Partial<Wall> = {}): WallId[] {
		return points.map((p, i) => this.wall(p, points[(i + 1) % points.length], props));
	}

	opening(wall: WallId, offset: number, props: Partial<Opening> = {}): OpeningId {
		const id: OpeningId = `opening:o${++this.n.opening}`;
		this.doc.openings[id] = {
			id,
			wall,
			kind: 'door',
			offset,
			width: 90,
			height: 210,
			sill: 0,
			hinge: 'start',
			swing: 'left',
			catalogId: null,
			...props
		};
		return id;
	}

	room(props: Partial<Room> = {}): RoomId {
		const id: RoomId = `room:r${++this.n.room}`;
		this.doc.rooms[id] = {
			id,
			level: LEVEL,
			name: `Room ${this.n.room}`,
			floorFinish: 'wood:oak',
			ceilingFinish: 'paint:white',
			polygon: [],
			derived: true,
			...props
		};
		return id;
	}
}
