import { describe, expect, it } from 'vitest';
import { buildPlanGeometry } from './cache';
import { allFinite, surfaceArea, windingMismatches } from './mesh-checks';
import { ceilingKey } from './room';
import { TestPlan, type P } from './test-plan';

const shoelace = (pts: P[]) =>
	Math.abs(
		pts.reduce(
			(a, [x, y], i) => a + x * pts[(i + 1) % pts.length][1] - pts[(i + 1) % pts.length][0] * y,
			0
		)
	) / 2;

describe('floors and ceilings', () => {
	const lShape: P[] = [
		[0, 0],
		[500, 0],
		[500, 200],
		[250, 200],
		[250, 400],
		[0, 400]
	];

	it('triangulate the room polygon: the floor’s area is the polygon’s', () => {
		const p = new TestPlan();
		const id = p.room(lShape, { floorFinish: 'tile:grey', ceilingFinish: 'paint:blue' });
		const g = buildPlanGeometry(p.doc);
		const floor = g.meshes.get(id)!;
		expect(floor.kind).toBe('floor');
		expect(allFinite(floor)).toBe(true);
		expect(surfaceArea(floor)).toBeCloseTo(shoelace(lShape), 3);
		expect(floor.groups).toEqual([
			{ start: 0, count: floor.indices.length, material: 'tile:grey' }
		]);
		expect(windingMismatches(floor)).toBe(0);
		for (let i = 1; i < floor.normals.length; i += 3) expect(floor.normals[i]).toBe(1);
	});

	it('put the ceiling at elevation + level height, facing down, keyed ceiling:<room id>', () => {
		const p = new TestPlan();
		p.doc.levels['level:g'] = { ...p.doc.levels['level:g'], elevation: 300, height: 270 };
		const id = p.room(lShape, { ceilingFinish: 'paint:blue' });
		const g = buildPlanGeometry(p.doc);
		const ceiling = g.meshes.get(ceilingKey(id))!;
		expect(ceiling.id).toBe(id);
		expect(ceiling.kind).toBe('ceiling');
		expect(ceiling.groups[0].material).toBe('paint:blue');
		expect(windingMismatches(ceiling)).toBe(0);
		for (let i = 1; i < ceiling.positions.length; i += 3) {
			expect(ceiling.positions[i]).toBe(570);
			expect(ceiling.normals[i]).toBe(-1);
		}
		const floor = g.meshes.get(id)!;
		for (let i = 1; i < floor.positions.length; i += 3) expect(floor.positions[i]).toBe(300);
	});

	it('leave holes for islands', () => {
		const p = new TestPlan();
		const outer: P[] = [
			[0, 0],
			[1000, 0],
			[1000, 800],
			[0, 800]
		];
		const island: P[] = [
			[300, 300],
			[600, 300],
			[600, 500],
			[300, 500]
		];
		const id = p.room(outer);
		Object.assign(p.doc.rooms[id], { holes: [island.map(([x, y]) => ({ x, y }))] });
		const floor = buildPlanGeometry(p.doc).meshes.get(id)!;
		expect(surfaceArea(floor)).toBeCloseTo(shoelace(outer) - shoelace(island), 3);
	});

	it('give UVs in plan centimetres', () => {
		const p = new TestPlan();
		const id = p.room(lShape);
		const floor = buildPlanGeometry(p.doc).meshes.get(id)!;
		for (let v = 0; v < floor.positions.length / 3; v++) {
			expect(floor.uvs[2 * v]).toBe(floor.positions[3 * v]);
			expect(floor.uvs[2 * v + 1]).toBe(floor.positions[3 * v + 2]);
		}
	});

	it('skip a room whose polygon is not derived yet', () => {
		const p = new TestPlan();
		const id = p.room([]);
		expect(buildPlanGeometry(p.doc).meshes.has(id)).toBe(false);
	});
});
