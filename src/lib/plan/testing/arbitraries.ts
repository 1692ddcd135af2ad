/**
 * fast-check arbitraries for plan documents, for property tests only (fast-check is a dev
 * dependency: never import this from app code). `validDocumentArb` builds documents that must
 * pass validation; `mutatedDocumentArb` breaks them in the ways untrusted input does.
 */
import fc from 'fast-check';
import type {
	Corner,
	CornerId,
	Dimension,
	Furniture,
	Label,
	Level,
	LevelId,
	Opening,
	PlanDocument,
	Room,
	Vec2,
	Wall,
	WallId
} from '../types';
import { SCHEMA_VERSION } from '../types';
import { LIMITS } from '../limits';
import { wallMinHeight } from '../records/wall';
import { wallCentreLength } from '../wall-length';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const fraction = fc.double({ min: 0.1, max: 1, noNaN: true });
const sized = (max: number) => fc.double({ min: LIMITS.minSize, max, noNaN: true });
const coord = fc.integer({ min: -20_000, max: 20_000 });
const angle = fc.double({ min: -LIMITS.maxAngle, max: LIMITS.maxAngle, noNaN: true });
const finish = fc.constantFrom('paint:white', 'wood:oak', 'tile:grey', 'x');
const arc = fc.oneof(
	fc.constant(null),
	fc.constant(0),
	fc
		.tuple(
			fc.double({ min: LIMITS.minArcExtent, max: LIMITS.maxArcExtent, noNaN: true }),
			fc.boolean()
		)
		.map(([a, neg]) => (neg ? -a : a))
);

const wallSeed = fc.record({
	a: fc.nat(),
	b: fc.nat(),
	thickness: sized(LIMITS.maxThickness),
	// ≥ 4 so that openings under them can be at least LIMITS.minSize high.
	height: fc.double({ min: 4, max: LIMITS.maxHeight, noNaN: true }),
	heightAtEnd: fc.option(fc.double({ min: 4, max: LIMITS.maxHeight, noNaN: true })),
	arcExtent: arc,
	finishLeft: finish,
	finishRight: finish
});
const openingSeed = fc.record({
	wall: fc.nat(),
	kind: fc.constantFrom('door' as const, 'window' as const, 'opening' as const),
	widthFrac: fraction,
	posFrac: unit,
	sillFrac: unit,
	heightFrac: fraction,
	hinge: fc.constantFrom('start' as const, 'end' as const),
	swing: fc.constantFrom('left' as const, 'right' as const),
	catalogId: fc.option(fc.constantFrom('door:single', 'window:standard'))
});
const roomSeed = fc.record({
	level: fc.nat(),
	name: fc.string({ maxLength: 20 }),
	polygon: fc.oneof(
		fc.constant([]),
		fc.array(fc.record({ x: coord, y: coord }), { minLength: 3, maxLength: 8 })
	),
	derived: fc.boolean()
});
const furnitureSeed = fc.record({
	level: fc.nat(),
	x: coord,
	y: coord,
	rotation: angle,
	width: sized(LIMITS.maxSize),
	depth: sized(LIMITS.maxSize),
	height: sized(LIMITS.maxHeight),
	elevation: fc.double({ min: -LIMITS.maxHeight, max: LIMITS.maxHeight, noNaN: true }),
	color: fc.option(fc.constantFrom('#a0b1c2', '#FFFFFF')),
	material: fc.option(finish),
	mirrored: fc.boolean()
});
const labelSeed = fc.record({
	level: fc.nat(),
	x: coord,
	y: coord,
	text: fc.string({ minLength: 1, maxLength: 40 }),
	rotation: angle,
	size: sized(1000)
});
const dimensionSeed = fc.record({
	level: fc.nat(),
	x1: coord,
	y1: coord,
	dx: fc.integer({ min: 1, max: 5000 }),
	dy: fc.integer({ min: -5000, max: 5000 }),
	offset: fc.double({ min: -1000, max: 1000, noNaN: true })
});

