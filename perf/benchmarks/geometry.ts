/**
 * Wall, floor and ceiling geometry on generated grid plans of 10 / 100 / 1,000 / 10,000 walls
 * (one opening per three walls, a room in every cell): the full build, the incremental
 * rebuild after moving one corner, and the memory of the 10,000-wall geometry. Baseline in the
 * same run: the same walls as plain boxes with their openings cut by CSG (three-bvh-csg), as
 * planners that subtract opening boxes from wall boxes do — without mitres, floors or
 * ceilings, so it does less than the subject. Only this baseline imports three.
 *
 * The machine is shared: besides wall-clock medians (the targets) each figure also records
 * the process CPU time, which a busy neighbour disturbs less.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { BoxGeometry } from 'three';
import { Brush, Evaluator, SUBTRACTION } from 'three-bvh-csg';
import { buildPlanGeometry, GeometryCache, mergeByMaterial } from '../../src/lib/geometry/index';
import { generateGridPlan } from '../../src/lib/plan/generate';
import type { Diff } from '../../src/lib/plan/diff';
import type { Corner, PlanDocument, Wall } from '../../src/lib/plan/types';
import { measure, stats, writeResult, type Stats } from '../lib/measure';

export const name = 'geometry';

const SIZES = [10, 100, 1000, 10000];
const RUNS: Record<number, number> = { 10: 40, 100: 30, 1000: 15, 10000: 5 };
/** CSG is slow: above this many walls, time this many and scale up by the wall count. */
const CSG_SUBSET = 300;
const MEMORY_WALLS = 10000;
const TARGETS = { full1000: 20, moveCorner1000: 1, full10000: 250 };

/**
 * Wall-clock and CPU-time statistics of `fn` over `runs` runs (after `warmup` untimed ones).
 * With `gc`, garbage is collected before each run, untimed, so a run does not pay for
 * collecting the previous run's output (a real app builds a plan's geometry once).
 */
async function timed(fn: () => unknown, runs: number, warmup = 2, gc?: (() => void) | null) {
	const cpu: number[] = [];
	if (!gc) {
		const wall = await measure(
			() => {
				const c0 = process.cpuUsage();
				fn();
				const c = process.cpuUsage(c0);
				cpu.push((c.user + c.system) / 1000);
			},
			{ runs, warmup }
		);
		return { wall, cpu: stats(cpu.slice(warmup)) };
	}
	const wall: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		gc();
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		fn();
		const t = performance.now() - t0;
		const c = process.cpuUsage(c0);
		if (i < warmup) continue;
		wall.push(t);
		cpu.push((c.user + c.system) / 1000);
	}
	return { wall: stats(wall), cpu: stats(cpu) };
}

/** The walls of the plan as boxes minus their openings' boxes (the CSG baseline). */
function csgWalls(doc: PlanDocument, walls: Wall[]): number {
	const evaluator = new Evaluator();
	evaluator.attributes = ['position', 'normal', 'uv'];
	const byWall = new Map<string, PlanDocument['openings'][keyof PlanDocument['openings']][]>();
	for (const o of Object.values(doc.openings)) {
		const list = byWall.get(o.wall) ?? [];
		list.push(o);
		byWall.set(o.wall, list);
	}
	let triangles = 0;
	for (const w of walls) {
		const a: Corner = doc.corners[w.start];
		const b: Corner = doc.corners[w.end];
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length = Math.hypot(dx, dy);
		const angle = -Math.atan2(dy, dx);
		let brush = new Brush(new BoxGeometry(length, w.height, w.thickness));
		brush.position.set((a.x + b.x) / 2, w.height / 2, (a.y + b.y) / 2);
		brush.rotation.y = angle;
		brush.updateMatrixWorld();
		for (const o of byWall.get(w.id) ?? []) {
			const hole = new Brush(new BoxGeometry(o.width, o.height, w.thickness * 2));
			const t = o.offset / length;
			hole.position.set(a.x + dx * t, o.sill + o.height / 2, a.y + dy * t);
			hole.rotation.y = angle;
			hole.updateMatrixWorld();
			brush = evaluator.evaluate(brush, hole, SUBTRACTION);
		}
		triangles += brush.geometry.index
			? brush.geometry.index.count / 3
			: brush.geometry.attributes.position.count / 3;
	}
	return triangles;
}

/**
 * Edits that move one corner back and forth, each with its diff (as the editor's history
 * gives it), made before timing starts.
 */
function cornerMoves(doc: PlanDocument, count: number): { doc: PlanDocument; diff: Diff }[] {
	const corners = Object.values(doc.corners);
	const c = corners[Math.floor(corners.length / 2)];
	const edits: { doc: PlanDocument; diff: Diff }[] = [];
	let prev = c;
	for (let i = 0; i < count; i++) {
		const moved = { ...c, x: c.x + (i % 2 ? 0 : 17), y: c.y + (i % 2 ? 0 : 9) };
		edits.push({
			doc: { ...doc, corners: { ...doc.corners, [c.id]: moved } },
			diff: { records: { corners: { [c.id]: { before: prev, after: moved } } } }
		});
		prev = moved;
	}
	return edits;
}

/** three-bvh-csg warns about a deprecated three-mesh-bvh option on every brush: mute that. */
function quietly<T>(fn: () => T): T {
	const warn = console.warn;
	console.warn = (...args: unknown[]) => {
		if (!String(args[0]).includes('maxLeafSize')) warn(...args);
	};
	try {
		return fn();
	} finally {
		console.warn = warn;
	}
}

