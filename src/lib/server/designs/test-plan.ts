import { createEmptyDocument } from '../../plan/document';
import { createCorner, createWall } from '../../plan/records';
import type { LevelId, PlanDocument } from '../../plan/types';

/** A valid document with one rectangular ring of walls, for server tests. */
export function rectanglePlan(name = 'Test house', width = 400, depth = 300): PlanDocument {
	const doc = createEmptyDocument(name);
	const level = Object.keys(doc.levels)[0] as LevelId;
	const points = [
		{ x: 0, y: 0 },
		{ x: width, y: 0 },
		{ x: width, y: depth },
		{ x: 0, y: depth }
	];
	const corners = points.map((p) => createCorner({ level, ...p }));
	for (const c of corners) doc.corners[c.id] = c;
	corners.forEach((c, i) => {
		const wall = createWall({ level, start: c.id, end: corners[(i + 1) % 4].id });
		doc.walls[wall.id] = wall;
	});
	return doc;
}
