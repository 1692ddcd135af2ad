/**
 * Home.xml (already parsed) → a plan document plus a report of what was left out.
 * SH3D uses our conventions: centimetres, y down, radians (compass north in degrees).
 */
import type {
	Furniture,
	LevelId,
	Opening,
	PlanDocument,
	Vec2,
	Wall,
	WallId
} from '../../plan/types';
import { createEmptyDocument } from '../../plan/document';
import {
	createDimension,
	createFurniture,
	createLabel,
	createLevel,
	createOpening,
	createRoom,
	OPENING_DEFAULTS,
	wallMinHeight
} from '../../plan/records';
import { findFaces, roomOutline, updateRooms } from '../../plan/topology';
import { LIMITS } from '../../plan/limits';
import type { XmlElement } from './xml';
import { addSh3dWalls, type Sh3dWall } from './walls';
import { GENERIC_ITEM_ID, matchCatalogItem } from './furniture-match';
import { ImportReport } from './report';

export interface MapOptions {
	/** Distance within which wall ends count as meeting (cm, default 2). */
	joinTolerance?: number;
}

const num = (attrs: Record<string, string>, key: string, fallback: number): number => {
	const v = attrs[key];
	if (v === undefined) return fallback;
	const n = Number.parseFloat(v);
	return Number.isFinite(n) ? n : fallback;
};
const optNum = (attrs: Record<string, string>, key: string): number | null => {
	const n = num(attrs, key, Number.NaN);
	return Number.isNaN(n) ? null : n;
};

const inRange = (v: number, min: number, max: number) => Number.isFinite(v) && v >= min && v <= max;
const okSize = (v: number, max: number = LIMITS.maxSize) => inRange(v, LIMITS.minSize, max);
const okCoord = (v: number) => inRange(v, -LIMITS.maxCoordinate, LIMITS.maxCoordinate);

/** SH3D colours are ARGB integers written in hex, e.g. `FF8A6A4A`. */
function colourOf(value: string | undefined): string | null {
	if (!value || !/^[0-9a-fA-F]{6,8}$/.test(value)) return null;
	return `#${value.slice(-6).toLowerCase()}`;
}

function polygonArea(poly: Vec2[]): number {
	let a = 0;
	for (let i = 0; i < poly.length; i++) {
		const p = poly[i];
		const q = poly[(i + 1) % poly.length];
		a += p.x * q.y - q.x * p.y;
	}
	return Math.abs(a) / 2;
}

function pointInPolygon(p: Vec2, poly: Vec2[]): boolean {
	let inside = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const a = poly[i];
		const b = poly[j];
		if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x)
			inside = !inside;
	}
	return inside;
}

/** A point inside the polygon: its centroid when inside, else the middle of a horizontal chord. */
function interiorPoint(poly: Vec2[]): Vec2 {
	const c = {
		x: poly.reduce((s, p) => s + p.x, 0) / poly.length,
		y: poly.reduce((s, p) => s + p.y, 0) / poly.length
	};
	if (pointInPolygon(c, poly)) return c;
	const xs: number[] = [];
	for (let i = 0; i < poly.length; i++) {
		const a = poly[i];
		const b = poly[(i + 1) % poly.length];
		if (a.y > c.y !== b.y > c.y) xs.push(a.x + ((c.y - a.y) * (b.x - a.x)) / (b.y - a.y));
	}
	xs.sort((a, b) => a - b);
	return xs.length >= 2 ? { x: (xs[0] + xs[1]) / 2, y: c.y } : c;
}

interface Context {
	doc: PlanDocument;
	report: ImportReport;
	levels: Map<string, LevelId>;
	defaultLevel: LevelId;
	wallHeight: number;
}

const levelOf = (ctx: Context, el: XmlElement, inherited?: LevelId): LevelId | null => {
	const ref = el.attrs.level;
	if (ref === undefined) return inherited ?? ctx.defaultLevel;
	return ctx.levels.get(ref) ?? null;
};

