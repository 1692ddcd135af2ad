/**
 * Areas and lengths, in cm and cm².
 *
 * - gross: area inside the wall CENTRE lines (the room's face), minus the centre-line outline
 *   of any island of walls inside it. The gross areas of neighbouring rooms tile the plan.
 * - net: the floor inside the wall FACES: every boundary edge moves inwards by half its own
 *   wall's thickness (mitred corners; a step where two collinear walls of different
 *   thickness meet), minus each island grown outwards the same way. Walls sticking into a
 *   room or standing free inside it do not change it.
 * - perimeter: of the net outline, islands included (the length of skirting board).
 * Rooms drawn freely (`derived: false`), and derived rooms with no face left, measure their
 * polygon as drawn: net = gross.
 */
import type { CornerId, PlanDocument, Room, Vec2, Wall, WallId } from '../types';
import type { BoundaryRing, Face } from './faces';
import { findFaces } from './faces';
import { matchRooms } from './match';
import {
	add,
	cross,
	distance,
	dot,
	leftNormal,
	lineIntersection,
	normalize,
	perimeter,
	scale,
	signedArea,
	simplifyRing,
	sub
} from './vec';
import { pathLength, tangentAt } from './wallPath';

/**
 * The ring moved sideways: segment i by `dist[i]` along (−dy, dx), which for a face's outline
 * points into the face and for an island's ring points away from the island.
 */
export function offsetRing(points: readonly Vec2[], dist: readonly number[]): Vec2[] {
	const n = points.length;
	const dirs = points.map((p, i) => normalize(sub(points[(i + 1) % n], p)));
	const normals = dirs.map((d) => ({ x: -d.y, y: d.x }));
	const out: Vec2[] = [];
	for (let i = 0; i < n; i++) {
		const j = (i + n - 1) % n;
		const p = points[i];
		const a = add(p, scale(normals[j], dist[j]));
		const b = add(p, scale(normals[i], dist[i]));
		const hit = lineIntersection(a, dirs[j], b, dirs[i]);
		if (hit && Math.abs(cross(dirs[j], dirs[i])) > 1e-9) out.push(hit);
		else if (dot(dirs[j], dirs[i]) > 0 && Math.abs(dist[i] - dist[j]) < 1e-9) out.push(b);
		else out.push(a, b);
	}
	return out;
}

export interface FaceMeasures {
	/** cm², inside the wall faces, islands subtracted. */
	net: number;
	/** cm², inside the wall centre lines, islands' centre-line outlines subtracted. */
	gross: number;
	/** cm, of the net outline and the islands' net outlines. */
	perimeter: number;
	/** The floor outline inside the wall faces (positive signed area). */
	netOutline: Vec2[];
	/** The islands grown by their walls' half thickness (negative signed area). */
	netHoles: Vec2[][];
}

const halfThicknesses = (doc: PlanDocument, ring: BoundaryRing) =>
	ring.walls.map((w) => (doc.walls[w]?.thickness ?? 0) / 2);

export function faceMeasures(doc: PlanDocument, face: Face): FaceMeasures {
	const netOutline = offsetRing(face.outer.points, halfThicknesses(doc, face.outer));
	const netHoles = face.holes.map((h) => offsetRing(h.points, halfThicknesses(doc, h)));
	const net = signedArea(netOutline) + netHoles.reduce((s, h) => s + signedArea(h), 0);
	return {
		net: Math.max(0, net),
		gross: face.area,
		perimeter: perimeter(netOutline) + netHoles.reduce((s, h) => s + perimeter(h), 0),
		netOutline,
		netHoles
	};
}

export interface RoomAreas {
	net: number;
	gross: number;
	perimeter: number;
}

/**
 * What a derived room stores as its `polygon`: the floor outline inside the wall faces, with
 * no corner where it runs straight on (positive signed area; islands are not in it).
 */
export function roomOutline(doc: PlanDocument, face: Face): Vec2[] {
	return simplifyRing(offsetRing(face.outer.points, halfThicknesses(doc, face.outer)));
}

/** The face a room stands for now (by overlap with its stored outline), or null. */
export function faceOfRoom(doc: PlanDocument, room: Room, faces?: Face[]): Face | null {
	if (!room.derived) return null;
	const all = faces ?? findFaces(doc, room.level);
	const outlines = all.map((f) => roomOutline(doc, f));
	const f = matchRooms([room], all, outlines).faceOfRoom.get(room.id);
	return f === undefined ? null : all[f];
}

