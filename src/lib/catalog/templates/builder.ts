/**
 * Builds template houses in code with the plan model's factories and topology: walls go in
 * through `addWall` (which joins them at shared corners and splits a wall where another one
 * meets it, as the wall tool does), openings are placed by the two corners of their wall,
 * rooms are found from the walls.
 */
import { createEmptyDocument } from '../../plan/document';
import { createFurniture } from '../../plan/records/furniture';
import { createLabel } from '../../plan/records/label';
import { createLevel } from '../../plan/records/level';
import { createOpening } from '../../plan/records/opening';
import { addWall } from '../../plan/topology/edit';
import { createRoomAt } from '../../plan/topology/rooms';
import type { CornerId, Level, LevelId, PlanDocument, Wall } from '../../plan/types';
import { validateDocument, formatValidationError } from '../../plan/validate';
import { furnitureDefaults, getItem, isFurnitureItem, isOpeningItem } from '../furniture';
import { DEFAULT_FINISHES } from '../finishes';

export type Pt = [number, number];

/**
 * Rotations that put a piece's back (its symbol's top edge) against a wall on that side:
 * the SVG plan rotates clockwise on screen, since y grows downwards.
 */
export const BACK_TO = { top: 0, right: Math.PI / 2, bottom: Math.PI, left: -Math.PI / 2 } as const;

export const EXTERIOR = 25;
export const INTERIOR = 10;

export class TemplateBuilder {
	doc: PlanDocument;
	readonly ground: LevelId;

	constructor(name: string, groundName = 'Ground floor') {
		this.doc = createEmptyDocument(name);
		this.ground = Object.keys(this.doc.levels)[0] as LevelId;
		this.doc.levels[this.ground] = { ...this.doc.levels[this.ground], name: groundName };
	}

	addLevel(fields: Partial<Level>): LevelId {
		const level = createLevel(fields);
		this.doc.levels[level.id] = level;
		return level.id;
	}

	/** The corner at exactly this point of a level. */
	corner(level: LevelId, [x, y]: Pt): CornerId {
		const c = Object.values(this.doc.corners).find(
			(c) => c.level === level && c.x === x && c.y === y
		);
		if (!c) throw new Error(`no corner at ${x},${y}`);
		return c.id;
	}

	/** A wall from a to b; it joins and splits the walls it meets. */
	wall(level: LevelId, [ax, ay]: Pt, [bx, by]: Pt, props: Partial<Wall> = {}): void {
		const result = addWall(
			this.doc,
			level,
			{ x: ax, y: ay },
			{ x: bx, y: by },
			{ height: this.doc.levels[level].height, ...props },
			{ rooms: false }
		);
		this.doc = result.doc;
	}

	/** Walls through the points in order, the last joined back to the first. */
	ring(level: LevelId, points: Pt[], props: Partial<Wall> = {}): void {
		points.forEach((p, i) => this.wall(level, p, points[(i + 1) % points.length], props));
	}

	/** Walls through the points in order, left open. */
	chain(level: LevelId, points: Pt[], props: Partial<Wall> = {}): void {
		points.slice(1).forEach((p, i) => this.wall(level, points[i], p, props));
	}

	/** The wall between two corners, whichever way it was drawn, and whether it runs a → b. */
	private wallBetween(level: LevelId, a: Pt, b: Pt): { wall: Wall; forward: boolean } {
		const ca = this.corner(level, a);
		const cb = this.corner(level, b);
		for (const wall of Object.values(this.doc.walls)) {
			if (wall.start === ca && wall.end === cb) return { wall, forward: true };
			if (wall.start === cb && wall.end === ca) return { wall, forward: false };
		}
		throw new Error(`no wall between ${a} and ${b}`);
	}

	/**
	 * A door or window on the wall from `a` to `b`, its centre `at` cm from `a`. A door's leaf
	 * swings to the side of the wall where `into` lies, hinged at the end nearer `a` unless
	 * `hingeAtB`.
	 */
	opening(
		level: LevelId,
		catalogId: string,
		[a, b]: [Pt, Pt],
		at: number,
		options: { into?: Pt; hingeAtB?: boolean; width?: number; height?: number; sill?: number } = {}
	) {
		const item = getItem(catalogId);
		if (!item || !isOpeningItem(item)) throw new Error(`${catalogId} is not a door or window`);
		const { wall, forward } = this.wallBetween(level, a, b);
		const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
		const into = options.into ?? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 1];
		// "left" of a wall walked from start to end is (dy, −dx) in y-down coordinates.
		const [sx, sy] = forward ? a : b;
		const [ex, ey] = forward ? b : a;
		const side = (ey - sy) * (into[0] - sx) - (ex - sx) * (into[1] - sy);
		const hingeAtA = !options.hingeAtB;
		const o = createOpening({
			wall: wall.id,
			kind: item.kind,
			offset: forward ? at : length - at,
			width: options.width ?? item.width,
			height: options.height ?? item.height,
			sill: options.sill ?? item.sill,
			hinge: hingeAtA === forward ? 'start' : 'end',
			swing: side > 0 ? 'left' : 'right',
			catalogId: item.id
		});
		this.doc.openings[o.id] = o;
		return o.id;
	}

	/** A catalog piece centred at `centre`, rotated (see BACK_TO), with optional overrides. */
	furniture(level: LevelId, catalogId: string, [x, y]: Pt, rotation = 0, color?: string) {
		const item = getItem(catalogId);
		if (!item || !isFurnitureItem(item)) throw new Error(`${catalogId} is not furniture`);
		const f = createFurniture({
			...furnitureDefaults(item),
			level,
			x,
			y,
			rotation,
			...(color ? { color } : {})
		});
		this.doc.furniture[f.id] = f;
		return f.id;
	}

	label(level: LevelId, [x, y]: Pt, text: string, size = 20) {
		const l = createLabel({ level, x, y, text, size });
		this.doc.labels[l.id] = l;
	}

	/** A room for the closed walls around `inside`, named and finished. */
	room(level: LevelId, inside: Pt, name: string, floorFinish: string = DEFAULT_FINISHES.floor) {
		const result = createRoomAt(
			this.doc,
			level,
			{ x: inside[0], y: inside[1] },
			{ name, floorFinish, ceilingFinish: DEFAULT_FINISHES.ceiling }
		);
		if (!result) throw new Error(`no closed walls around ${inside} for ${name}`);
		this.doc = result.doc;
	}

	/** The finished document, checked by the same validator that guards saved designs. */
	build(): PlanDocument {
		const result = validateDocument(this.doc);
		if (!result.ok)
			throw new Error(
				`template is invalid: ${result.errors.map(formatValidationError).join('; ')}`
			);
		return result.doc;
	}
}