function mapLevels(ctx: Context, root: XmlElement) {
	const els = root.children.filter((c) => c.name === 'level');
	if (!els.length) return;
	const sorted = els
		.map((el, i) => ({ el, i }))
		.sort(
			(a, b) =>
				num(a.el.attrs, 'elevation', 0) - num(b.el.attrs, 'elevation', 0) ||
				num(a.el.attrs, 'elevationIndex', a.i) - num(b.el.attrs, 'elevationIndex', b.i)
		);
	ctx.doc.levels = {};
	sorted.forEach(({ el }, order) => {
		const level = createLevel({
			name: (el.attrs.name ?? `Level ${order}`).slice(0, LIMITS.maxNameLength),
			elevation: Math.max(
				-LIMITS.maxElevation,
				Math.min(LIMITS.maxElevation, num(el.attrs, 'elevation', 0))
			),
			height: okSize(num(el.attrs, 'height', 250), LIMITS.maxHeight)
				? num(el.attrs, 'height', 250)
				: 250,
			floorThickness: inRange(num(el.attrs, 'floorThickness', 12), 0, LIMITS.maxFloorThickness)
				? num(el.attrs, 'floorThickness', 12)
				: 12,
			order
		});
		ctx.doc.levels[level.id] = level;
		if (el.attrs.id) ctx.levels.set(el.attrs.id, level.id);
		ctx.report.imported('levels');
	});
	ctx.defaultLevel = Object.values(ctx.doc.levels)[0].id;
}

function readWall(ctx: Context, el: XmlElement, levelHeight: number): Sh3dWall | null {
	const a = el.attrs;
	const start = { x: num(a, 'xStart', NaN), y: num(a, 'yStart', NaN) };
	const end = { x: num(a, 'xEnd', NaN), y: num(a, 'yEnd', NaN) };
	if (![start.x, start.y, end.x, end.y].every(okCoord)) {
		ctx.report.skip('walls', 'coordinates missing or out of range');
		return null;
	}
	const thickness = num(a, 'thickness', NaN);
	if (!okSize(thickness, LIMITS.maxThickness)) {
		ctx.report.skip('walls', `thickness missing or outside 0.1–${LIMITS.maxThickness} cm`);
		return null;
	}
	let height = num(a, 'height', levelHeight);
	if (!okSize(height, LIMITS.maxHeight)) height = levelHeight;
	let heightAtEnd = optNum(a, 'heightAtEnd');
	if (
		heightAtEnd !== null &&
		(!okSize(heightAtEnd, LIMITS.maxHeight) || Math.abs(heightAtEnd - height) < 0.01)
	)
		heightAtEnd = null;
	let arc = optNum(a, 'arcExtent');
	if (arc !== null && Math.abs(arc) < LIMITS.minArcExtent) arc = null;
	if (arc !== null && Math.abs(arc) > LIMITS.maxArcExtent) {
		ctx.report.warn('an arc wall bending more than ¾ of a turn was flattened to ¾ turn');
		arc = Math.sign(arc) * LIMITS.maxArcExtent;
	}
	return {
		id: a.id ?? `anonymous-${Math.random()}`,
		start,
		end,
		thickness,
		height,
		heightAtEnd,
		arcExtent: arc,
		wallAtStart: a.wallAtStart ?? null,
		wallAtEnd: a.wallAtEnd ?? null
	};
}

function mapWalls(ctx: Context, root: XmlElement, tolerance: number): Map<string, WallId[]> {
	const byLevel = new Map<LevelId, Sh3dWall[]>();
	for (const el of root.children) {
		if (el.name !== 'wall') continue;
		const level = levelOf(ctx, el);
		if (!level) {
			ctx.report.skip('walls', 'on a level that does not exist');
			continue;
		}
		const levelHeight = ctx.doc.levels[level].height ?? ctx.wallHeight;
		const w = readWall(ctx, el, el.attrs.height ? levelHeight : ctx.wallHeight || levelHeight);
		if (!w) continue;
		const list = byLevel.get(level);
		if (list) list.push(w);
		else byLevel.set(level, [w]);
	}
	const all = new Map<string, WallId[]>();
	for (const [level, walls] of byLevel) {
		const r = addSh3dWalls(ctx.doc, level, walls, tolerance);
		ctx.doc = r.doc;
		for (const [k, v] of r.walls) all.set(k, v);
		ctx.report.imported('walls', walls.length - r.tooShort);
		if (r.tooShort) ctx.report.skip('walls', 'shorter than 1 cm once joined', r.tooShort);
	}
	return all;
}

