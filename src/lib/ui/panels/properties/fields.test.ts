import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../plan/commands';
import { PlanBuilder } from '../../../plan/topology/testPlan';
import type { FurnitureId, PlanDocument, RecordId } from '../../../plan/types';
import {
	commitField,
	describeSelection,
	flipCommand,
	formatAngle,
	formatCurve,
	parseAngle,
	parseCurve
} from './fields';
import { pathLength } from '../../../plan/topology/wallPath';

/** Two walls meeting at a corner, a door on the first, a room-less plan with two chairs. */
function plan() {
	const b = new PlanBuilder();
	const w1 = b.wall([0, 0], [400, 0], { thickness: 20 });
	const w2 = b.wall([400, 0], [400, 300], { thickness: 10 });
	const door = b.opening(w1, 200, { width: 90 });
	const r1 = b.room({ name: 'Kitchen', polygon: [] });
	const doc = b.doc;
	const chair = (id: FurnitureId, x: number, width: number) => {
		doc.furniture[id] = {
			id,
			level: 'level:ground',
			catalogId: 'chair:dining',
			name: 'Chair',
			x,
			y: 100,
			rotation: 0,
			width,
			depth: 50,
			height: 90,
			elevation: 0,
			color: null,
			material: null,
			mirrored: false
		};
	};
	chair('furniture:f1', 100, 45);
	chair('furniture:f2', 200, 45);
	chair('furniture:f3', 300, 60);
	return { doc, w1, w2, door, r1 };
}

function apply(doc: PlanDocument, result: ReturnType<typeof commitField>): PlanDocument {
	if (!result.ok) throw new Error(result.error);
	if (!result.command) throw new Error('expected a change');
	return runCommand(doc, result.command).doc;
}

const fieldOf = (doc: PlanDocument, ids: RecordId[], key: string, units = 'cm' as const) =>
	describeSelection(doc, ids, units)[0].fields.find((f) => f.key === key)!;

