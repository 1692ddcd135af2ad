/**
 * Level commands for the levels panel: add on top, rename, move up/down (elevations follow
 * the new stacking), delete with everything on the level.
 */
import { createLevel } from '../../../plan/records/level';
import {
	defineCommand,
	putRecords,
	removeRecords,
	sequence,
	updateRecord,
	type Command
} from '../../../plan/commands';
import { emptyDiff } from '../../../plan/diff';
import type { Level, LevelId, PlanDocument } from '../../../plan/types';

/** Levels from the lowest up. */
export function sortedLevels(doc: PlanDocument): Level[] {
	return Object.values(doc.levels).sort((a, b) => a.order - b.order);
}

/** Order and elevation of each level when stacked as listed, the lowest at `base`. */
function restack(levels: Level[], base: number): Level[] {
	const out: Level[] = [];
	let elevation = base;
	levels.forEach((l, i) => {
		out.push({ ...l, order: i, elevation });
		elevation += l.height + l.floorThickness;
	});
	return out;
}

function replaceLevels(before: Level[], after: Level[], label: string): Command {
	const changed = after.filter((l, i) => {
		const old = before.find((b) => b.id === l.id) ?? before[i];
		return old.order !== l.order || old.elevation !== l.elevation;
	});
	return sequence(
		label,
		changed.map((l) =>
			updateRecord('levels', l.id, { order: l.order, elevation: l.elevation }, label)
		)
	);
}

/** A name not used yet: "Level 2", "Level 3", … */
function freeName(doc: PlanDocument): string {
	const taken = new Set(Object.values(doc.levels).map((l) => l.name));
	for (let n = Object.keys(doc.levels).length + 1; ; n++)
		if (!taken.has(`Level ${n}`)) return `Level ${n}`;
}

/** A new level on top of the others, as tall as the top one. Returns its id with the command. */
export function addLevelCommand(
	doc: PlanDocument,
	name?: string
): { command: Command; id: LevelId } {
	const levels = sortedLevels(doc);
	const top = levels[levels.length - 1];
	const level = createLevel({
		name: name?.trim() || freeName(doc),
		order: top ? top.order + 1 : 0,
		elevation: top ? top.elevation + top.height + top.floorThickness : 0,
		height: top?.height,
		floorThickness: top?.floorThickness
	});
	return { command: putRecords([level], 'Add level'), id: level.id };
}

export function checkLevelName(name: string): string | null {
	const t = name.trim();
	if (!t) return 'Enter a name';
	if (t.length > 200) return 'At most 200 characters';
	return null;
}

export function renameLevelCommand(id: LevelId, name: string): Command {
	return updateRecord('levels', id, { name: name.trim() }, 'Rename level');
}

/** Moves a level one place up (+1) or down (−1) the stack; null when it cannot move. */
export function moveLevelCommand(doc: PlanDocument, id: LevelId, by: 1 | -1): Command | null {
	const levels = sortedLevels(doc);
	const i = levels.findIndex((l) => l.id === id);
	const j = i + by;
	if (i < 0 || j < 0 || j >= levels.length) return null;
	const reordered = [...levels];
	[reordered[i], reordered[j]] = [reordered[j], reordered[i]];
	return replaceLevels(
		levels,
		restack(reordered, levels[0].elevation),
		by > 0 ? 'Move level up' : 'Move level down'
	);
}

/**
 * Deletes a level and everything on it; the levels above move down to close the gap.
 * Null for the last level: a design always has one.
 */
export function deleteLevelCommand(doc: PlanDocument, id: LevelId): Command | null {
	const levels = sortedLevels(doc);
	if (levels.length <= 1 || !doc.levels[id]) return null;
	const rest = levels.filter((l) => l.id !== id);
	const restacked = restack(rest, levels[0].elevation);
	return defineCommand('Delete level', (current) => {
		if (!current.levels[id]) return emptyDiff();
		return sequence('Delete level', [
			removeRecords([id]),
			replaceLevels(rest, restacked, 'Delete level')
		]).run(current);
	});
}

/** What deleting a level takes with it, for the confirmation text. */
export function levelContents(
	doc: PlanDocument,
	id: LevelId
): { walls: number; rooms: number; furniture: number } {
	const count = (records: Record<string, { level: LevelId }>) =>
		Object.values(records).filter((r) => r.level === id).length;
	return { walls: count(doc.walls), rooms: count(doc.rooms), furniture: count(doc.furniture) };
}

/** The level to show after `deleted` goes: the one below it, else the one above. */
export function levelAfterDelete(doc: PlanDocument, deleted: LevelId): LevelId | null {
	const levels = sortedLevels(doc);
	const i = levels.findIndex((l) => l.id === deleted);
	return (levels[i - 1] ?? levels[i + 1])?.id ?? null;
}