function mapRooms(ctx: Context, root: XmlElement) {
	ctx.doc = updateRooms(ctx.doc).doc;
	// Faces depend on walls only, which rooms do not change: find them once per level.
	const levelFaces = new Map<LevelId, { outline: Vec2[]; area: number; used: boolean }[]>();
	const facesOf = (level: LevelId) => {
		let faces = levelFaces.get(level);
		if (!faces) {
			faces = findFaces(ctx.doc, level).map((f) => {
				const outline = roomOutline(ctx.doc, f);
				return { outline, area: polygonArea(outline), used: false };
			});
			levelFaces.set(level, faces);
		}
		return faces;
	};
	const rooms = { ...ctx.doc.rooms };
	for (const el of root.children) {
		if (el.name !== 'room') continue;
		const level = levelOf(ctx, el);
		const points = el.children
			.filter((c) => c.name === 'point')
			.map((c) => ({ x: num(c.attrs, 'x', NaN), y: num(c.attrs, 'y', NaN) }));
		if (!level) {
			ctx.report.skip('rooms', 'on a level that does not exist');
			continue;
		}
		if (points.length < 3 || !points.every((p) => okCoord(p.x) && okCoord(p.y))) {
			ctx.report.skip('rooms', 'fewer than 3 valid points');
			continue;
		}
		if (points.length > LIMITS.maxPolygonPoints) {
			ctx.report.skip('rooms', `more than ${LIMITS.maxPolygonPoints} points`);
			continue;
		}
		const name = (el.attrs.name ?? '').slice(0, LIMITS.maxNameLength);
		const area = polygonArea(points);
		// A room drawn inside closed walls becomes a derived room of that face (it then follows
		// the walls); one that matches no face, or a face already taken, is kept as drawn.
		const inside = interiorPoint(points);
		const face = facesOf(level).find(
			(f) => !f.used && Math.abs(f.area - area) <= 0.25 * area && pointInPolygon(inside, f.outline)
		);
		const room = face
			? createRoom({ level, name, polygon: face.outline, derived: true })
			: createRoom({ level, name, polygon: points, derived: false });
		if (face) face.used = true;
		rooms[room.id] = room;
		ctx.report.imported('rooms');
		if (
			el.attrs.floorColor ||
			el.attrs.ceilingColor ||
			el.children.some((c) => c.name === 'texture')
		)
			ctx.report.skip('room colours and textures', 'finishes keep their defaults');
	}
	ctx.doc = { ...ctx.doc, rooms };
}

interface PieceAttrs {
	name: string;
	catalogId: string;
	x: number;
	y: number;
	angle: number;
	width: number;
	depth: number;
	height: number;
	elevation: number;
	mirrored: boolean;
	color: string | null;
}

function readPiece(el: XmlElement): PieceAttrs | null {
	const a = el.attrs;
	const p = {
		name: (a.name ?? '').slice(0, LIMITS.maxNameLength),
		catalogId: a.catalogId ?? '',
		x: num(a, 'x', NaN),
		y: num(a, 'y', NaN),
		angle: num(a, 'angle', 0),
		width: num(a, 'width', NaN),
		depth: num(a, 'depth', NaN),
		height: num(a, 'height', NaN),
		elevation: num(a, 'elevation', 0),
		mirrored: a.modelMirrored === 'true',
		color: colourOf(a.color)
	};
	if (!okCoord(p.x) || !okCoord(p.y)) return null;
	if (!okSize(p.width) || !okSize(p.depth) || !okSize(p.height, LIMITS.maxHeight)) return null;
	if (!inRange(p.elevation, -LIMITS.maxHeight, LIMITS.maxHeight)) return null;
	// Keep the angle in [−π, π] (SH3D may store any multiple of 2π).
	p.angle = Math.atan2(Math.sin(p.angle), Math.cos(p.angle));
	return p;
}

/** The wall a door or window sits in: nearest centre line, parallel, within its thickness. */
function findWall(doc: PlanDocument, level: LevelId, p: PieceAttrs) {
	let best: { wall: Wall; offset: number; length: number; side: number } | null = null;
	let bestDist = Infinity;
	const dir = { x: Math.cos(p.angle), y: Math.sin(p.angle) };
	for (const wall of Object.values(doc.walls)) {
		if (wall.level !== level || (wall.arcExtent ?? 0) !== 0) continue;
		const a = doc.corners[wall.start];
		const b = doc.corners[wall.end];
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		if (length < 1e-6) continue;
		const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
		if (Math.abs(u.x * dir.y - u.y * dir.x) > Math.sin((15 * Math.PI) / 180)) continue;
		const t = (p.x - a.x) * u.x + (p.y - a.y) * u.y;
		const d = (p.x - a.x) * -u.y + (p.y - a.y) * u.x;
		if (t < -1 || t > length + 1) continue;
		if (Math.abs(d) > wall.thickness / 2 + p.depth / 2 + 5) continue;
		if (Math.abs(d) < bestDist) {
			bestDist = Math.abs(d);
			best = { wall, offset: t, length, side: d };
		}
	}
	return best;
}