const documentSeed = fc.record({
	name: fc.string({ maxLength: 40 }),
	north: angle,
	levels: fc.array(
		fc.record({
			elevation: fc.double({ min: -1000, max: 10_000, noNaN: true }),
			height: sized(LIMITS.maxHeight),
			floorThickness: fc.double({ min: 0, max: LIMITS.maxFloorThickness, noNaN: true })
		}),
		{ minLength: 1, maxLength: 3 }
	),
	points: fc.uniqueArray(fc.tuple(coord, coord), {
		selector: ([x, y]) => `${x},${y}`,
		maxLength: 14
	}),
	walls: fc.array(wallSeed, { maxLength: 14 }),
	openings: fc.array(openingSeed, { maxLength: 8 }),
	rooms: fc.array(roomSeed, { maxLength: 4 }),
	furniture: fc.array(furnitureSeed, { maxLength: 4 }),
	labels: fc.array(labelSeed, { maxLength: 3 }),
	dimensions: fc.array(dimensionSeed, { maxLength: 3 })
});

type Seed = typeof documentSeed extends fc.Arbitrary<infer T> ? T : never;

function build(seed: Seed): PlanDocument {
	const levelIds = seed.levels.map((_, i) => `level:l${i}` as LevelId);
	const levels: Record<LevelId, Level> = {};
	seed.levels.forEach((l, i) => {
		levels[levelIds[i]] = { id: levelIds[i], name: `Level ${i}`, order: i, ...l };
	});
	const levelOf = (n: number) => levelIds[n % levelIds.length];

	const corners: Record<CornerId, Corner> = {};
	const cornersOnLevel = new Map<LevelId, CornerId[]>();
	seed.points.forEach(([x, y], i) => {
		const id = `corner:c${i}` as CornerId;
		const level = levelOf(i);
		corners[id] = { id, level, x, y };
		cornersOnLevel.set(level, [...(cornersOnLevel.get(level) ?? []), id]);
	});

	const walls: Record<WallId, Wall> = {};
	const pairs = new Set<string>();
	const cornerIds = Object.keys(corners) as CornerId[];
	seed.walls.forEach((w, i) => {
		if (!cornerIds.length) return;
		const start = cornerIds[w.a % cornerIds.length];
		const level = corners[start].level;
		const same = cornersOnLevel.get(level)!;
		const end = same[w.b % same.length];
		const pair = start < end ? `${start} ${end}` : `${end} ${start}`;
		if (start === end || (!w.arcExtent && pairs.has(pair))) return;
		if (!w.arcExtent) pairs.add(pair);
		const id = `wall:w${i}` as WallId;
		walls[id] = {
			id,
			level,
			start,
			end,
			thickness: w.thickness,
			height: w.height,
			heightAtEnd: w.heightAtEnd,
			arcExtent: w.arcExtent,
			finishLeft: w.finishLeft,
			finishRight: w.finishRight
		};
	});

	// At most one opening per wall, so openings never overlap.
	const openings: Record<string, Opening> = {};
	const wallIds = Object.keys(walls) as WallId[];
	const used = new Set<WallId>();
	seed.openings.forEach((o, i) => {
		if (!wallIds.length) return;
		const wallId = wallIds[o.wall % wallIds.length];
		if (used.has(wallId)) return;
		used.add(wallId);
		const wall = walls[wallId];
		const length = wallCentreLength(corners[wall.start], corners[wall.end], wall.arcExtent);
		const width = Math.min(o.widthFrac * length, LIMITS.maxSize);
		const top = wallMinHeight(wall);
		const sill = o.sillFrac * top * 0.5;
		const id = `opening:o${i}` as const;
		openings[id] = {
			id,
			wall: wallId,
			kind: o.kind,
			offset: width / 2 + o.posFrac * (length - width),
			width,
			height: o.heightFrac * (top - sill),
			sill,
			hinge: o.hinge,
			swing: o.swing,
			catalogId: o.catalogId
		};
	});

	const rooms: Record<string, Room> = {};
	seed.rooms.forEach((r, i) => {
		const id = `room:r${i}` as const;
		rooms[id] = {
			id,
			level: levelOf(r.level),
			name: r.name,
			floorFinish: 'wood:oak',
			ceilingFinish: 'paint:white',
			polygon: (r.polygon as Vec2[]).map((p) => ({ ...p })),
			derived: r.derived
		};
	});
	const furniture: Record<string, Furniture> = {};
	seed.furniture.forEach((f, i) => {
		const id = `furniture:f${i}` as const;
		furniture[id] = { id, catalogId: 'chair:basic', name: '', ...f, level: levelOf(f.level) };
	});
	const labels: Record<string, Label> = {};
	seed.labels.forEach((l, i) => {
		const id = `label:t${i}` as const;
		labels[id] = { id, ...l, level: levelOf(l.level) };
	});
	const dimensions: Record<string, Dimension> = {};
	seed.dimensions.forEach((d, i) => {
		const id = `dimension:d${i}` as const;
		dimensions[id] = {
			id,
			level: levelOf(d.level),
			x1: d.x1,
			y1: d.y1,
			x2: d.x1 + d.dx,
			y2: d.y1 + d.dy,
			offset: d.offset
		};
	});

	return {
		schemaVersion: SCHEMA_VERSION,
		name: seed.name,
		north: seed.north,
		levels,
		corners,
		walls,
		openings,
		rooms,
		furniture,
		labels,
		dimensions
	};
}