function collectGarbage(): (() => void) | null {
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return null;
	}
}

export async function run() {
	const gc = collectGarbage();
	const results: Record<string, unknown>[] = [];
	let memory: Record<string, unknown> = {};
	for (const walls of SIZES) {
		const doc = generateGridPlan({ walls, openingsEvery: 3 });
		const runs = RUNS[walls];
		// Memory first, before this size's other runs leave anything behind.
		if (walls === MEMORY_WALLS) {
			gc?.();
			const before = process.memoryUsage();
			const held = buildPlanGeometry(doc);
			gc?.();
			const after = process.memoryUsage();
			memory = {
				walls,
				typedArrayBytes: held.stats.bytes,
				heapDeltaBytes: after.heapUsed - before.heapUsed,
				arrayBufferDeltaBytes: after.arrayBuffers - before.arrayBuffers,
				gcForced: gc !== null,
				meshes: held.meshes.size
			};
		}

		const geometry = buildPlanGeometry(doc);
		const full = await timed(() => buildPlanGeometry(doc), runs, 2, gc);
		const fullNoGc = await timed(() => buildPlanGeometry(doc), runs);

		// Moving one corner: told the diff (as the editor does), and left to find the change
		// itself by comparing every corner (O(corners), noticeable at 10,000 walls).
		const moveRuns = Math.max(runs, 30);
		const moves = cornerMoves(doc, moveRuns + 2);
		let rebuilt = 0;
		const cache = new GeometryCache();
		cache.update(doc);
		let k = 0;
		const move = await timed(() => {
			const m = moves[k++];
			rebuilt = cache.update(m.doc, m.diff).changed.length;
		}, moveRuns);
		const scanCache = new GeometryCache();
		scanCache.update(doc);
		k = 0;
		const moveScan = await timed(() => scanCache.update(moves[k++].doc), moveRuns);

		// What a renderer does after each change: merge the level into one mesh per material.
		const level = Object.keys(doc.levels)[0];
		let drawCalls = 0;
		const merge = await timed(() => {
			drawCalls = mergeByMaterial(geometry.meshes.values(), level).length;
		}, runs);

		const allWalls = Object.values(doc.walls);
		const subset = allWalls.slice(0, Math.min(allWalls.length, CSG_SUBSET));
		const scale = allWalls.length / subset.length;
		const csgRuns = walls >= 1000 ? 3 : Math.min(runs, 10);
		const csgRaw = await timed(() => quietly(() => csgWalls(doc, subset)), csgRuns, 1);
		const csg = {
			wallsTimed: subset.length,
			extrapolated: scale > 1,
			medianMs: csgRaw.wall.median * scale,
			cpuMedianMs: csgRaw.cpu.median * scale,
			measured: csgRaw
		};

		results.push({
			walls,
			openings: Object.keys(doc.openings).length,
			rooms: Object.keys(doc.rooms).length,
			stats: geometry.stats,
			fullBuild: full,
			fullBuildBackToBack: fullNoGc,
			moveCorner: { ...move, meshesRebuilt: rebuilt },
			moveCornerWithoutDiff: moveScan,
			mergeLevel: { ...merge, meshesOut: drawCalls },
			csgBaseline: csg,
			csgOverFullBuild: {
				wallClock: csg.medianMs / full.wall.median,
				cpu: csg.cpuMedianMs / full.cpu.median
			}
		});
		console.log(
			`geometry ${walls} walls: full ${full.wall.median.toFixed(2)} ms (cpu ${full.cpu.median.toFixed(2)}),` +
				` move corner ${move.wall.median.toFixed(3)} ms (${rebuilt} meshes),` +
				` CSG baseline ${csg.medianMs.toFixed(1)} ms${csg.extrapolated ? ` (from ${subset.length} walls)` : ''}`
		);
	}

	type Timed = { wall: Stats; cpu: Stats };
	const at = (n: number) =>
		results.find((r) => r.walls === n) as {
			fullBuild: Timed;
			fullBuildBackToBack: Timed;
			moveCorner: Timed;
		};
	const figure = (targetMs: number, t: Timed, backToBack?: Timed) => ({
		targetMs,
		medianMs: t.wall.median,
		cpuMedianMs: t.cpu.median,
		...(backToBack
			? { backToBackMedianMs: backToBack.wall.median, backToBackCpuMedianMs: backToBack.cpu.median }
			: {})
	});
	const targets = {
		fullBuild1000: figure(TARGETS.full1000, at(1000).fullBuild, at(1000).fullBuildBackToBack),
		moveCorner1000: figure(TARGETS.moveCorner1000, at(1000).moveCorner),
		fullBuild10000: figure(TARGETS.full10000, at(10000).fullBuild, at(10000).fullBuildBackToBack)
	};
	const file = writeResult(name, {
		note:
			'Wall-clock medians are the targets; cpu = process CPU time (less disturbed by other ' +
			'jobs on the shared machine). fullBuild collects garbage before each run (untimed); ' +
			'fullBuildBackToBack builds again and again, each run also collecting the previous ' +
			"run's geometry. moveCorner passes the edit's diff to GeometryCache.update, as the " +
			'editor does; moveCornerWithoutDiff lets it compare every corner. The CSG baseline builds plain wall boxes minus opening ' +
			`boxes only; above ${CSG_SUBSET} walls it times the first ${CSG_SUBSET} and scales ` +
			'by the wall count (extrapolated: true).',
		targets,
		memory10000: memory,
		results
	});
	console.log(`geometry: wrote ${file}`);
	return { targets, memory10000: memory, results };
}
