import { describe, expect, it } from 'vitest';
import { generateGridPlan } from '../plan/generate';
import { buildPlanGeometry } from './cache';
import {
	allFinite,
	contains,
	openEdges,
	rayHits,
	signedVolume,
	windingMismatches
} from './mesh-checks';
import { TestPlan } from './test-plan';
import type { MeshData } from './types';

const wallMeshes = (plan: TestPlan) => {
	const g = buildPlanGeometry(plan.doc);
	return Object.keys(plan.doc.walls).map((id) => g.meshes.get(id)!);
};

/** Closed, finite, wound outwards: the properties every wall solid must have. */
function expectSolid(m: MeshData) {
	expect(m).toBeDefined();
	expect(allFinite(m)).toBe(true);
	expect(openEdges(m)).toEqual([]);
	expect(windingMismatches(m)).toBe(0);
	expect(signedVolume(m)).toBeGreaterThan(0);
}

describe('a straight wall', () => {
	it('is a closed box of length × thickness × height with square free ends', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0], { thickness: 20, height: 250 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		expect(signedVolume(m)).toBeCloseTo(400 * 20 * 250, 0);
		expect(m.groups.map((g) => g.material)).toEqual(['paint:left', 'paint:right', 'wall:cap']);
	});

	it('puts the left finish on the left of start → end (plan y down) with outward normals', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0]);
		const [m] = wallMeshes(p);
		const left = m.groups.find((g) => g.material === 'paint:left')!;
		for (let i = left.start; i < left.start + left.count; i++) {
			const v = m.indices[i];
			// Left of +x with y down is −y in the plan, i.e. −z in 3D.
			expect(m.positions[3 * v + 2]).toBe(-10);
			expect(m.normals[3 * v + 2]).toBe(-1);
		}
	});

	it('follows a sloped top from height to heightAtEnd', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0], { height: 200, heightAtEnd: 300 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		expect(signedVolume(m)).toBeCloseTo(400 * 20 * 250, 0);
		let top0 = 0;
		let top1 = 0;
		for (let i = 0; i < m.positions.length; i += 3) {
			if (m.positions[i] === 0) top0 = Math.max(top0, m.positions[i + 1]);
			if (m.positions[i] === 400) top1 = Math.max(top1, m.positions[i + 1]);
		}
		expect([top0, top1]).toEqual([200, 300]);
	});

	it('stands on its level’s elevation', () => {
		const p = new TestPlan();
		p.doc.levels['level:g'].elevation = 300;
		p.wall([0, 0], [100, 0], { height: 250 });
		const [m] = wallMeshes(p);
		const ys = [...m.positions].filter((_, i) => i % 3 === 1);
		expect(Math.min(...ys)).toBe(300);
		expect(Math.max(...ys)).toBe(550);
	});
});