function mapOpening(ctx: Context, p: PieceAttrs, level: LevelId, el: XmlElement): boolean {
	const found = findWall(ctx.doc, level, p);
	if (!found) {
		ctx.report.skip('doors and windows', 'not inside any wall');
		return false;
	}
	const { wall, length } = found;
	const words = `${p.name} ${p.catalogId}`.toLowerCase();
	const kind: Opening['kind'] = /window|fen[eê]tre|skylight/.test(words)
		? 'window'
		: /door|porte|gate/.test(words)
			? 'door'
			: p.elevation > 30
				? 'window'
				: 'door';
	if (p.width > length) {
		ctx.report.skip('doors and windows', 'wider than their wall');
		return false;
	}
	const offset = Math.min(length - p.width / 2, Math.max(p.width / 2, found.offset));
	const sill = Math.max(0, p.elevation);
	const top = wallMinHeight(wall);
	if (sill >= top) {
		ctx.report.skip('doors and windows', 'above the top of their wall');
		return false;
	}
	const height = Math.min(p.height, top - sill);
	if (height < p.height)
		ctx.report.warn('some doors or windows were lowered to fit under their wall');
	const a = ctx.doc.corners[wall.start];
	const b = ctx.doc.corners[wall.end];
	const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
	// A SH3D piece faces +y at angle 0: its front is (−sin θ, cos θ). The leaf swings to the front,
	// hinged on its left end (right end when mirrored).
	const front = { x: -Math.sin(p.angle), y: Math.cos(p.angle) };
	const normal = { x: -u.y, y: u.x };
	const hingeLocal = p.mirrored ? 1 : -1;
	const hingeAlong = hingeLocal * (Math.cos(p.angle) * u.x + Math.sin(p.angle) * u.y);
	const item = matchCatalogItem(p, 'opening', OPENING_DEFAULTS[kind].catalogId);
	const opening = createOpening({
		wall: wall.id,
		kind,
		offset,
		width: p.width,
		height,
		sill: kind === 'door' ? 0 : sill,
		hinge: hingeAlong < 0 ? 'start' : 'end',
		swing: front.x * normal.x + front.y * normal.y >= 0 ? 'right' : 'left',
		catalogId: item && item.kind === kind ? item.id : OPENING_DEFAULTS[kind].catalogId
	});
	if (kind === 'door' && sill > 0)
		ctx.report.warn('doors raised above the floor were set on the floor');
	ctx.doc.openings[opening.id] = opening;
	void el;
	return true;
}

function mapPiece(ctx: Context, p: PieceAttrs, level: LevelId): Furniture {
	const item = matchCatalogItem(p);
	if (!item) ctx.report.warn('pieces matching no catalog item were imported as plain boxes');
	return createFurniture({
		level,
		catalogId: item?.id ?? GENERIC_ITEM_ID,
		name: p.name || item?.name || 'Box',
		x: p.x,
		y: p.y,
		rotation: p.angle,
		width: p.width,
		depth: p.depth,
		height: p.height,
		elevation: p.elevation,
		mirrored: p.mirrored,
		color: p.color
	});
}

const PIECES = new Set(['pieceOfFurniture', 'doorOrWindow', 'light', 'furnitureGroup']);

function mapFurniture(ctx: Context, els: XmlElement[], inherited?: LevelId) {
	for (const el of els) {
		if (!PIECES.has(el.name)) continue;
		const level = levelOf(ctx, el, inherited);
		if (!level) {
			ctx.report.skip('furniture', 'on a level that does not exist');
			continue;
		}
		if (el.name === 'furnitureGroup') {
			// Children carry their own absolute positions: flatten the group.
			ctx.report.imported('furniture groups (flattened)');
			mapFurniture(ctx, el.children, level);
			continue;
		}
		const p = readPiece(el);
		const what = el.name === 'doorOrWindow' ? 'doors and windows' : 'furniture';
		if (!p) {
			ctx.report.skip(what, 'position or size missing or out of range');
			continue;
		}
		if (el.name === 'doorOrWindow') {
			if (mapOpening(ctx, p, level, el)) ctx.report.imported(what);
			continue;
		}
		const f = mapPiece(ctx, p, level);
		ctx.doc.furniture[f.id] = f;
		ctx.report.imported(what);
		if (el.attrs.pitch && num(el.attrs, 'pitch', 0) !== 0)
			ctx.report.warn('pieces tilted (pitch or roll) were imported upright');
	}
}

