import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../plan/commands';
import { validateDocument } from '../../../plan/validate';
import { buildTwoStoreyHouse } from '../../../catalog/templates/two-storey';
import { createEmptyDocument } from '../../../plan/document';
import type { PlanDocument } from '../../../plan/types';
import {
	addLevelCommand,
	checkLevelName,
	deleteLevelCommand,
	levelAfterDelete,
	levelContents,
	moveLevelCommand,
	renameLevelCommand,
	sortedLevels
} from './levels';

const names = (doc: PlanDocument) => sortedLevels(doc).map((l) => l.name);

describe('level commands', () => {
	it('adds a level on top of the others at the next elevation', () => {
		const doc = buildTwoStoreyHouse();
		const { command, id } = addLevelCommand(doc);
		const next = runCommand(doc, command).doc;
		const levels = sortedLevels(next);
		expect(levels[2].id).toBe(id);
		expect(levels[2].name).toBe('Level 3');
		expect(levels[2].elevation).toBe(
			levels[1].elevation + levels[1].height + levels[1].floorThickness
		);
		expect(validateDocument(next).ok).toBe(true);
	});

	it('renames, refusing empty names', () => {
		const doc = createEmptyDocument();
		const id = sortedLevels(doc)[0].id;
		expect(names(runCommand(doc, renameLevelCommand(id, ' Basement ')).doc)).toEqual(['Basement']);
		expect(checkLevelName('   ')).toMatch(/enter a name/i);
		expect(checkLevelName('Attic')).toBeNull();
	});

	it('moves a level up and down, restacking elevations', () => {
		const doc = buildTwoStoreyHouse();
		const [ground, first] = sortedLevels(doc);
		const swapped = runCommand(doc, moveLevelCommand(doc, ground.id, 1)!).doc;
		expect(names(swapped)).toEqual(['First floor', 'Ground floor']);
		const levels = sortedLevels(swapped);
		expect(levels[0].elevation).toBe(ground.elevation);
		expect(levels[1].elevation).toBe(ground.elevation + first.height + first.floorThickness);
		expect(moveLevelCommand(doc, first.id, 1)).toBeNull();
		expect(moveLevelCommand(doc, ground.id, -1)).toBeNull();
	});

	it('deletes a level with everything on it, keeping the last one', () => {
		const doc = buildTwoStoreyHouse();
		const [ground, first] = sortedLevels(doc);
		expect(levelContents(doc, first.id).rooms).toBeGreaterThan(0);
		const next = runCommand(doc, deleteLevelCommand(doc, ground.id)!).doc;
		expect(names(next)).toEqual(['First floor']);
		expect(sortedLevels(next)[0].elevation).toBe(ground.elevation);
		expect(Object.values(next.walls).every((w) => w.level === first.id)).toBe(true);
		expect(Object.values(next.furniture).some((f) => f.level === ground.id)).toBe(false);
		expect(validateDocument(next).ok).toBe(true);
		expect(deleteLevelCommand(next, first.id)).toBeNull();
		expect(levelAfterDelete(doc, first.id)).toBe(ground.id);
		expect(levelAfterDelete(doc, ground.id)).toBe(first.id);
	});
});
