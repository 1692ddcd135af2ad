/**
 * First-person walking: eye height 160 cm above the current level's floor, WASD/arrow keys to
 * move, pointer drag (mouse or touch) to look. Walls block the walker (a circle of radius
 * BODY_RADIUS against each wall's footprint) except where a door or plain opening is.
 */
import type { PlanDocument } from '../../plan/types';
import { pathLength, pointAlong } from '../../plan/topology/wallPath';

/** Longest chord (cm) standing in for a piece of a curved wall when walking into it. */
const ARC_STEP = 25;

export const EYE_HEIGHT = 160;
export const BODY_RADIUS = 20;
export const WALK_SPEED = 140; // cm per second
export const LOOK_SPEED = 0.005; // radians per pixel

export interface Segment {
	ax: number;
	ay: number;
	bx: number;
	by: number;
	/** Half the wall's thickness. */
	half: number;
}

/**
 * The blocking parts of a level's walls: each wall's centre line minus the stretches where a
 * door or plain opening lets a person through.
 */
export function wallSegments(doc: PlanDocument, level: string): Segment[] {
	const openingsByWall = new Map<string, [number, number][]>();
	for (const o of Object.values(doc.openings)) {
		if (o.kind === 'window') continue;
		const list = openingsByWall.get(o.wall) ?? [];
		list.push([o.offset - o.width / 2, o.offset + o.width / 2]);
		openingsByWall.set(o.wall, list);
	}
	const out: Segment[] = [];
	for (const wall of Object.values(doc.walls)) {
		if (wall.level !== level) continue;
		const a = doc.corners[wall.start];
		const b = doc.corners[wall.end];
		if (!a || !b) continue;
		const length = pathLength(a, b, wall.arcExtent);
		if (length < 1e-6) continue;
		const gaps = (openingsByWall.get(wall.id) ?? []).sort((a, b) => a[0] - b[0]);
		let from = 0;
		// A stretch of wall between two offsets; a curved one as short chords along its arc.
		const push = (t0: number, t1: number) => {
			if (t1 - t0 < 1) return;
			const n = wall.arcExtent ? Math.ceil((t1 - t0) / ARC_STEP) : 1;
			let p = pointAlong(a, b, wall.arcExtent, t0);
			for (let i = 1; i <= n; i++) {
				const q = pointAlong(a, b, wall.arcExtent, t0 + ((t1 - t0) * i) / n);
				out.push({ ax: p.x, ay: p.y, bx: q.x, by: q.y, half: wall.thickness / 2 });
				p = q;
			}
		};
		for (const [g0, g1] of gaps) {
			push(from, Math.max(from, g0));
			from = Math.max(from, g1);
		}
		push(from, length);
	}
	return out;
}

function closest(s: Segment, x: number, y: number): [number, number] {
	const dx = s.bx - s.ax;
	const dy = s.by - s.ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - s.ax) * dx + (y - s.ay) * dy) / len2)) : 0;
	return [s.ax + dx * t, s.ay + dy * t];
}

/**
 * Moves from (x, y) by (dx, dy) in plan coordinates, sliding along walls instead of passing
 * through them. Small steps keep fast moves from tunnelling through thin walls.
 */
export function moveWithCollision(
	segments: readonly Segment[],
	x: number,
	y: number,
	dx: number,
	dy: number,
	radius = BODY_RADIUS
): [number, number] {
	const steps = Math.max(1, Math.ceil(Math.hypot(dx, dy) / 5));
	let px = x;
	let py = y;
	for (let i = 0; i < steps; i++) {
		px += dx / steps;
		py += dy / steps;
		// Push out of every wall we overlap, a few times to settle corners.
		for (let k = 0; k < 3; k++) {
			for (const s of segments) {
				const [cx, cy] = closest(s, px, py);
				const ox = px - cx;
				const oy = py - cy;
				const d = Math.hypot(ox, oy);
				const min = s.half + radius;
				if (d >= min) continue;
				if (d < 1e-6) {
					// Exactly on the centre line: push along the wall's normal.
					const len = Math.hypot(s.bx - s.ax, s.by - s.ay) || 1;
					px += (-(s.by - s.ay) / len) * min;
					py += ((s.bx - s.ax) / len) * min;
				} else {
					px += (ox / d) * (min - d);
					py += (oy / d) * (min - d);
				}
			}
		}
	}
	return [px, py];
}

export interface WalkState {
	/** Plan position of the eye. */
	x: number;
	y: number;
	/** Heading: plan angle of the view direction (0 = +x, turning towards +y). */
	yaw: number;
	/** Up/down look, radians. */
	pitch: number;
}

/** Keys that move, mapped to (forward, strafe right). */
export const MOVE_KEYS: Record<string, [number, number]> = {
	KeyW: [1, 0],
	ArrowUp: [1, 0],
	KeyS: [-1, 0],
	ArrowDown: [-1, 0],
	KeyA: [0, -1],
	ArrowLeft: [0, -1],
	KeyD: [0, 1],
	ArrowRight: [0, 1]
};

/** One step of walking for the keys held during `seconds`. */
export function walkStep(
	state: WalkState,
	held: ReadonlySet<string>,
	seconds: number,
	segments: readonly Segment[]
): WalkState {
	let fwd = 0;
	let side = 0;
	for (const key of held) {
		const m = MOVE_KEYS[key];
		if (m) {
			fwd += m[0];
			side += m[1];
		}
	}
	if (fwd === 0 && side === 0) return state;
	const len = Math.hypot(fwd, side);
	const dist = (WALK_SPEED * Math.min(seconds, 0.1)) / len;
	const fx = Math.cos(state.yaw);
	const fy = Math.sin(state.yaw);
	// Right of the heading on a y-down plan is the heading turned by +90°: (−fy, fx).
	const dx = (fx * fwd - fy * side) * dist;
	const dy = (fy * fwd + fx * side) * dist;
	const [x, y] = moveWithCollision(segments, state.x, state.y, dx, dy);
	return { ...state, x, y };
}