/** Pass `faces` (from `findFaces` for the room's level) when measuring many rooms. */
export function roomAreas(doc: PlanDocument, room: Room, faces?: Face[]): RoomAreas {
	const face = faceOfRoom(doc, room, faces);
	if (face) {
		const m = faceMeasures(doc, face);
		return { net: m.net, gross: m.gross, perimeter: m.perimeter };
	}
	const area = Math.abs(signedArea(room.polygon));
	return {
		net: area,
		gross: area,
		perimeter: room.polygon.length >= 3 ? perimeter(room.polygon) : 0
	};
}

export interface WallLengths {
	/** Along the centre line, corner to corner (the arc length for arc walls). */
	centre: number;
	/** Along the left face (as seen walking from start to end), after the mitred joins. */
	left: number;
	right: number;
}

interface Spoke {
	dir: Vec2;
	half: number;
}

/** The other walls leaving `corner`, as unit directions with their half thickness. */
function spokes(doc: PlanDocument, corner: CornerId, except: WallId): Spoke[] {
	const out: Spoke[] = [];
	for (const w of Object.values(doc.walls)) {
		if (w.id === except || (w.start !== corner && w.end !== corner) || w.start === w.end) continue;
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (!a || !b) continue;
		const t = tangentAt(a, b, w.arcExtent, w.start === corner ? 0 : 1);
		out.push({ dir: w.start === corner ? t : scale(t, -1), half: w.thickness / 2 });
	}
	return out;
}

/**
 * How far along `dir` from the corner each face of a wall leaving the corner begins:
 * positive = the face is shorter than the centre line there.
 */
function faceStarts(corner: Vec2, dir: Vec2, half: number, others: Spoke[]) {
	const left = leftNormal(dir);
	const turn = (s: Spoke) => {
		const a = Math.atan2(dot(s.dir, left), dot(s.dir, dir));
		return a <= 0 ? a + 2 * Math.PI : a;
	};
	let onLeft: Spoke | null = null;
	let onRight: Spoke | null = null;
	for (const s of others) {
		if (!onLeft || turn(s) < turn(onLeft)) onLeft = s;
		if (!onRight || turn(s) > turn(onRight)) onRight = s;
	}
	const start = (side: 1 | -1, other: Spoke | null) => {
		if (!other) return 0;
		// Our face on `side` meets the neighbour's face turned towards us.
		const ours = add(corner, scale(left, side * half));
		const theirs = add(corner, scale(leftNormal(other.dir), -side * other.half));
		const hit = lineIntersection(ours, dir, theirs, other.dir);
		return hit ? dot(sub(hit, corner), dir) : 0;
	};
	return { left: start(1, onLeft), right: start(-1, onRight) };
}

/**
 * Lengths of a wall along its centre line and both faces. A face is cut where it meets the
 * face of the neighbouring wall on that side at each corner (exact mitre, not capped), so in
 * an L-corner of two 10 cm walls the inner face is 5 cm shorter and the outer 5 cm longer
 * than the centre line at that end. Free ends and straight continuations cut square.
 */
export function wallLengths(doc: PlanDocument, wallId: WallId): WallLengths {
	const wall: Wall | undefined = doc.walls[wallId];
	if (!wall) throw new Error(`wallLengths: no wall ${wallId}`);
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	const centre = pathLength(a, b, wall.arcExtent);
	if (distance(a, b) === 0) return { centre: 0, left: 0, right: 0 };
	const half = wall.thickness / 2;
	// An arc's left face has radius r + half for a positive extent: length L + θ·half.
	const bend = (wall.arcExtent ?? 0) * half;
	const atStart = faceStarts(
		a,
		tangentAt(a, b, wall.arcExtent, 0),
		half,
		spokes(doc, wall.start, wallId)
	);
	const atEnd = faceStarts(
		b,
		scale(tangentAt(a, b, wall.arcExtent, 1), -1),
		half,
		spokes(doc, wall.end, wallId)
	);
	// Leaving from the end corner, the wall's left face is on the right of that direction.
	return {
		centre,
		left: centre + bend - atStart.left - atEnd.right,
		right: centre - bend - atStart.right - atEnd.left
	};
}