describe('openings', () => {
	const volumeOf = (p: TestPlan) => signedVolume(wallMeshes(p)[0]);

	it('cut a window hole with reveals, leaving a closed solid', () => {
		const p = new TestPlan();
		const w = p.wall([0, 0], [400, 0]);
		p.opening(w, 200, { width: 100, height: 120, sill: 90 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		expect(volumeOf(p)).toBeCloseTo(400 * 20 * 250 - 100 * 20 * 120, 0);
		expect(m.groups.map((g) => g.material)).toContain('wall:reveal');
		// A ray through the hole's centre crosses nothing; one beside the hole crosses both faces.
		expect(rayHits(m, [200, 150, -50], [0, 0, 1])).toBe(0);
		expect(rayHits(m, [120, 150, -50], [0, 0, 1])).toBe(2);
		expect(rayHits(m, [200, 80, -50], [0, 0, 1])).toBe(2);
		expect(rayHits(m, [200, 215, -50], [0, 0, 1])).toBe(2);
	});

	it('cut a door through the bottom of the wall', () => {
		const p = new TestPlan();
		const w = p.wall([0, 0], [400, 0]);
		p.opening(w, 100, { kind: 'door', width: 90, height: 210, sill: 0 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		expect(volumeOf(p)).toBeCloseTo(400 * 20 * 250 - 90 * 20 * 210, 0);
		expect(rayHits(m, [100, 100, -50], [0, 0, 1])).toBe(0);
		expect(rayHits(m, [100, 1, -50], [0, 0, 1])).toBe(0);
		// Looking down through the door span: the head only (top and underside); elsewhere
		// the top and the bottom.
		expect(rayHits(m, [101.3, 400, 3.7], [0, -1, 0])).toBe(2);
		expect(rayHits(m, [301.3, 400, 3.7], [0, -1, 0])).toBe(2);
	});

	it('place every hole exactly where its opening is, several per wall', () => {
		const p = new TestPlan();
		const w = p.wall([0, 0], [600, 0]);
		const spots = [
			{ offset: 80, width: 80, sill: 0, height: 200 },
			{ offset: 250, width: 120, sill: 100, height: 100 },
			{ offset: 450, width: 60, sill: 50, height: 150 }
		];
		for (const s of spots) p.opening(w, s.offset, s);
		const [m] = wallMeshes(p);
		expectSolid(m);
		for (const s of spots) {
			const y = s.sill + s.height / 2;
			expect(rayHits(m, [s.offset, y, -50], [0, 0, 1])).toBe(0);
			// Just outside each side of the hole the wall is solid.
			expect(rayHits(m, [s.offset - s.width / 2 - 0.5, y, -50], [0, 0, 1])).toBe(2);
			expect(rayHits(m, [s.offset + s.width / 2 + 0.5, y, -50], [0, 0, 1])).toBe(2);
		}
		const cut = spots.reduce((a, s) => a + s.width * s.height * 20, 0);
		expect(signedVolume(m)).toBeCloseTo(600 * 20 * 250 - cut, 0);
	});

	it('are clamped to the wall: past its end, above its top, overlapping each other', () => {
		const p = new TestPlan();
		const w = p.wall([0, 0], [300, 0], { height: 200 });
		p.opening(w, 20, { width: 100, height: 300, sill: 50 });
		p.opening(w, 80, { width: 100, sill: 0, height: 100 });
		p.opening(w, 290, { width: 60, sill: 10, height: 50 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		for (let i = 0; i < m.positions.length; i += 3) {
			expect(m.positions[i]).toBeGreaterThanOrEqual(0);
			expect(m.positions[i]).toBeLessThanOrEqual(300);
			expect(m.positions[i + 1]).toBeLessThanOrEqual(200);
		}
	});
});

describe('joins', () => {
	/** Random points in a box: how many of the solids hold each. */
	function coverage(meshes: MeshData[], box: [number, number, number, number], n = 300) {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const counts: number[] = [];
		for (let i = 0; i < n; i++) {
			const pt = [
				box[0] + rnd() * (box[2] - box[0]),
				100 + rnd() * 50,
				box[1] + rnd() * (box[3] - box[1])
			];
			counts.push(meshes.filter((m) => contains(m, pt)).length);
		}
		return counts;
	}
	const totalVolume = (ms: MeshData[]) => ms.reduce((a, m) => a + signedVolume(m), 0);

	it('mitres an L corner: faces meet, solids do not overlap or leave a gap', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0]);
		p.wall([400, 0], [400, 300]);
		const ms = wallMeshes(p);
		ms.forEach(expectSolid);
		// Union of an L of centre lengths 400 + 300 and thickness 20 (square free ends).
		expect(totalVolume(ms)).toBeCloseTo((400 * 20 + 300 * 20) * 250, 0);
		const c = coverage(ms, [370, -30, 430, 30]);
		expect(Math.max(...c)).toBe(1);
		expect(c.filter((k) => k === 1).length).toBeGreaterThan(50);
	});

	it('mitres corners at any angle', () => {
		for (const deg of [30, 60, 120, 135, 150]) {
			const p = new TestPlan();
			const a = (deg * Math.PI) / 180;
			p.wall([0, 0], [300, 0]);
			p.wall([300, 0], [300 - 300 * Math.cos(a), 300 * Math.sin(a)]);
			const ms = wallMeshes(p);
			ms.forEach(expectSolid);
			expect(Math.max(...coverage(ms, [200, -50, 400, 100]))).toBe(1);
			// Mitred: union = centre lengths × thickness, plus or minus nothing at the corner.
			expect(totalVolume(ms)).toBeCloseTo(600 * 20 * 250, -1);
		}
	});

	it('joins a T: the stem ends on the through wall’s face', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0]);
		p.wall([400, 0], [800, 0]);
		p.wall([400, 0], [400, 300]);
		const ms = wallMeshes(p);
		ms.forEach(expectSolid);
		expect(totalVolume(ms)).toBeCloseTo((800 * 20 + 290 * 20) * 250, 0);
		const c = coverage(ms, [360, -30, 440, 40]);
		expect(Math.max(...c)).toBe(1);
	});

	it('joins a crossing of four walls', () => {
		const p = new TestPlan();
		p.wall([0, 300], [400, 300]);
		p.wall([400, 300], [800, 300]);
		p.wall([400, 0], [400, 300]);
		p.wall([400, 300], [400, 600]);
		const ms = wallMeshes(p);
		ms.forEach(expectSolid);
		expect(totalVolume(ms)).toBeCloseTo((800 * 20 + 600 * 20 - 20 * 20) * 250, 0);
		expect(Math.max(...coverage(ms, [370, 270, 430, 330]))).toBe(1);
	});

	it('joins walls of different thickness without overlap', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0], { thickness: 30 });
		p.wall([400, 0], [400, 300], { thickness: 10 });
		p.wall([400, 0], [800, 0], { thickness: 20 });
		const ms = wallMeshes(p);
		ms.forEach(expectSolid);
		expect(Math.max(...coverage(ms, [360, -30, 440, 40]))).toBe(1);
	});

	it('bevels a very sharp corner instead of a long spike', () => {
		const p = new TestPlan();
		const a = (5 * Math.PI) / 180;
		p.wall([0, 0], [1000, 0]);
		p.wall([1000, 0], [1000 - 1000 * Math.cos(a), 1000 * Math.sin(a)]);
		const ms = wallMeshes(p);
		ms.forEach(expectSolid);
		for (const m of ms)
			for (let i = 0; i < m.positions.length; i += 3)
				expect(m.positions[i]).toBeLessThan(1000 + 20);
	});

	it('keeps a mitred sloped wall closed', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0], { heightAtEnd: 300 });
		p.wall([400, 0], [400, 300], { height: 300, heightAtEnd: 220 });
		wallMeshes(p).forEach(expectSolid);
	});
});

