/**
 * Moving a level's trace image: which image a level shows, and the document with it moved.
 * Plain functions so the tool's states and the Import / Export menu share them.
 */
import { updateRecord, type Command } from '../../../plan/commands';
import { LIMITS } from '../../../plan/limits';
import type { Background, BackgroundId, LevelId, PlanDocument, Vec2 } from '../../../plan/types';

/** The trace image shown on `level` (its own, else one for every level). */
export function levelBackground(doc: PlanDocument, level: LevelId | null): Background | null {
	const all = Object.values(doc.backgrounds ?? {});
	return all.find((b) => b.level === level) ?? all.find((b) => b.level === null) ?? null;
}

/** Kept inside the plan's ±10 km so a long drag never makes a document the validator refuses. */
const clamp = (v: number) => Math.min(LIMITS.maxCoordinate, Math.max(-LIMITS.maxCoordinate, v));

/** Where `bg` lies after moving it by `d`. */
export const movedPosition = (bg: Pick<Background, 'x' | 'y'>, d: Vec2): Vec2 => ({
	x: clamp(bg.x + d.x),
	y: clamp(bg.y + d.y)
});

/** `doc` with trace image `id` moved by `d` from where it is in `doc` (a drag's frame). */
export function movedTrace(doc: PlanDocument, id: BackgroundId, d: Vec2): PlanDocument {
	const bg = doc.backgrounds?.[id];
	if (!bg) return doc;
	const at = movedPosition(bg, d);
	if (at.x === bg.x && at.y === bg.y) return doc;
	return { ...doc, backgrounds: { ...doc.backgrounds, [id]: { ...bg, ...at } } };
}

/** One undo step: trace image `bg` moved by `d` (arrow keys). */
export function moveTraceCommand(bg: Background, d: Vec2): Command {
	return updateRecord('backgrounds', bg.id, movedPosition(bg, d), 'Move trace image');
}
