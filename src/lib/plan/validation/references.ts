/**
 * Rules between records, checked once every record has the right shape: keys match ids,
 * references exist and stay on one level, walls have a length, openings fit their wall.
 */
import { COLLECTIONS, ID_PREFIX, type Opening, type PlanDocument, type WallId } from '../types';
import { FIT_EPSILON, LIMITS } from '../limits';
import { wallMinHeight } from '../records/wall';
import { idFormatMessage } from '../records/common';
import { isIdOf } from '../ids';
import { wallCentreLength } from '../wall-length';
import { errorAt, type ValidationError } from './errors';

const round = (n: number) => Math.round(n * 1000) / 1000;

export function checkReferences(doc: PlanDocument): ValidationError[] {
	const errors: ValidationError[] = [];
	const add = (path: PropertyKey[], message: string) => errors.push(errorAt(path, message));

	for (const c of COLLECTIONS) {
		const prefix = ID_PREFIX[c];
		for (const [key, record] of Object.entries(doc[c] ?? {})) {
			if (!isIdOf(key, prefix)) add([c, key], `has a bad key: ${idFormatMessage(prefix)}`);
			else if (record.id !== key) add([c, key, 'id'], `must equal its key ${JSON.stringify(key)}`);
		}
	}

	if (Object.keys(doc.levels).length === 0) add(['levels'], 'must have at least one level');

	const levelExists = (level: string) => Object.hasOwn(doc.levels, level);
	for (const c of ['corners', 'walls', 'rooms', 'furniture', 'labels', 'dimensions'] as const) {
		for (const [key, record] of Object.entries(doc[c]))
			if (!levelExists(record.level))
				add([c, key, 'level'], `must name an existing level (${record.level} does not exist)`);
	}

	const wallLengths = new Map<WallId, number>();
	const straightWallsBetween = new Map<string, string>();
	for (const [key, wall] of Object.entries(doc.walls)) {
		const path = ['walls', key];
		const start = Object.hasOwn(doc.corners, wall.start) ? doc.corners[wall.start] : undefined;
		const end = Object.hasOwn(doc.corners, wall.end) ? doc.corners[wall.end] : undefined;
		if (!start)
			add([...path, 'start'], `must name an existing corner (${wall.start} does not exist)`);
		if (!end) add([...path, 'end'], `must name an existing corner (${wall.end} does not exist)`);
		if (!start || !end) continue;
		if (wall.start === wall.end) {
			add([...path, 'end'], 'must differ from start');
			continue;
		}
		if (start.level !== wall.level)
			add([...path, 'start'], `must be a corner on the wall's level ${wall.level}`);
		if (end.level !== wall.level)
			add([...path, 'end'], `must be a corner on the wall's level ${wall.level}`);
		const chord = Math.hypot(end.x - start.x, end.y - start.y);
		if (chord < LIMITS.minWallLength) {
			add(path, `must be at least ${LIMITS.minWallLength} cm long (it is ${round(chord)} cm)`);
			continue;
		}
		if (!wall.arcExtent) {
			const pair =
				wall.start < wall.end ? `${wall.start} ${wall.end}` : `${wall.end} ${wall.start}`;
			const other = straightWallsBetween.get(pair);
			if (other) add(path, `joins the same corners as ${other}`);
			else straightWallsBetween.set(pair, key);
		}
		wallLengths.set(key as WallId, wallCentreLength(start, end, wall.arcExtent));
	}

	const openingsByWall = new Map<WallId, [string, Opening][]>();
	for (const [key, opening] of Object.entries(doc.openings)) {
		const path = ['openings', key];
		const wall = Object.hasOwn(doc.walls, opening.wall) ? doc.walls[opening.wall] : undefined;
		if (!wall) {
			add([...path, 'wall'], `must name an existing wall (${opening.wall} does not exist)`);
			continue;
		}
		const length = wallLengths.get(opening.wall);
		if (length === undefined) continue; // the wall itself is broken and already reported
		const half = opening.width / 2;
		if (opening.offset - half < -FIT_EPSILON || opening.offset + half > length + FIT_EPSILON)
			add(
				path,
				`must fit within its wall: offset ${round(opening.offset)} ± ${round(half)} is outside [0, ${round(length)}]`
			);
		const top = wallMinHeight(wall);
		if (opening.sill + opening.height > top + FIT_EPSILON)
			add(
				path,
				`must fit under its wall: sill + height ${round(opening.sill + opening.height)} > ${round(top)}`
			);
		const list = openingsByWall.get(opening.wall) ?? [];
		list.push([key, opening]);
		openingsByWall.set(opening.wall, list);
	}

	for (const list of openingsByWall.values()) {
		if (list.length < 2) continue;
		list.sort((a, b) => a[1].offset - b[1].offset);
		// The furthest end seen so far, so a wide opening overlapping two others is caught too.
		let [reachKey, reachOpening] = list[0];
		for (let i = 1; i < list.length; i++) {
			const [key, cur] = list[i];
			const reach = reachOpening.offset + reachOpening.width / 2;
			if (cur.offset - cur.width / 2 < reach - FIT_EPSILON)
				add(['openings', key], `must not overlap ${reachKey} on the same wall`);
			if (cur.offset + cur.width / 2 > reach) [reachKey, reachOpening] = [key, cur];
		}
	}
	return errors;
}