function mapAnnotations(ctx: Context, root: XmlElement) {
	for (const el of root.children) {
		if (el.name !== 'label' && el.name !== 'dimensionLine') continue;
		const level = levelOf(ctx, el);
		const what = el.name === 'label' ? 'labels' : 'dimension lines';
		if (!level) {
			ctx.report.skip(what, 'on a level that does not exist');
			continue;
		}
		const a = el.attrs;
		if (el.name === 'label') {
			const text = (el.children.find((c) => c.name === 'text')?.text ?? '').slice(
				0,
				LIMITS.maxTextLength
			);
			const x = num(a, 'x', NaN);
			const y = num(a, 'y', NaN);
			if (!text || !okCoord(x) || !okCoord(y)) {
				ctx.report.skip(what, 'no text or no position');
				continue;
			}
			const style = el.children.find((c) => c.name === 'textStyle');
			const size = style ? num(style.attrs, 'fontSize', 24) : 24;
			const label = createLabel({
				level,
				x,
				y,
				text,
				rotation: Math.atan2(Math.sin(num(a, 'angle', 0)), Math.cos(num(a, 'angle', 0))),
				size: okSize(size) ? size : 24
			});
			ctx.doc.labels[label.id] = label;
		} else {
			const v = ['xStart', 'yStart', 'xEnd', 'yEnd'].map((k) => num(a, k, NaN));
			const offset = num(a, 'offset', 0);
			if (!v.every(okCoord) || !okCoord(offset) || Math.hypot(v[2] - v[0], v[3] - v[1]) < 0.1) {
				ctx.report.skip(what, 'missing or degenerate points');
				continue;
			}
			const dim = createDimension({ level, x1: v[0], y1: v[1], x2: v[2], y2: v[3], offset });
			ctx.doc.dimensions[dim.id] = dim;
		}
		ctx.report.imported(what);
	}
}

const IGNORED: Record<string, string> = {
	polyline: 'polylines have no equivalent in the plan',
	backgroundImage: 'background images are traced from the import menu instead',
	camera: 'stored camera views are not kept',
	observerCamera: 'stored camera views are not kept'
};

export function mapHome(
	root: XmlElement,
	options: MapOptions = {}
): { doc: PlanDocument; report: ImportReport } {
	if (root.name !== 'home') throw new Error(`the XML root is <${root.name}>, not <home>`);
	const doc = createEmptyDocument(
		(root.attrs.name ?? 'Imported home')
			.replace(/^.*[\\/]/, '')
			.replace(/\.sh3d$/i, '')
			.slice(0, LIMITS.maxNameLength) || 'Imported home'
	);
	const wallHeight = num(root.attrs, 'wallHeight', 250);
	const ctx: Context = {
		doc,
		report: new ImportReport(),
		levels: new Map(),
		defaultLevel: Object.values(doc.levels)[0].id,
		wallHeight: okSize(wallHeight, LIMITS.maxHeight) ? wallHeight : 250
	};
	if (!root.children.some((c) => c.name === 'level'))
		ctx.doc.levels[ctx.defaultLevel] = {
			...ctx.doc.levels[ctx.defaultLevel],
			height: ctx.wallHeight
		};
	const compass = root.children.find((c) => c.name === 'compass');
	if (compass) {
		const deg = num(compass.attrs, 'northDirection', 0);
		ctx.doc.north = Math.atan2(Math.sin((deg * Math.PI) / 180), Math.cos((deg * Math.PI) / 180));
	}
	mapLevels(ctx, root);
	mapWalls(ctx, root, options.joinTolerance ?? 2);
	mapRooms(ctx, root);
	// From here on records are only added: own the maps once and add in place (not O(n²)).
	ctx.doc = {
		...ctx.doc,
		openings: { ...ctx.doc.openings },
		furniture: { ...ctx.doc.furniture },
		labels: { ...ctx.doc.labels },
		dimensions: { ...ctx.doc.dimensions }
	};
	mapFurniture(ctx, root.children);
	mapAnnotations(ctx, root);
	for (const el of root.children) {
		const reason = IGNORED[el.name];
		if (reason) ctx.report.skip(el.name === 'observerCamera' ? 'camera' : el.name, reason);
	}
	for (const level of root.children.filter((c) => c.name === 'level'))
		if (level.children.some((c) => c.name === 'backgroundImage'))
			ctx.report.skip('backgroundImage', IGNORED.backgroundImage);
	return { doc: ctx.doc, report: ctx.report };
}
