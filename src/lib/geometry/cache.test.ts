import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../plan/diff';
import type { Corner, Opening, PlanDocument, Room, Wall } from '../plan/types';
import { GeometryCache, buildPlanGeometry } from './cache';
import { allFinite } from './mesh-checks';
import { gridPlan } from './test-plan';
import type { MeshData } from './types';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function expectSameGeometry(a: Map<string, MeshData>, b: Map<string, MeshData>) {
	expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
	for (const [key, m] of a) {
		const n = b.get(key)!;
		expect({ id: m.id, level: m.level, kind: m.kind, groups: m.groups }).toEqual({
			id: n.id,
			level: n.level,
			kind: n.kind,
			groups: n.groups
		});
		for (const f of ['positions', 'normals', 'uvs', 'indices'] as const)
			expect(bytes(m[f]).equals(bytes(n[f])), `${key}.${f}`).toBe(true);
	}
}

/** A seeded random source, so a failure can be replayed. */
function random(seed: number) {
	return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

type Edit = (doc: PlanDocument, rnd: () => number) => PlanDocument;
const pick = <T>(rnd: () => number, xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

const edits: Edit[] = [
	function moveCorner(doc, rnd) {
		const c = pick(rnd, Object.values(doc.corners));
		const moved: Corner = { ...c, x: c.x + (rnd() - 0.5) * 100, y: c.y + (rnd() - 0.5) * 100 };
		return { ...doc, corners: { ...doc.corners, [c.id]: moved } };
	},
	function reshapeWall(doc, rnd) {
		const w = pick(rnd, Object.values(doc.walls));
		const changed: Wall = {
			...w,
			thickness: 5 + rnd() * 30,
			heightAtEnd: rnd() < 0.5 ? null : 200 + rnd() * 100,
			arcExtent: rnd() < 0.3 ? (rnd() - 0.5) * 2 : w.arcExtent,
			finishLeft: rnd() < 0.5 ? 'brick:red' : w.finishLeft
		};
		return { ...doc, walls: { ...doc.walls, [w.id]: changed } };
	},
	function removeWall(doc, rnd) {
		const walls = { ...doc.walls };
		delete walls[pick(rnd, Object.values(doc.walls)).id];
		return { ...doc, walls };
	},
	function addWall(doc, rnd) {
		const cs = Object.values(doc.corners);
		const a = pick(rnd, cs);
		const b = pick(rnd, cs);
		if (a.id === b.id) return doc;
		const template = Object.values(doc.walls)[0];
		const id = `wall:new${Math.floor(rnd() * 1e9)}` as Wall['id'];
		return { ...doc, walls: { ...doc.walls, [id]: { ...template, id, start: a.id, end: b.id } } };
	},
	function editOpenings(doc, rnd) {
		const openings = { ...doc.openings };
		const existing = Object.values(doc.openings);
		if (existing.length && rnd() < 0.4) delete openings[pick(rnd, existing).id];
		else if (existing.length && rnd() < 0.5) {
			const o = pick(rnd, existing);
			openings[o.id] = { ...o, offset: o.offset + (rnd() - 0.5) * 80 };
		} else {
			const w = pick(rnd, Object.values(doc.walls));
			const id = `opening:new${Math.floor(rnd() * 1e9)}` as Opening['id'];
			openings[id] = {
				id,
				wall: w.id,
				kind: 'door',
				offset: rnd() * 300,
				width: 80,
				height: 200,
				sill: rnd() < 0.5 ? 0 : 80,
				hinge: 'start',
				swing: 'left',
				catalogId: null
			};
		}
		return { ...doc, openings };
	},
	function editRoom(doc, rnd) {
		const r = pick(rnd, Object.values(doc.rooms));
		const changed: Room = {
			...r,
			polygon: r.polygon.map((p) => ({ x: p.x + rnd() * 5, y: p.y })),
			floorFinish: 'tile:' + Math.floor(rnd() * 3)
		};
		return { ...doc, rooms: { ...doc.rooms, [r.id]: changed } };
	},
	function editLevel(doc, rnd) {
		const l = Object.values(doc.levels)[0];
		return { ...doc, levels: { ...doc.levels, [l.id]: { ...l, elevation: rnd() * 50 } } };
	}
];

describe('GeometryCache', () => {
	for (const withDiff of [false, true])
		it(`gives exactly a full rebuild after every one of many random edits${withDiff ? ' (told the diff)' : ''}`, () => {
			const rnd = random(withDiff ? 777 : 12345);
			let doc = gridPlan(4, 3).doc;
			// No slack: mesh storage is compacted every few edits, which must change nothing.
			const cache = new GeometryCache(0);
			cache.update(doc);
			for (let step = 0; step < 250; step++) {
				const edit = edits[step % 10 < 4 ? 0 : Math.floor(rnd() * edits.length)];
				const next = edit(doc, rnd);
				cache.update(next, withDiff ? diffDocuments(doc, next) : undefined);
				doc = next;
				const full = buildPlanGeometry(doc);
				expectSameGeometry(cache.meshes, full.meshes);
				expect(cache.geometry.stats).toEqual(full.stats);
				for (const m of cache.meshes.values()) expect(allFinite(m)).toBe(true);
			}
		});

	it('rebuilds only the walls around a moved corner', () => {
		let doc = gridPlan(6, 6).doc;
		const cache = new GeometryCache();
		cache.update(doc);
		const c = Object.values(doc.corners)[24];
		doc = { ...doc, corners: { ...doc.corners, [c.id]: { ...c, x: c.x + 40 } } };
		const { changed, removed } = cache.update(doc);
		const walls = Object.values(doc.walls);
		const atMoved = walls.filter((w) => w.start === c.id || w.end === c.id);
		const far = new Set(atMoved.flatMap((w) => [w.start, w.end]));
		const expected = walls.filter((w) => far.has(w.start) || far.has(w.end)).map((w) => w.id);
		expect(changed.sort()).toEqual(expected.sort());
		expect(removed).toEqual([]);
		expect(changed.length).toBeLessThan(walls.length / 4);
	});

	it('rebuilds only its wall when an opening changes, and reports removed meshes', () => {
		let doc = gridPlan(3, 3).doc;
		const cache = new GeometryCache();
		cache.update(doc);
		const o = Object.values(doc.openings)[0];
		doc = { ...doc, openings: { ...doc.openings, [o.id]: { ...o, width: 50 } } };
		expect(cache.update(doc)).toEqual({ changed: [o.wall], removed: [] });
		const r = Object.values(doc.rooms)[0];
		const rooms = { ...doc.rooms };
		delete rooms[r.id];
		doc = { ...doc, rooms };
		expect(cache.update(doc)).toEqual({ changed: [], removed: [r.id, `ceiling:${r.id}`] });
		expect(cache.update(doc)).toEqual({ changed: [], removed: [] });
	});
});