describe('describeSelection', () => {
	it('shows a wall’s thickness, height and length in the chosen units', () => {
		const { doc, w1 } = plan();
		const [group] = describeSelection(doc, [w1], 'm');
		expect(group.title).toBe('Wall');
		expect(group.fields.map((f) => [f.key, f.value, f.unit])).toEqual([
			['thickness', '0.2 m', 'm'],
			['height', '2.5 m', 'm'],
			['length', '4 m', 'm'],
			['curve', '0°', '°']
		]);
		const imperial = describeSelection(doc, [w1], 'ft-in')[0].fields;
		expect(imperial[0]).toMatchObject({ value: '7 7/8″', unit: 'ft' });
	});

	it('shows shared values of a multi-selection and null (Mixed) where they differ', () => {
		const { doc, w1, w2 } = plan();
		const [group] = describeSelection(doc, [w1, w2], 'cm');
		expect(group.title).toBe('2 walls');
		expect(group.fields.find((f) => f.key === 'thickness')!.value).toBeNull();
		expect(group.fields.find((f) => f.key === 'height')!.value).toBe('250 cm');
		const chairs = describeSelection(doc, ['furniture:f1', 'furniture:f2'], 'cm')[0];
		expect(chairs.fields.find((f) => f.key === 'width')!.value).toBe('45 cm');
		expect(chairs.fields.find((f) => f.key === 'color')!.value).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('shows the net floor area of selected rooms in the chosen units', () => {
		const b = new PlanBuilder();
		b.ring([
			[0, 0],
			[400, 0],
			[400, 300],
			[0, 300]
		]);
		const room = b.room({
			name: 'Office',
			polygon: [
				{ x: 0, y: 0 },
				{ x: 400, y: 0 },
				{ x: 400, y: 300 },
				{ x: 0, y: 300 }
			]
		});
		// Walls 10 cm thick: the floor inside their faces is 3.9 × 2.9 m.
		const [group] = describeSelection(b.doc, [room], 'm');
		expect(group.info).toEqual([{ label: 'Floor area', value: '11.3 m²' }]);
		expect(describeSelection(b.doc, [room], 'ft-in')[0].info[0].value).toBe('122 ft²');
	});

	it('groups a mixed selection by kind and ignores records without properties', () => {
		const { doc, w1, door, r1 } = plan();
		const groups = describeSelection(doc, [door, 'corner:c1', w1, r1, 'furniture:f1'], 'm');
		expect(groups.map((g) => g.kind)).toEqual(['wall', 'opening', 'room', 'furniture']);
		const opening = groups[1];
		expect(opening.actions.map((a) => a.key)).toEqual(['flip-hinge', 'flip-swing']);
		expect(groups[2].fields.find((f) => f.key === 'floorFinish')!.options!.length).toBeGreaterThan(
			3
		);
	});
});

describe('commitField', () => {
	it('changes the thickness of every selected wall', () => {
		const { doc, w1, w2 } = plan();
		const next = apply(
			doc,
			commitField(doc, { kind: 'wall', ids: [w1, w2] }, 'thickness', '15', 'cm')
		);
		expect(next.walls[w1].thickness).toBe(15);
		expect(next.walls[w2].thickness).toBe(15);
	});

	it('reads imperial input in imperial mode', () => {
		const { doc, w1 } = plan();
		const next = apply(
			doc,
			commitField(doc, { kind: 'wall', ids: [w1] }, 'height', `8' 6"`, 'ft-in')
		);
		expect(next.walls[w1].height).toBeCloseTo(259.08, 6);
	});

	it('refuses empty, negative and absurd values with a message', () => {
		const { doc, w1 } = plan();
		const group = { kind: 'wall' as const, ids: [w1] };
		const cases: [string, string, RegExp][] = [
			['thickness', '', /enter a length/i],
			['thickness', '-5', /more than zero/i],
			['thickness', '0', /more than zero/i],
			['thickness', '0.5 mm', /at least 1 mm/],
			['thickness', '2.5 m', /at most 200 cm/],
			['height', '25 m', /at most 2000 cm/],
			['length', 'abc', /not a length/i]
		];
		for (const [key, text, message] of cases) {
			const r = commitField(doc, group, key, text, 'cm');
			expect(r.ok, `${key} ${text}`).toBe(false);
			if (!r.ok) expect(r.error).toMatch(message);
		}
	});

	it('moves the end corner to set a wall’s length, keeping its direction', () => {
		const { doc, w2 } = plan();
		const next = apply(doc, commitField(doc, { kind: 'wall', ids: [w2] }, 'length', '2 m', 'm'));
		const end = next.corners[next.walls[w2].end];
		expect(end).toMatchObject({ x: 400, y: 200 });
	});

	it('refuses an opening that would no longer fit its wall and leaves the document alone', () => {
		const { doc, door } = plan();
		const group = { kind: 'opening' as const, ids: [door] };
		const wide = commitField(doc, group, 'width', '5 m', 'm');
		expect(wide).toEqual({ ok: false, error: 'Too wide for its wall at this position' });
		const tall = commitField(doc, group, 'height', '2.6 m', 'm');
		expect(tall).toEqual({ ok: false, error: 'Taller than the wall allows' });
		const ok = apply(doc, commitField(doc, group, 'width', '1 m', 'm'));
		expect(ok.openings[door].width).toBe(100);
	});

	it('returns no command when the value does not change anything', () => {
		const { doc, w1 } = plan();
		expect(commitField(doc, { kind: 'wall', ids: [w1] }, 'thickness', '20 cm', 'm')).toEqual({
			ok: true,
			command: null
		});
	});

	it('renames rooms, picks finishes from the list and refuses unknown ones', () => {
		const { doc, r1 } = plan();
		const group = { kind: 'room' as const, ids: [r1] };
		const renamed = apply(doc, commitField(doc, group, 'name', '  Pantry ', 'm'));
		expect(renamed.rooms[r1].name).toBe('Pantry');
		expect(commitField(doc, group, 'name', '  ', 'm').ok).toBe(false);
		const tiled = apply(doc, commitField(doc, group, 'floorFinish', 'tile:grey', 'm'));
		expect(tiled.rooms[r1].floorFinish).toBe('tile:grey');
		expect(commitField(doc, group, 'floorFinish', 'brick:red', 'm').ok).toBe(false);
	});

	it('sets furniture rotation in degrees, elevation, and colour', () => {
		const { doc } = plan();
		const group = { kind: 'furniture' as const, ids: ['furniture:f1' as RecordId] };
		let next = apply(doc, commitField(doc, group, 'rotation', '90°', 'm'));
		expect(next.furniture['furniture:f1'].rotation).toBeCloseTo(Math.PI / 2, 9);
		next = apply(next, commitField(next, group, 'elevation', '40 cm', 'm'));
		expect(next.furniture['furniture:f1'].elevation).toBe(40);
		next = apply(next, commitField(next, group, 'color', '#AABBCC', 'm'));
		expect(next.furniture['furniture:f1'].color).toBe('#aabbcc');
		expect(commitField(next, group, 'color', 'red', 'm').ok).toBe(false);
		expect(commitField(next, group, 'elevation', '-1', 'm').ok).toBe(false);
		expect(fieldOf(next, ['furniture:f1'], 'rotation').value).toBe('90°');
	});
});

describe('flipCommand', () => {
	it('flips hinge and swing of doors', () => {
		const { doc, door } = plan();
		const hinged = runCommand(doc, flipCommand(doc, [door], 'flip-hinge')!).doc;
		expect(hinged.openings[door].hinge).toBe('end');
		const swung = runCommand(doc, flipCommand(doc, [door], 'flip-swing')!).doc;
		expect(swung.openings[door].swing).toBe('right');
		expect(flipCommand(doc, ['wall:w1'], 'flip-hinge')).toBeNull();
	});
});

describe('angles', () => {
	it('formats and parses degrees, normalising to (−180°, 180°]', () => {
		expect(formatAngle(Math.PI / 2)).toBe('90°');
		expect(formatAngle(-Math.PI)).toBe('180°');
		expect(formatAngle((3 * Math.PI) / 2)).toBe('-90°');
		const r = parseAngle('270 deg');
		expect(r.ok && r.radians).toBeCloseTo(-Math.PI / 2, 9);
		expect(parseAngle('north').ok).toBe(false);
		expect(parseAngle('').ok).toBe(false);
	});
});

describe('wall curve', () => {
	it('parses signed degrees up to ¾ of a turn, 0 for straight, and refuses the rest', () => {
		const ok = (text: string) => {
			const r = parseCurve(text);
			if (!r.ok) throw new Error(`${text}: ${r.error}`);
			return r.value;
		};
		expect(ok('60')).toBeCloseTo(Math.PI / 3, 12);
		expect(ok(' −45° ')).toBeCloseTo(-Math.PI / 4, 12);
		expect(ok('-90 deg')).toBeCloseTo(-Math.PI / 2, 12);
		expect(ok('270')).toBeCloseTo((3 * Math.PI) / 2, 12);
		expect(ok('12,5')).toBeCloseTo((12.5 * Math.PI) / 180, 12);
		expect(ok('0')).toBe(0);
		expect(ok('-0')).toBe(0);
		const cases: [string, RegExp][] = [
			['', /enter a curve/i],
			['  ', /enter a curve/i],
			['round', /like 45/],
			['1e3', /like 45/],
			['271', /between −270° and 270°/],
			['-360', /between −270° and 270°/],
			['0.2', /0 for straight, or at least 0.6°/]
		];
		for (const [text, message] of cases) {
			const r = parseCurve(text);
			expect(r.ok, text).toBe(false);
			if (!r.ok) expect(r.error, text).toMatch(message);
		}
		expect(formatCurve(Math.PI / 3)).toBe('60°');
		expect(formatCurve(-Math.PI / 4)).toBe('-45°');
		expect(formatCurve(0)).toBe('0°');
	});

	it('bends every selected wall in one command, and its length becomes the arc’s', () => {
		const { doc, w1, w2 } = plan();
		const result = commitField(doc, { kind: 'wall', ids: [w1, w2] }, 'curve', '60', 'cm');
		if (!result.ok || !result.command) throw new Error('expected one command');
		expect(result.command.label).toBe('Curve wall');
		const next = runCommand(doc, result.command).doc;
		expect(next.walls[w1].arcExtent).toBeCloseTo(Math.PI / 3, 12);
		expect(next.walls[w2].arcExtent).toBeCloseTo(Math.PI / 3, 12);
		// Corners stay; the 4 m chord becomes an arc of radius 4 m turning 60°: 4.19 m.
		expect(next.corners).toEqual(doc.corners);
		expect(fieldOf(next, [w1], 'length').value).toBe(`${((400 * Math.PI) / 3).toFixed(2)} cm`);
		expect(fieldOf(next, [w1, w2], 'curve').value).toBe('60°');
		expect(fieldOf(next, [w1], 'curve').hint).toMatch(/left/);
		// Members that differ show Mixed.
		const one = apply(doc, commitField(doc, { kind: 'wall', ids: [w1] }, 'curve', '-30', 'cm'));
		expect(fieldOf(one, [w1], 'curve').value).toBe('-30°');
		expect(fieldOf(one, [w1, w2], 'curve').value).toBeNull();
	});

	it('keeps doors at the same place relative to the wall’s length', () => {
		const { doc, w1, door } = plan();
		const group = { kind: 'wall' as const, ids: [w1] };
		const bent = apply(doc, commitField(doc, group, 'curve', '60', 'cm'));
		const a = doc.corners[doc.walls[w1].start];
		const b = doc.corners[doc.walls[w1].end];
		// The door was in the middle of the 4 m wall: it stays in the middle of the 4.19 m arc.
		expect(doc.openings[door].offset).toBe(200);
		expect(bent.openings[door].offset).toBeCloseTo(pathLength(a, b, Math.PI / 3) / 2, 9);
		const back = apply(bent, commitField(bent, group, 'curve', '0', 'cm'));
		expect(back.openings[door].offset).toBeCloseTo(200, 9);
	});

	it('straightens with 0, and typing 0 into a straight wall changes nothing', () => {
		const { doc, w1 } = plan();
		const group = { kind: 'wall' as const, ids: [w1] };
		expect(commitField(doc, group, 'curve', '0', 'cm')).toEqual({ ok: true, command: null });
		const bent = apply(doc, commitField(doc, group, 'curve', '90°', 'cm'));
		const straight = apply(bent, commitField(bent, group, 'curve', '0', 'cm'));
		expect(straight.walls[w1].arcExtent).toBeNull();
		expect(straight.walls[w1]).toEqual(doc.walls[w1]);
	});

	it('refuses a bad value or a straightening the door no longer fits, changing nothing', () => {
		const b = new PlanBuilder();
		// A half circle over a 2 m chord is 3.14 m long: a 2.5 m opening fits it, not the chord.
		const w = b.wall([0, 0], [200, 0], { arcExtent: Math.PI });
		const a = b.doc.corners[b.doc.walls[w].start];
		const e = b.doc.corners[b.doc.walls[w].end];
		expect(pathLength(a, e, Math.PI)).toBeCloseTo(100 * Math.PI, 9);
		b.opening(w, 157, { width: 250 });
		const doc = b.doc;
		const before = JSON.stringify(doc);
		const group = { kind: 'wall' as const, ids: [w] };
		expect(commitField(doc, group, 'curve', '0', 'cm')).toEqual({
			ok: false,
			error: 'Too wide for its wall at this position'
		});
		expect(commitField(doc, group, 'curve', '400', 'cm').ok).toBe(false);
		expect(commitField(doc, group, 'curve', '', 'cm').ok).toBe(false);
		expect(JSON.stringify(doc)).toBe(before);
		// A smaller bend that still leaves room for it is taken.
		const less = apply(doc, commitField(doc, group, 'curve', '170', 'cm'));
		expect(less.walls[w].arcExtent).toBeCloseTo((170 * Math.PI) / 180, 12);
	});
});
