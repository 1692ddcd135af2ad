/**
 * Room detection on generated grid plans of 10 / 100 / 1,000 / 10,000 walls: `findFaces` and
 * `updateRooms` (matching every existing room to its face), and a corner drag step
 * (`moveCorner`, which re-derives the level's rooms), against a naive baseline in the same
 * run: the same face walk where each half-edge finds its successor by scanning every
 * half-edge (O(n²)), as a planner without a per-corner sorted edge list does. The baseline's
 * faces are checked against ours (count and total area) so the two do the same work.
 * Rounds interleave subject and baseline so a busy moment on the shared machine hits both.
 */
import { generateGridPlan, GRID_LEVEL_ID } from '../../src/lib/plan/generate';
import { findFaces } from '../../src/lib/plan/topology/faces';
import { moveCorner } from '../../src/lib/plan/topology/edit';
import { updateRooms } from '../../src/lib/plan/topology/rooms';
import type { LevelId, PlanDocument } from '../../src/lib/plan/types';
import { loadavg } from 'node:os';
import { measure, stats, writeResult } from '../lib/measure';

export const name = 'topology';

const SIZES = [10, 100, 1000, 10000];
const ROUNDS: Record<number, number> = { 10: 30, 100: 20, 1000: 10, 10000: 4 };
/** The O(n²) baseline at 10,000 walls takes seconds a run: fewer rounds there. */
const BASELINE_ROUNDS: Record<number, number> = { 10: 30, 100: 20, 1000: 6, 10000: 2 };

/** Faces by the naive walk: returns the signed areas of the bounded faces. */
function naiveFaceAreas(doc: PlanDocument, level: LevelId): number[] {
	const walls = Object.values(doc.walls).filter((w) => w.level === level);
	const from: { x: number; y: number }[] = [];
	const to: { x: number; y: number }[] = [];
	const fromId: string[] = [];
	const toId: string[] = [];
	for (const w of walls) {
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		from.push(a, b);
		to.push(b, a);
		fromId.push(w.start, w.end);
		toId.push(w.end, w.start);
	}
	const H = from.length;
	const next = (h: number) => {
		// Turn as little as possible to the right (the same rule as findFaces), over all edges.
		const back = Math.atan2(from[h].y - to[h].y, from[h].x - to[h].x);
		let best = -1;
		let bestTurn = Infinity;
		for (let k = 0; k < H; k++) {
			if (fromId[k] !== toId[h] || k === (h ^ 1)) continue;
			const out = Math.atan2(to[k].y - from[k].y, to[k].x - from[k].x);
			let turn = back - out;
			while (turn <= 0) turn += 2 * Math.PI;
			if (turn < bestTurn) {
				bestTurn = turn;
				best = k;
			}
		}
		return best < 0 ? h ^ 1 : best;
	};
	const seen = new Uint8Array(H);
	const areas: number[] = [];
	for (let h0 = 0; h0 < H; h0++) {
		if (seen[h0]) continue;
		let area = 0;
		for (let h = h0; !seen[h]; h = next(h)) {
			seen[h] = 1;
			area += from[h].x * to[h].y - to[h].x * from[h].y;
		}
		if (area / 2 > 1e-6) areas.push(area / 2);
	}
	return areas;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export async function run() {
	// The machine is shared: the load around the run says how far absolute times can be trusted.
	const loadBefore = loadavg()[0];
	const sizes = [];
	for (const walls of SIZES) {
		const doc = generateGridPlan({ walls });
		const level = GRID_LEVEL_ID;
		const faces = findFaces(doc, level);
		const naive = naiveFaceAreas(doc, level);
		const ours = faces.map((f) => f.area);
		if (naive.length !== ours.length || Math.abs(sum(naive) - sum(ours)) > 1e-6 * sum(ours))
			throw new Error(`baseline disagrees at ${walls} walls: ${naive.length} vs ${ours.length}`);
		const stale = updateRooms(doc, level);
		if (Object.keys(stale.diff.records.rooms ?? {}).length)
			throw new Error(`generated rooms are not what topology derives at ${walls} walls`);
		// A corner in the middle of the plan, dragged 40 cm: its rooms re-match by overlap.
		const corners = Object.values(doc.corners);
		const corner = corners[Math.floor(corners.length / 2)];
		const target = { x: corner.x + 40, y: corner.y + 25 };

		const facesOnly: number[] = [];
		const detect: number[] = [];
		const drag: number[] = [];
		const baseline: number[] = [];
		for (let r = 0; r < ROUNDS[walls]; r++) {
			facesOnly.push((await measure(() => findFaces(doc, level), { runs: 1, warmup: 1 })).median);
			detect.push((await measure(() => updateRooms(doc, level), { runs: 1, warmup: 1 })).median);
			drag.push(
				(await measure(() => moveCorner(doc, corner.id, target), { runs: 1, warmup: 1 })).median
			);
			if (r < BASELINE_ROUNDS[walls])
				baseline.push(
					(await measure(() => naiveFaceAreas(doc, level), { runs: 1, warmup: r === 0 ? 1 : 0 }))
						.median
				);
		}
		const s = {
			walls,
			faces: faces.length,
			rooms: Object.keys(doc.rooms).length,
			findFaces: stats(facesOnly),
			detectRooms: stats(detect),
			moveCorner: stats(drag),
			naiveFaceWalk: stats(baseline),
			speedup: 0,
			speedupFacesOnly: 0
		};
		s.speedup = +(s.naiveFaceWalk.median / s.detectRooms.median).toFixed(1);
		s.speedupFacesOnly = +(s.naiveFaceWalk.median / s.findFaces.median).toFixed(1);
		sizes.push(s);
		console.log(
			`topology ${walls} walls, ${faces.length} faces: findFaces ${s.findFaces.median.toFixed(2)} ms, ` +
				`updateRooms ${s.detectRooms.median.toFixed(2)} ms, ` +
				`drag ${s.moveCorner.median.toFixed(2)} ms, naive walk ${s.naiveFaceWalk.median.toFixed(2)} ms ` +
				`(×${s.speedupFacesOnly} faces only, ×${s.speedup} with room matching)`
		);
	}
	const file = writeResult(name, {
		subject:
			'findFaces alone; updateRooms (findFaces + matching every room to its face); ' +
			'moveCorner = one drag step ' +
			'incl. re-deriving the rooms',
		baseline:
			'naive face walk: next half-edge found by scanning all half-edges (O(n²)), faces only, ' +
			'no room matching; speedup = baseline median / updateRooms median, speedupFacesOnly = ' +
			'baseline median / findFaces median (like for like)',
		loadAverage1m: { before: loadBefore, after: loadavg()[0] },
		sizes
	});
	console.log(`wrote ${file}`);
	return sizes;
}