/** Documents that the validator must accept. */
export const validDocumentArb: fc.Arbitrary<PlanDocument> = documentSeed.map(build);

/** Values untrusted input carries where numbers, strings, ids or records belong. */
export const nastyValueArb: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(
		NaN,
		Infinity,
		-Infinity,
		-1,
		0,
		-0,
		1e308,
		-1e308,
		5e-324,
		2 ** 53 + 1,
		'',
		'x'.repeat(100_000),
		null,
		undefined,
		true,
		[],
		{},
		'wall:dangling',
		'corner:dangling',
		'level:dangling',
		'__proto__',
		'1e3',
		[1, 2, 3]
	),
	fc.double(),
	fc.string({ maxLength: 30 }),
	fc.jsonValue({ maxDepth: 3 })
);

export type Mutation =
	| { kind: 'set'; pick: number; value: unknown }
	| { kind: 'delete'; pick: number }
	| { kind: 'protoKey'; pick: number }
	| { kind: 'renameKey'; pick: number; to: string }
	| { kind: 'duplicate'; pick: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('set' as const),
			pick: fc.nat(),
			value: nastyValueArb
		})
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('protoKey' as const), pick: fc.nat() }) },
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('renameKey' as const),
			pick: fc.nat(),
			to: fc.constantFrom('wall:zz', 'corner:zz', 'bad key', '', 'level:l0')
		})
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) }
);

type Container = Record<string, unknown> | unknown[];

/** Every (container, key) pair in a JSON-like value, depth first. */
function slots(value: unknown, out: [Container, string | number][] = []) {
	if (Array.isArray(value))
		value.forEach((v, i) => {
			out.push([value, i]);
			slots(v, out);
		});
	else if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value)) {
			out.push([value as Container, k]);
			slots(v, out);
		}
	return out;
}

function containers(value: unknown): Container[] {
	const out: Container[] = [value as Container];
	for (const [c, k] of slots(value)) {
		const v = (c as Record<string | number, unknown>)[k];
		if (typeof v === 'object' && v !== null) out.push(v as Container);
	}
	return out.filter((c) => !Array.isArray(c));
}

/** Applies mutations to a deep copy of `doc` and returns the copy (plain, possibly broken). */
export function mutate(doc: PlanDocument, mutations: Mutation[]): unknown {
	const root = structuredClone(doc) as unknown as Record<string, unknown>;
	for (const m of mutations) {
		const all = slots(root);
		if (m.kind === 'set' || m.kind === 'delete') {
			if (!all.length) continue;
			const [c, k] = all[m.pick % all.length];
			if (m.kind === 'set') (c as Record<string | number, unknown>)[k] = m.value;
			else if (Array.isArray(c)) c.splice(k as number, 1);
			else delete c[k as string];
			continue;
		}
		const objects = containers(root) as Record<string, unknown>[];
		const target = objects[m.pick % objects.length];
		const keys = Object.keys(target);
		if (m.kind === 'protoKey') {
			// An own "__proto__" key, as JSON.parse makes it.
			Object.defineProperty(target, '__proto__', {
				value: { polluted: true },
				enumerable: true,
				configurable: true,
				writable: true
			});
		} else if (keys.length) {
			const key = keys[m.pick % keys.length];
			if (m.kind === 'renameKey') {
				target[m.to] = target[key];
				delete target[key];
			} else target[`${key}x`] = structuredClone(target[key]);
		}
	}
	return root;
}

export const mutatedDocumentArb: fc.Arbitrary<unknown> = fc
	.tuple(validDocumentArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
	.map(([doc, ms]) => mutate(doc, ms));
