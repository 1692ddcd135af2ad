import { describe, expect, it } from 'vitest';
import { buildPlanGeometry } from './cache';
import { allFinite } from './mesh-checks';
import type { WallId } from '../plan/types';
import { TestPlan, type P } from './test-plan';
import { joinWalls, openingShapes, wallShapes } from './outline';
import { flatten, svgPath } from './shape2d';

/** A seeded random source, so a failure can be replayed. */
function random(seed: number) {
	return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

describe('geometry and plan drawing of arbitrary plans', () => {
	it('never throws and never produces NaN or infinite values', () => {
		const rnd = random(4242);
		for (let plan = 0; plan < 300; plan++) {
			const p = new TestPlan();
			// Few distinct points, so walls share corners, cross, overlap and double back.
			const pts: P[] = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => [
				Math.round(rnd() * 8) * 50,
				Math.round(rnd() * 8) * 50
			]);
			const walls: WallId[] = [];
			for (let k = 0; k < 2 + rnd() * 10; k++) {
				const a = pts[Math.floor(rnd() * pts.length)];
				const b = pts[Math.floor(rnd() * pts.length)];
				walls.push(
					p.wall(a, b, {
						thickness: 0.5 + rnd() * 60,
						height: 1 + rnd() * 400,
						heightAtEnd: rnd() < 0.3 ? 1 + rnd() * 400 : null,
						arcExtent: rnd() < 0.25 ? (rnd() - 0.5) * 2 * Math.PI : null
					})
				);
			}
			for (const w of walls)
				if (rnd() < 0.5)
					p.opening(w, rnd() * 500 - 50, {
						width: rnd() * 300,
						height: rnd() * 300,
						sill: rnd() * 200 - 20
					});
			p.room(pts.slice(0, 3 + Math.floor(rnd() * (pts.length - 2))));
			const g = buildPlanGeometry(p.doc);
			for (const m of g.meshes.values()) expect(allFinite(m), m.id).toBe(true);
			expect(Number.isFinite(g.stats.bytes)).toBe(true);
			// The plan drawing of the same walls: finite outlines and well-formed SVG paths.
			const openings = Object.values(p.doc.openings);
			const bad: string[] = [];
			for (const j of joinWalls(p.doc, Object.values(p.doc.walls)).values()) {
				const own = openings.filter((o) => o.wall === j.wall.id);
				for (const s of [...wallShapes(j, own), ...own.flatMap((o) => openingShapes(j.frame, o))])
					if (
						!flatten(s).every((q) => Number.isFinite(q.x + q.y)) ||
						/NaN|Infinity/.test(svgPath(s))
					)
						bad.push(j.wall.id);
			}
			expect(bad).toEqual([]);
		}
	});
});
