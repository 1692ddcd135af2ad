import type { Corner, Wall } from '../plan/types';
import { arcSegmentCount } from '../plan/topology/wallPath';
import type { JoinInput } from './joins';

/**
 * A wall's centre line reduced to numbers: a straight segment or a circular arc, with its
 * parameter t running 0 (start corner) → 1 (end corner). Arcs follow the plan's convention
 * (`plan/topology/wallPath.ts`): positive extent turns from +x towards +y, centre on the
 * right, left face outside. "Left" is the side `finishLeft` faces: (d.y, −d.x) for travel d.
 */
export interface WallFrame {
	sx: number;
	sy: number;
	ex: number;
	ey: number;
	/** Centre-line length. */
	length: number;
	half: number;
	/** Straight walls: unit direction. */
	dx: number;
	dy: number;
	/** Arc walls (arc = true): centre, radius, start angle, extent, segment count. */
	arc: boolean;
	cx: number;
	cy: number;
	radius: number;
	a0: number;
	extent: number;
	segments: number;
}

/** Shorter walls than this (cm) have no geometry and take no part in joins. */
export const MIN_WALL_LENGTH = 1e-3;

export function wallFrame(wall: Wall, a: Corner, b: Corner): WallFrame | null {
	const vx = b.x - a.x;
	const vy = b.y - a.y;
	const chord = Math.sqrt(vx * vx + vy * vy);
	if (!(chord > MIN_WALL_LENGTH) || !(wall.thickness > 0)) return null;
	const f: WallFrame = {
		sx: a.x,
		sy: a.y,
		ex: b.x,
		ey: b.y,
		length: chord,
		half: wall.thickness / 2,
		dx: vx / chord,
		dy: vy / chord,
		arc: false,
		cx: 0,
		cy: 0,
		radius: 0,
		a0: 0,
		extent: 0,
		segments: 1
	};
	const ext = wall.arcExtent;
	// Arcs flatter than ~0.06° are drawn straight: their radius would be astronomically large.
	if (ext && Math.abs(ext) > 1e-3 && Math.abs(ext) < 2 * Math.PI) {
		const h = chord / 2 / Math.tan(ext / 2);
		f.arc = true;
		f.cx = (a.x + b.x) / 2 - f.dy * h;
		f.cy = (a.y + b.y) / 2 + f.dx * h;
		f.radius = chord / (2 * Math.abs(Math.sin(ext / 2)));
		f.a0 = Math.atan2(a.y - f.cy, a.x - f.cx);
		f.extent = ext;
		f.length = f.radius * Math.abs(ext);
		f.segments = arcSegmentCount(ext);
	}
	return f;
}

/** Scratch output of `framePoint`: position and unit travel direction at t. */
export const at = { x: 0, y: 0, tx: 0, ty: 0 };

/** Centre-line point and travel direction at parameter t (written to `at`). */
export function framePoint(f: WallFrame, t: number): void {
	if (!f.arc) {
		at.x = f.sx + (f.ex - f.sx) * t;
		at.y = f.sy + (f.ey - f.sy) * t;
		at.tx = f.dx;
		at.ty = f.dy;
		return;
	}
	const phi = f.a0 + f.extent * t;
	const c = Math.cos(phi);
	const s = Math.sin(phi);
	const sg = f.extent > 0 ? 1 : -1;
	at.x = f.cx + f.radius * c;
	at.y = f.cy + f.radius * s;
	at.tx = -s * sg;
	at.ty = c * sg;
}

/**
 * Parameter of plan point (x, y) on the wall's centre line: its projection for straight walls
 * (outside [0, 1] beyond the ends), its angle about the centre for arcs, measured from the
 * nearer end so that points just past an end get t slightly below 0 or above 1.
 */
export function paramOf(f: WallFrame, x: number, y: number, nearEnd: boolean): number {
	if (!f.arc) return ((x - f.sx) * f.dx + (y - f.sy) * f.dy) / f.length;
	const ang = Math.atan2(y - f.cy, x - f.cx);
	const ref = nearEnd ? f.a0 + f.extent : f.a0;
	let rel = ang - ref;
	rel -= 2 * Math.PI * Math.round(rel / (2 * Math.PI));
	return (nearEnd ? 1 : 0) + rel / f.extent;
}

/** Unit direction leaving corner `atStart ? start : end` along the wall. */
export function outgoing(f: WallFrame, atStart: boolean): { x: number; y: number } {
	framePoint(f, atStart ? 0 : 1);
	return atStart ? { x: at.tx, y: at.ty } : { x: -at.tx, y: -at.ty };
}

/** The wall's end at corner `atStart ? start : end` as `joinCorner` takes it. */
export function joinInput(id: string, f: WallFrame, atStart: boolean): JoinInput {
	const d = outgoing(f, atStart);
	return { id, dx: d.x, dy: d.y, half: f.half, reach: f.length / 2, atStart };
}
