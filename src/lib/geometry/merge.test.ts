import { describe, expect, it } from 'vitest';
import { buildPlanGeometry } from './cache';
import { idAtTriangle, mergeByMaterial } from './merge';
import { ceilingKey } from './room';
import { TestPlan, LEVEL } from './test-plan';

function house() {
	const p = new TestPlan();
	const a = p.wall([0, 0], [500, 0], { finishLeft: 'brick:red', finishRight: 'paint:white' });
	p.wall([500, 0], [500, 400], { finishLeft: 'brick:red', finishRight: 'paint:white' });
	p.wall([500, 400], [0, 400], { finishLeft: 'brick:red', finishRight: 'paint:white' });
	p.wall([0, 400], [0, 0], { finishLeft: 'brick:red', finishRight: 'paint:blue' });
	p.opening(a, 250);
	p.room([
		[10, 10],
		[490, 10],
		[490, 390],
		[10, 390]
	]);
	p.doc.levels['level:up'] = { ...p.doc.levels[LEVEL], id: 'level:up', elevation: 280, order: 1 };
	p.doc.corners['corner:u1'] = { id: 'corner:u1', level: 'level:up', x: 0, y: 0 };
	p.doc.corners['corner:u2'] = { id: 'corner:u2', level: 'level:up', x: 300, y: 0 };
	p.doc.walls['wall:up'] = {
		...p.doc.walls[a],
		id: 'wall:up',
		level: 'level:up',
		start: 'corner:u1',
		end: 'corner:u2'
	};
	return p;
}

describe('mergeByMaterial', () => {
	const g = buildPlanGeometry(house().doc);
	const merged = mergeByMaterial(g.meshes.values(), LEVEL);

	it('makes one mesh per material of the level', () => {
		expect(merged.map((m) => m.material)).toEqual([
			'brick:red',
			'paint:blue',
			'paint:white',
			'wall:cap',
			'wall:reveal',
			'wood:oak'
		]);
		const levelMeshes = [...g.meshes.values()].filter((m) => m.level === LEVEL);
		const triangles = levelMeshes.reduce((a, m) => a + m.indices.length / 3, 0);
		expect(merged.reduce((a, m) => a + m.indices.length / 3, 0)).toBe(triangles);
		expect(merged.some((m) => m.ranges.some((r) => r.id === 'wall:up'))).toBe(false);
	});

	it('maps every triangle back to the record it came from, with the same corners', () => {
		for (const mm of merged) {
			for (let t = 0; t < mm.indices.length / 3; t++) {
				const r = idAtTriangle(mm, t)!;
				const key = r.kind === 'ceiling' ? ceilingKey(r.id) : r.id;
				const src = g.meshes.get(key)!;
				const group = src.groups.find((x) => x.material === mm.material)!;
				const k = group.start + (3 * t - r.start);
				for (let c = 0; c < 3; c++) {
					const vm = mm.indices[3 * t + c];
					const vs = src.indices[k + c];
					expect([...mm.positions.subarray(3 * vm, 3 * vm + 3)]).toEqual([
						...src.positions.subarray(3 * vs, 3 * vs + 3)
					]);
				}
			}
		}
	});

	it('keeps ranges sorted and gapless', () => {
		for (const mm of merged) {
			let at = 0;
			for (const r of mm.ranges) {
				expect(r.start).toBe(at);
				at += r.count;
			}
			expect(at).toBe(mm.indices.length);
			expect(idAtTriangle(mm, mm.indices.length / 3)).toBeNull();
		}
	});
});
