/**
 * Generated plans for benchmarks and tests: a grid of rectangular rooms with exactly the number
 * of walls asked for, deterministic from a seed. Cells are added row by row (so the last row may
 * be partly built: an L-shaped outline); when the walls asked for cannot close another cell, the
 * rest are made by splitting outer walls in two at their middle. Exterior walls are 30 cm and get
 * windows, interior walls are 12 cm and get doors.
 */
import type {
	Corner,
	CornerId,
	Furniture,
	Level,
	LevelId,
	Opening,
	PlanDocument,
	Room,
	Wall,
	WallId
} from './types';
import { SCHEMA_VERSION } from './types';

export interface GridPlanOptions {
	/** Number of walls in the plan (≥ 4). */
	walls: number;
	/** One opening on every n-th wall (default 3); 0 = none. */
	openingsEvery?: number;
	/** One piece of furniture per n walls; 0 or absent = none. */
	furniturePerWalls?: number;
	/** Same seed, same plan. */
	seed?: number;
}

export const GRID_LEVEL_ID: LevelId = 'level:ground';
const EXTERIOR = 30;
const INTERIOR = 12;
const HEIGHT = 260;

/** mulberry32: a small, fast, seedable PRNG with a period of 2^32. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FLOORS = ['wood:oak', 'tile:grey', 'carpet:beige', 'wood:walnut'];
const FURNITURE = [
	{ catalogId: 'chair:basic', width: 45, depth: 50, height: 90 },
	{ catalogId: 'table:dining-rect', width: 160, depth: 90, height: 75 },
	{ catalogId: 'sofa:three-seat', width: 210, depth: 90, height: 85 },
	{ catalogId: 'bed:double', width: 160, depth: 200, height: 50 },
	{ catalogId: 'storage:wardrobe', width: 120, depth: 60, height: 200 }
];

export function generateGridPlan({
	walls: wallCount,
	openingsEvery = 3,
	furniturePerWalls = 0,
	seed = 1
}: GridPlanOptions): PlanDocument {
	if (!Number.isInteger(wallCount) || wallCount < 4)
		throw new Error('generateGridPlan: walls must be a whole number ≥ 4');
	const rand = seededRandom(seed);
	const size = () => 300 + Math.round(rand() * 60) * 5; // 300–600 cm in 5 cm steps
	const cols = Math.max(1, Math.round(Math.sqrt(wallCount / 2)));
	const xs = [0];
	for (let i = 0; i < cols; i++) xs.push(xs[i] + size());
	const ys = [0];

	const corners: Record<CornerId, Corner> = {};
	const walls: Record<WallId, Wall> = {};
	const order: WallId[] = [];
	/** For each wall, how many built cells it borders (1 = exterior). */
	const sides = new Map<WallId, number>();
	const cells: { row: number; col: number }[] = [];

	const cornerAt = (row: number, col: number): CornerId => {
		const id: CornerId = `corner:g${row}-${col}`;
		corners[id] ??= { id, level: GRID_LEVEL_ID, x: xs[col], y: ys[row] };
		return id;
	};
	const wallId = (dir: 'h' | 'v', row: number, col: number): WallId => `wall:${dir}${row}-${col}`;
	const cellWalls = (row: number, col: number) => [
		{ id: wallId('h', row, col), a: [row, col], b: [row, col + 1] },
		{ id: wallId('v', row, col + 1), a: [row, col + 1], b: [row + 1, col + 1] },
		{ id: wallId('h', row + 1, col), a: [row + 1, col + 1], b: [row + 1, col] },
		{ id: wallId('v', row, col), a: [row + 1, col], b: [row, col] }
	];

	let remaining = wallCount;
	for (let index = 0; ; index++) {
		const row = Math.floor(index / cols);
		const col = index % cols;
		const needed = cellWalls(row, col).filter((w) => !walls[w.id]);
		if (needed.length > remaining) break;
		if (ys.length === row + 1) ys.push(ys[row] + size());
		for (const w of needed) {
			walls[w.id] = {
				id: w.id,
				level: GRID_LEVEL_ID,
				start: cornerAt(w.a[0], w.a[1]),
				end: cornerAt(w.b[0], w.b[1]),
				thickness: INTERIOR,
				height: HEIGHT,
				heightAtEnd: null,
				arcExtent: null,
				finishLeft: 'paint:white',
				finishRight: 'paint:white'
			};
			order.push(w.id);
		}
		for (const w of cellWalls(row, col)) sides.set(w.id, (sides.get(w.id) ?? 0) + 1);
		cells.push({ row, col });
		remaining -= needed.length;
	}
	for (const id of order) {
		if (sides.get(id) === 1) {
			walls[id].thickness = EXTERIOR;
			walls[id].finishLeft = 'plaster:white';
		}
	}

	// Walls that could not close a cell: split exterior walls of the first row at their middle.
	const exterior = order.filter((id) => sides.get(id) === 1);
	for (let k = 0; k < remaining; k++) {
		const wall = walls[exterior[k]];
		const a = corners[wall.start];
		const b = corners[wall.end];
		const mid: CornerId = `corner:${wall.id.slice(5)}m`;
		corners[mid] = { id: mid, level: GRID_LEVEL_ID, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
		const second: WallId = `${wall.id}b`;
		walls[second] = { ...wall, id: second, start: mid };
		wall.end = mid;
		order.splice(order.indexOf(wall.id) + 1, 0, second);
	}

	const openings: Record<string, Opening> = {};
	if (openingsEvery > 0) {
		order.forEach((id, i) => {
			if (i % openingsEvery !== 0) return;
			const wall = walls[id];
			const a = corners[wall.start];
			const b = corners[wall.end];
			const length = Math.hypot(b.x - a.x, b.y - a.y);
			const door = wall.thickness === INTERIOR;
			const width = Math.min(
				door ? 80 + 10 * Math.floor(rand() * 2) : 100 + 20 * Math.floor(rand() * 3),
				length - 40
			);
			const oid = `opening:o${i}` as const;
			openings[oid] = {
				id: oid,
				wall: id,
				kind: door ? 'door' : 'window',
				offset: length / 2,
				width,
				height: door ? 210 : 120,
				sill: door ? 0 : 90,
				hinge: rand() < 0.5 ? 'start' : 'end',
				swing: rand() < 0.5 ? 'left' : 'right',
				catalogId: door ? 'door:single' : 'window:standard'
			};
		});
	}

	const rooms: Record<string, Room> = {};
	const cellBox = (row: number, col: number) => {
		const half = (id: WallId) => (walls[id] ?? walls[`${id}b`]).thickness / 2;
		return {
			x0: xs[col] + half(wallId('v', row, col)),
			x1: xs[col + 1] - half(wallId('v', row, col + 1)),
			y0: ys[row] + half(wallId('h', row, col)),
			y1: ys[row + 1] - half(wallId('h', row + 1, col))
		};
	};
	cells.forEach(({ row, col }, i) => {
		const { x0, x1, y0, y1 } = cellBox(row, col);
		const id = `room:r${row}-${col}` as const;
		rooms[id] = {
			id,
			level: GRID_LEVEL_ID,
			name: `Room ${i + 1}`,
			floorFinish: FLOORS[Math.floor(rand() * FLOORS.length)],
			ceilingFinish: 'paint:white',
			polygon: [
				{ x: x0, y: y0 },
				{ x: x1, y: y0 },
				{ x: x1, y: y1 },
				{ x: x0, y: y1 }
			],
			derived: true
		};
	});

	const furniture: Record<string, Furniture> = {};
	const furnitureCount = furniturePerWalls > 0 ? Math.floor(wallCount / furniturePerWalls) : 0;
	for (let i = 0; i < furnitureCount; i++) {
		const { row, col } = cells[i % cells.length];
		const box = cellBox(row, col);
		const item = FURNITURE[Math.floor(rand() * FURNITURE.length)];
		const quarterTurns = Math.floor(rand() * 4);
		// The largest footprint side fits in any cell (≥ 300 cm minus walls), so any centre
		// within the margin keeps the piece inside its room.
		const margin = Math.max(item.width, item.depth) / 2 + 5;
		const id = `furniture:f${i}` as const;
		furniture[id] = {
			id,
			level: GRID_LEVEL_ID,
			catalogId: item.catalogId,
			name: '',
			x: box.x0 + margin + rand() * (box.x1 - box.x0 - 2 * margin),
			y: box.y0 + margin + rand() * (box.y1 - box.y0 - 2 * margin),
			rotation: (quarterTurns * Math.PI) / 2,
			width: item.width,
			depth: item.depth,
			height: item.height,
			elevation: 0,
			color: null,
			material: null,
			mirrored: rand() < 0.2
		};
	}

	const level: Level = {
		id: GRID_LEVEL_ID,
		name: 'Ground floor',
		elevation: 0,
		height: HEIGHT,
		floorThickness: 20,
		order: 0
	};
	return {
		schemaVersion: SCHEMA_VERSION,
		name: `Grid plan, ${wallCount} walls (seed ${seed})`,
		north: 0,
		levels: { [level.id]: level },
		corners,
		walls,
		openings,
		rooms,
		furniture,
		labels: {},
		dimensions: {}
	};
}