describe('arc walls', () => {
	it('are closed and hold the annular sector’s volume', () => {
		const p = new TestPlan();
		p.wall([0, 0], [400, 0], { arcExtent: Math.PI / 2 });
		const [m] = wallMeshes(p);
		expectSolid(m);
		const r = 200 / Math.sin(Math.PI / 4);
		const exact = r * 20 * (Math.PI / 2) * 250;
		expect(Math.abs(signedVolume(m) - exact) / exact).toBeLessThan(0.005);
	});

	it('keep their openings and join straight walls at their ends', () => {
		const p = new TestPlan();
		const arc = p.wall([0, 0], [400, 0], { arcExtent: -Math.PI / 3 });
		p.wall([400, 0], [400, 300]);
		p.wall([0, 300], [0, 0]);
		p.opening(arc, 200, { width: 80 });
		p.opening(arc, 80, { width: 60, sill: 0, height: 200 });
		wallMeshes(p).forEach(expectSolid);
	});
});

describe('uvs and odd input', () => {
	it('gives face uvs in centimetres: u along the wall, v up from the floor', () => {
		const p = new TestPlan();
		p.doc.levels['level:g'].elevation = 280;
		p.wall([100, 50], [100, 450]);
		const [m] = wallMeshes(p);
		const left = m.groups.find((g) => g.material === 'paint:left')!;
		for (let i = left.start; i < left.start + left.count; i++) {
			const v = m.indices[i];
			expect(m.uvs[2 * v]).toBeCloseTo(m.positions[3 * v + 2] - 50, 4);
			expect(m.uvs[2 * v + 1]).toBeCloseTo(m.positions[3 * v + 1] - 280, 4);
		}
	});

	it('skips walls it cannot build and never produces NaN', () => {
		const p = new TestPlan();
		const ok = p.wall([0, 0], [300, 0]);
		p.wall([300, 0], [300, 0]);
		p.wall([300, 0], [300, 200], { thickness: 0 });
		const lost = p.wall([0, 0], [0, 300]);
		p.doc.walls[lost] = { ...p.doc.walls[lost], end: 'corner:missing' };
		p.opening(ok, 150, { width: 1000, height: 1000, sill: -20 });
		p.opening(ok, 10_000);
		const g = buildPlanGeometry(p.doc);
		expect([...g.meshes.keys()]).toEqual([ok]);
		expectSolid(g.meshes.get(ok)!);
	});
});

describe('a generated house grid', () => {
	it('has only closed, outward, non-overlapping wall solids (mixed thicknesses, doors, windows)', () => {
		const doc = generateGridPlan({ walls: 120, seed: 3 });
		const g = buildPlanGeometry(doc);
		const walls = Object.keys(doc.walls).map((id) => g.meshes.get(id)!);
		walls.forEach(expectSolid);
		// Sample points around every corner: no point may lie in two walls.
		let seed = 11;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (const c of Object.values(doc.corners).slice(0, 12)) {
			const near = walls.filter((m) => {
				const w = doc.walls[m.id as keyof typeof doc.walls];
				return w.start === c.id || w.end === c.id;
			});
			for (let i = 0; i < 40; i++) {
				const pt = [c.x + (rnd() - 0.5) * 60, 120 + rnd() * 20, c.y + (rnd() - 0.5) * 60];
				expect(near.filter((m) => contains(m, pt)).length).toBeLessThanOrEqual(1);
			}
		}
	});
});
