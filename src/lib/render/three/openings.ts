/**
 * Doors and windows as simple models standing in their wall openings: a frame, a door leaf
 * shown open in its swing, window panes of glass. Every opening of the document goes into two
 * merged geometries (solid parts, glass), so they cost two draw calls in all.
 */
import type { Opening, PlanDocument, Wall } from '../../plan/types';
import { pathLength, pointAlong, tangentAt } from '../../plan/topology/wallPath';
import { BoxBuilder } from './box-builder';
import { lookOf } from './finishes';

const FRAME = 6; // frame member width (cm)
const LEAF = 4; // door leaf thickness
const OPEN_ANGLE = (70 * Math.PI) / 180;
const FRAME_COLOUR = lookOf('paint:white');
const LEAF_COLOUR = lookOf('wood:oak');
const GLASS_COLOUR = lookOf('glass:clear');

export interface OpeningGeometry {
	solid: BoxBuilder;
	glass: BoxBuilder;
}

/**
 * Where an opening stands: the point `offset` along the wall's centre line and the unit
 * direction of the wall there — the chord for a straight wall, the tangent for a curved one.
 */
export function openingPlace(doc: PlanDocument, wall: Wall, offset: number) {
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	if (!a || !b) return null;
	const length = pathLength(a, b, wall.arcExtent);
	if (length < 1e-6) return null;
	const centre = pointAlong(a, b, wall.arcExtent, offset);
	const u = tangentAt(a, b, wall.arcExtent, offset / length);
	return { cx: centre.x, cy: centre.y, ux: u.x, uy: u.y };
}

export function buildOpenings(
	doc: PlanDocument,
	visible: (level: string) => boolean
): OpeningGeometry {
	const solid = new BoxBuilder();
	const glass = new BoxBuilder();
	for (const o of Object.values(doc.openings)) {
		const wall = doc.walls[o.wall as keyof typeof doc.walls];
		if (!wall || !visible(wall.level)) continue;
		const frame = openingPlace(doc, wall, o.offset);
		if (!frame) continue;
		const base = doc.levels[wall.level as keyof typeof doc.levels]?.elevation ?? 0;
		solid.begin(o.id);
		glass.begin(o.id);
		addOpening(solid, glass, o, wall, frame, base);
	}
	solid.end();
	glass.end();
	return { solid, glass };
}

function addOpening(
	solid: BoxBuilder,
	glass: BoxBuilder,
	o: Opening,
	wall: Wall,
	f: NonNullable<ReturnType<typeof openingPlace>>,
	base: number
): void {
	if (o.kind === 'opening') return; // a plain hole: nothing stands in it
	// On a curved wall the frame stands on the tangent at its centre (the hole is a short arc).
	const { ux, uy, cx, cy } = f;
	const y0 = base + o.sill;
	const y1 = y0 + o.height;
	const depth = wall.thickness + 1;
	const w = o.width;
	const along = (d: number): [number, number] => [cx + ux * d, cy + uy * d];
	// Jambs, head, and for windows the sill board.
	for (const side of [-1, 1]) {
		const [x, y] = along(side * (w / 2 - FRAME / 2));
		solid.box(x, y, ux, uy, FRAME, depth, y0, y1, FRAME_COLOUR);
	}
	solid.box(cx, cy, ux, uy, w, depth, y1 - FRAME, y1, FRAME_COLOUR);
	if (o.kind === 'window') {
		solid.box(cx, cy, ux, uy, w, depth + 4, y0, y0 + FRAME, FRAME_COLOUR);
		const inner = w - 2 * FRAME;
		const panes = Math.max(1, Math.round(inner / 90));
		const paneW = inner / panes;
		for (let i = 0; i < panes; i++) {
			const [x, y] = along(-inner / 2 + paneW * (i + 0.5));
			glass.box(x, y, ux, uy, paneW, 1, y0 + FRAME, y1 - FRAME, GLASS_COLOUR);
			if (i > 0) {
				const [mx, my] = along(-inner / 2 + paneW * i);
				solid.box(mx, my, ux, uy, FRAME / 2, 8, y0 + FRAME, y1 - FRAME, FRAME_COLOUR);
			}
		}
		return;
	}
	// Door leaf, hinged at one jamb on the swing side's face, open by OPEN_ANGLE.
	const hingeSign = o.hinge === 'start' ? -1 : 1;
	// "left" of the wall seen from its start: the plan normal (uy, −ux) (y grows downwards).
	const nSign = o.swing === 'left' ? 1 : -1;
	const nx = uy * nSign;
	const ny = -ux * nSign;
	const leafW = w - 2 * FRAME;
	const [hx0, hy0] = along(hingeSign * (leafW / 2));
	const hx = hx0 + nx * (wall.thickness / 2);
	const hy = hy0 + ny * (wall.thickness / 2);
	// Closed, the leaf points from the hinge back across the opening (−hingeSign along u).
	const cxd = -hingeSign * ux;
	const cyd = -hingeSign * uy;
	const dx = Math.cos(OPEN_ANGLE) * cxd + Math.sin(OPEN_ANGLE) * nx;
	const dy = Math.cos(OPEN_ANGLE) * cyd + Math.sin(OPEN_ANGLE) * ny;
	const double = o.catalogId === 'door:double';
	const len = double ? leafW / 2 : leafW;
	const top = y1 - FRAME - 0.5;
	solid.box(hx + (dx * len) / 2, hy + (dy * len) / 2, dx, dy, len, LEAF, y0, top, LEAF_COLOUR);
	if (double) {
		// The second leaf, hinged on the other jamb, swinging the same way.
		const [gx0, gy0] = along(-hingeSign * (leafW / 2));
		const gx = gx0 + nx * (wall.thickness / 2);
		const gy = gy0 + ny * (wall.thickness / 2);
		const ex = Math.cos(OPEN_ANGLE) * -cxd + Math.sin(OPEN_ANGLE) * nx;
		const ey = Math.cos(OPEN_ANGLE) * -cyd + Math.sin(OPEN_ANGLE) * ny;
		solid.box(gx + (ex * len) / 2, gy + (ey * len) / 2, ex, ey, len, LEAF, y0, top, LEAF_COLOUR);
	}
}
