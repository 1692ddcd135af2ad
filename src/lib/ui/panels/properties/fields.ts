/**
 * The properties panel's model, kept out of the component so it can be tested in Node: which
 * fields a selection shows (grouped by record kind, "Mixed" where members differ), and the
 * command a typed value becomes — or the message that refuses it.
 */
import { applyDiff, isEmptyDiff } from '../../../plan/diff';
import { sequence, updateRecord, type Command } from '../../../plan/commands';
import { LIMITS } from '../../../plan/limits';
import { validateDocument } from '../../../plan/validate';
import { wallCentreLength } from '../../../plan/wall-length';
import type {
	CornerId,
	Furniture,
	FurnitureId,
	Opening,
	OpeningId,
	PlanDocument,
	RecordId,
	Room,
	RoomId,
	Wall,
	WallId
} from '../../../plan/types';
import { finishesFor, getFinish } from '../../../catalog/finishes';
import { getItem } from '../../../catalog/furniture';
import { roomAreas } from '../../../plan/topology/measure';
import {
	checkLength,
	formatArea,
	formatLengthForInput,
	lengthUnitLabel,
	type DisplayUnits,
	type LengthLimits
} from '../../../editor/units';

export type GroupKind = 'wall' | 'opening' | 'room' | 'furniture';
export type InputKind = 'length' | 'angle' | 'text' | 'select' | 'color';

export interface FieldView {
	/** Unique within its group, e.g. `thickness`. */
	key: string;
	label: string;
	input: InputKind;
	/** The value to show; null when the members differ ("Mixed"). */
	value: string | null;
	/** Unit shown after the label, e.g. `m` or `ft`. */
	unit?: string;
	options?: { value: string; label: string }[];
	/** Why the field cannot be edited now, if it cannot. */
	disabled?: string;
	/** What the value means, when the label alone does not say (shown as the input's title). */
	hint?: string;
}

export interface ActionView {
	key: 'flip-hinge' | 'flip-swing';
	label: string;
}

/** A read-only figure shown with a group, e.g. a room's net area. */
export interface InfoView {
	label: string;
	value: string;
}

export interface FieldGroup {
	kind: GroupKind;
	title: string;
	ids: RecordId[];
	fields: FieldView[];
	actions: ActionView[];
	info: InfoView[];
}

export type CommitResult = { ok: true; command: Command | null } | { ok: false; error: string };

type RecordOfKind = { wall: Wall; opening: Opening; room: Room; furniture: Furniture };

/** Largest sizes a person may type; beyond them a value is surely a slip. */
export const MAX = {
	thickness: 200,
	height: 2000,
	wallLength: 100_000,
	size: 2000,
	elevation: 2000
};

const positive = (max: number): LengthLimits => ({ min: 0, max, exclusiveMin: true });
const nonNegative = (max: number): LengthLimits => ({ min: 0, max });

interface FieldSpec<K extends GroupKind> {
	key: string;
	label: string;
	input: InputKind;
	limits?: LengthLimits;
	hint?: string;
	options?: () => { value: string; label: string }[];
	/** The stored value: cm for lengths, radians for angles, text otherwise. */
	get(record: RecordOfKind[K], doc: PlanDocument): number | string | null;
	/** The change for one member: a record patch, or a whole command when more moves. */
	set(record: RecordOfKind[K], value: number | string, doc: PlanDocument): Command;
	/** Own reading and display of the typed text, for fields the generic input kinds do not fit. */
	parse?(text: string): { ok: true; value: number } | { ok: false; error: string };
	format?(value: number): string;
	disabled?(records: RecordOfKind[K][]): string | undefined;
}

function patch<K extends GroupKind>(kind: K, label: string, field: string) {
	const collection = (
		{ wall: 'walls', opening: 'openings', room: 'rooms', furniture: 'furniture' } as const
	)[kind];
	return (record: RecordOfKind[K], value: number | string): Command =>
		updateRecord(collection, record.id as never, { [field]: value } as never, label);
}

function wallLength(wall: Wall, doc: PlanDocument): number {
	return wallCentreLength(doc.corners[wall.start], doc.corners[wall.end], wall.arcExtent);
}

/** A new length moves the wall's end corner along the wall (an arc keeps its bend). */
function setWallLength(wall: Wall, value: number | string, doc: PlanDocument): Command {
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	const k = (value as number) / wallLength(wall, doc);
	return updateRecord(
		'corners',
		wall.end as CornerId,
		{ x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k },
		'Change wall length'
	);
}

/**
 * Bends a wall into an arc between its corners (0 makes it straight again). Its doors and
 * windows keep their place relative to the wall's length (a door in the middle stays in the
 * middle of the arc), kept inside the wall.
 */
function setWallCurve(wall: Wall, value: number | string, doc: PlanDocument): Command {
	const extent = value as number;
	// A straight wall stays as stored (null or 0): typing 0 into it changes nothing.
	const arcExtent = extent === 0 ? (wall.arcExtent ? null : wall.arcExtent) : extent;
	const bend = updateRecord('walls', wall.id, { arcExtent }, 'Curve wall');
	const a = doc.corners[wall.start];
	const b = doc.corners[wall.end];
	const before = wallCentreLength(a, b, wall.arcExtent);
	const after = wallCentreLength(a, b, arcExtent);
	const follow = Object.values(doc.openings)
		.filter((o) => o.wall === wall.id && before > 0)
		.map((o) => {
			const offset = Math.min(
				after - o.width / 2,
				Math.max(o.width / 2, (o.offset * after) / before)
			);
			return updateRecord('openings', o.id, { offset }, 'Curve wall');
		});
	return follow.length ? sequence('Curve wall', [bend, ...follow]) : bend;
}

const finishOptions = (surface: 'floor' | 'ceiling') => () =>
	finishesFor(surface).map((f) => ({ value: f.id, label: f.name }));

const SPECS: { [K in GroupKind]: FieldSpec<K>[] } = {
	wall: [
		{
			key: 'thickness',
			label: 'Thickness',
			input: 'length',
			limits: positive(MAX.thickness),
			get: (w) => w.thickness,
			set: patch('wall', 'Change wall thickness', 'thickness')
		},
		{
			key: 'height',
			label: 'Height',
			input: 'length',
			limits: positive(MAX.height),
			get: (w) => w.height,
			set: patch('wall', 'Change wall height', 'height')
		},
		{
			key: 'length',
			label: 'Length',
			input: 'length',
			limits: { min: 1, max: MAX.wallLength },
			get: (w, doc) => wallLength(w, doc),
			set: setWallLength
		},
		{
			key: 'curve',
			label: 'Curve',
			input: 'angle',
			hint: 'Degrees the wall turns from end to end: positive bulges to the left of the way it was drawn, negative to the right, 0 is straight',
			get: (w) => w.arcExtent ?? 0,
			parse: parseCurve,
			format: formatCurve,
			set: setWallCurve
		}
	],
	opening: [
		{
			key: 'width',
			label: 'Width',
			input: 'length',
			limits: positive(MAX.size),
			get: (o) => o.width,
			set: patch('opening', 'Change opening width', 'width')
		},
		{
			key: 'height',
			label: 'Height',
			input: 'length',
			limits: positive(MAX.height),
			get: (o) => o.height,
			set: patch('opening', 'Change opening height', 'height')
		},
		{
			key: 'sill',
			label: 'Sill height',
			input: 'length',
			limits: nonNegative(MAX.height),
			get: (o) => o.sill,
			set: patch('opening', 'Change sill height', 'sill')
		}
	],
	room: [
		{
			key: 'name',
			label: 'Name',
			input: 'text',
			get: (r) => r.name,
			set: patch('room', 'Rename room', 'name')
		},
		{
			key: 'floorFinish',
			label: 'Floor',
			input: 'select',
			options: finishOptions('floor'),
			get: (r) => r.floorFinish,
			set: patch('room', 'Change floor finish', 'floorFinish')
		},
		{
			key: 'ceilingFinish',
			label: 'Ceiling',
			input: 'select',
			options: finishOptions('ceiling'),
			get: (r) => r.ceilingFinish,
			set: patch('room', 'Change ceiling finish', 'ceilingFinish')
		}
	],
	furniture: [
		{
			key: 'width',
			label: 'Width',
			input: 'length',
			limits: positive(MAX.size),
			get: (f) => f.width,
			set: patch('furniture', 'Resize furniture', 'width')
		},
		{
			key: 'depth',
			label: 'Depth',
			input: 'length',
			limits: positive(MAX.size),
			get: (f) => f.depth,
			set: patch('furniture', 'Resize furniture', 'depth')
		},
		{
			key: 'height',
			label: 'Height',
			input: 'length',
			limits: positive(MAX.size),
			get: (f) => f.height,
			set: patch('furniture', 'Resize furniture', 'height')
		},
		{
			key: 'rotation',
			label: 'Rotation',
			input: 'angle',
			get: (f) => f.rotation,
			set: patch('furniture', 'Rotate furniture', 'rotation')
		},
		{
			key: 'elevation',
			label: 'Elevation',
			input: 'length',
			limits: nonNegative(MAX.elevation),
			get: (f) => f.elevation,
			set: patch('furniture', 'Change elevation', 'elevation')
		},
		{
			key: 'color',
			label: 'Colour',
			input: 'color',
			get: (f) => f.color ?? getItem(f.catalogId)?.color ?? '#808080',
			set: patch('furniture', 'Change colour', 'color')
		}
	]
};

const TITLES: Record<GroupKind, [string, string]> = {
	wall: ['Wall', 'Walls'],
	opening: ['Opening', 'Openings'],
	room: ['Room', 'Rooms'],
	furniture: ['Furniture', 'Furniture']
};

const PREFIX_KIND: Record<string, GroupKind> = {
	wall: 'wall',
	opening: 'opening',
	room: 'room',
	furniture: 'furniture'
};

/** The records of the selection that have properties, by kind, in a fixed order. */
function membersByKind(doc: PlanDocument, selection: Iterable<RecordId>) {
	const out: { [K in GroupKind]: RecordOfKind[K][] } = {
		wall: [],
		opening: [],
		room: [],
		furniture: []
	};
	for (const id of selection) {
		const kind = PREFIX_KIND[id.slice(0, id.indexOf(':'))];
		if (kind === 'wall' && doc.walls[id as WallId]) out.wall.push(doc.walls[id as WallId]);
		if (kind === 'opening' && doc.openings[id as OpeningId])
			out.opening.push(doc.openings[id as OpeningId]);
		if (kind === 'room' && doc.rooms[id as RoomId]) out.room.push(doc.rooms[id as RoomId]);
		if (kind === 'furniture' && doc.furniture[id as FurnitureId])
			out.furniture.push(doc.furniture[id as FurnitureId]);
	}
	return out;
}

const RAD = 180 / Math.PI;

/** Degrees in (−180, 180], one decimal. */
export function formatAngle(radians: number): string {
	let deg = Math.round(radians * RAD * 10) / 10;
	deg = ((((deg + 180) % 360) + 360) % 360) - 180;
	if (deg === -180) deg = 180;
	return `${deg === 0 ? 0 : deg}°`;
}

export function parseAngle(
	text: string
): { ok: true; radians: number } | { ok: false; error: string } {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/(°|degrees?|deg)$/, '')
		.trim()
		.replace(',', '.');
	if (t === '') return { ok: false, error: 'Enter an angle in degrees' };
	if (!/^[-+−]?(\d+(\.\d+)?|\.\d+)$/.test(t))
		return { ok: false, error: 'Enter an angle in degrees, like 90' };
	const deg = Number(t.replace('−', '-'));
	if (Math.abs(deg) > 3600) return { ok: false, error: 'Enter an angle between −360° and 360°' };
	// Keep the stored rotation small and canonical: (−π, π].
	let norm = ((((deg + 180) % 360) + 360) % 360) - 180;
	if (norm === -180) norm = 180;
	return { ok: true, radians: norm / RAD };
}

/** Largest curve a person may type, in degrees: the plan's limit (¾ of a turn). */
export const MAX_CURVE_DEG = Math.round(LIMITS.maxArcExtent * RAD);
/** Smallest non-zero curve, in degrees, rounded up to what the field shows (one decimal). */
export const MIN_CURVE_DEG = Math.ceil(LIMITS.minArcExtent * RAD * 10) / 10;

/** A wall's bend in degrees, signed, one decimal; "0°" for a straight wall. */
export function formatCurve(radians: number): string {
	const deg = Math.round(radians * RAD * 10) / 10;
	return `${deg === 0 ? 0 : deg}°`;
}

/**
 * A typed bend: signed degrees, 0 for straight. Not wrapped like a rotation: 300° is not −60°
 * for an arc, so values past ¾ of a turn are refused, as are bends too slight to draw as arcs.
 */
export function parseCurve(
	text: string
): { ok: true; value: number } | { ok: false; error: string } {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/(°|degrees?|deg)$/, '')
		.trim()
		.replace(',', '.');
	if (t === '') return { ok: false, error: 'Enter a curve in degrees, 0 for straight' };
	if (!/^[-+−]?(\d+(\.\d+)?|\.\d+)$/.test(t))
		return { ok: false, error: 'Enter a curve in degrees, like 45 or −45' };
	const deg = Number(t.replace('−', '-'));
	if (Math.abs(deg) > MAX_CURVE_DEG)
		return { ok: false, error: `Enter a curve between −${MAX_CURVE_DEG}° and ${MAX_CURVE_DEG}°` };
	if (deg !== 0 && Math.abs(deg) < MIN_CURVE_DEG)
		return { ok: false, error: `Use 0 for straight, or at least ${MIN_CURVE_DEG}°` };
	// 270° in radians may round a hair past the plan's limit: keep it on the limit.
	const rad = Math.sign(deg) * Math.min(Math.abs(deg) / RAD, LIMITS.maxArcExtent);
	return { ok: true, value: deg === 0 ? 0 : rad };
}

function display(spec: FieldSpec<GroupKind>, value: number | string | null, units: DisplayUnits) {
	if (value === null) return '';
	if (spec.format) return spec.format(value as number);
	if (spec.input === 'length') return formatLengthForInput(value as number, units);
	if (spec.input === 'angle') return formatAngle(value as number);
	return String(value);
}

/** The groups of fields for a selection, with shared values or "Mixed" (null). */
export function describeSelection(
	doc: PlanDocument,
	selection: Iterable<RecordId>,
	units: DisplayUnits
): FieldGroup[] {
	const members = membersByKind(doc, selection);
	const groups: FieldGroup[] = [];
	for (const kind of ['wall', 'opening', 'room', 'furniture'] as const) {
		const records = members[kind] as RecordOfKind[GroupKind][];
		if (!records.length) continue;
		const specs = SPECS[kind] as FieldSpec<GroupKind>[];
		const fields = specs.map((spec): FieldView => {
			const shown = records.map((r) => display(spec, spec.get(r, doc), units));
			const same = shown.every((s) => s === shown[0]);
			return {
				key: spec.key,
				label: spec.label,
				input: spec.input,
				value: same ? shown[0] : null,
				...(spec.input === 'length' ? { unit: lengthUnitLabel(units) } : {}),
				...(spec.input === 'angle' ? { unit: '°' } : {}),
				...(spec.options ? { options: spec.options() } : {}),
				...(spec.hint ? { hint: spec.hint } : {})
			};
		});
		const [one, many] = TITLES[kind];
		const info: InfoView[] = [];
		if (kind === 'room') {
			const net = (records as Room[]).reduce((sum, r) => sum + roomAreas(doc, r).net, 0);
			info.push({
				label: records.length === 1 ? 'Floor area' : 'Total floor area',
				value: formatArea(net, units)
			});
		}
		groups.push({
			kind,
			title: records.length === 1 ? one : `${records.length} ${many.toLowerCase()}`,
			ids: records.map((r) => r.id),
			fields,
			actions:
				kind === 'opening' && (records as Opening[]).some((o) => o.kind !== 'opening')
					? [
							{ key: 'flip-hinge', label: 'Flip hinge' },
							{ key: 'flip-swing', label: 'Flip swing' }
						]
					: [],
			info
		});
	}
	return groups;
}

/** Reads what was typed into a field of a group as the stored value, or refuses it. */
function parseValue(
	spec: FieldSpec<GroupKind>,
	text: string,
	units: DisplayUnits
): { ok: true; value: number | string } | { ok: false; error: string } {
	if (spec.parse) return spec.parse(text);
	switch (spec.input) {
		case 'length': {
			const r = checkLength(text, units, spec.limits!);
			if (!r.ok) return r;
			// The plan keeps sizes of at least 1 mm, so geometry stays finite.
			if (spec.limits!.exclusiveMin && r.cm < LIMITS.minSize)
				return { ok: false, error: 'Must be at least 1 mm' };
			return { ok: true, value: r.cm };
		}
		case 'angle': {
			const r = parseAngle(text);
			return r.ok ? { ok: true, value: r.radians } : r;
		}
		case 'text': {
			const t = text.trim();
			if (!t) return { ok: false, error: 'Enter a name' };
			if (t.length > 200) return { ok: false, error: 'At most 200 characters' };
			return { ok: true, value: t };
		}
		case 'select': {
			const allowed = spec.options?.().some((o) => o.value === text) && getFinish(text);
			return allowed ? { ok: true, value: text } : { ok: false, error: 'Choose one of the list' };
		}
		case 'color':
			return /^#[0-9a-fA-F]{6}$/.test(text)
				? { ok: true, value: text.toLowerCase() }
				: { ok: false, error: 'Enter a colour like #a0b1c2' };
	}
}

/** Turns the validator's rule into words for the person who typed the value. */
function explain(message: string): string {
	if (message.includes('fit within its wall')) return 'Too wide for its wall at this position';
	if (message.includes('fit under its wall')) return 'Taller than the wall allows';
	if (message.includes('must not overlap')) return 'Would overlap another door or window';
	if (message.includes('cm long')) return 'Too short';
	return `Not possible: ${message}`;
}

function newErrors(before: PlanDocument, after: PlanDocument): string | null {
	const result = validateDocument(after);
	if (result.ok) return null;
	const old = validateDocument(before);
	const known = new Set(old.ok ? [] : old.errors.map((e) => `${e.path} ${e.message}`));
	const fresh = result.errors.find((e) => !known.has(`${e.path} ${e.message}`));
	return fresh ? explain(fresh.message) : null;
}

/**
 * The command for a value typed into one field of a group: applied to every member, checked
 * against the whole document (an opening must still fit its wall, …). `command` is null when
 * nothing would change.
 */
export function commitField(
	doc: PlanDocument,
	group: Pick<FieldGroup, 'kind' | 'ids'>,
	key: string,
	text: string,
	units: DisplayUnits
): CommitResult {
	const spec = (SPECS[group.kind] as FieldSpec<GroupKind>[]).find((s) => s.key === key);
	if (!spec) return { ok: false, error: `No field ${key}` };
	const parsed = parseValue(spec, text, units);
	if (!parsed.ok) return parsed;
	const records = membersByKind(doc, group.ids)[group.kind] as RecordOfKind[GroupKind][];
	if (!records.length) return { ok: true, command: null };
	const commands = records.map((r) => spec.set(r, parsed.value, doc));
	const command = commands.length === 1 ? commands[0] : sequence(commands[0].label, commands);
	const diff = command.run(doc);
	if (isEmptyDiff(diff)) return { ok: true, command: null };
	const error = newErrors(doc, applyDiff(doc, diff));
	if (error) return { ok: false, error };
	return { ok: true, command };
}

/** Flips which end the leaves hinge on, or which side they swing to. */
export function flipCommand(
	doc: PlanDocument,
	ids: RecordId[],
	action: ActionView['key']
): Command | null {
	const openings = membersByKind(doc, ids).opening;
	if (!openings.length) return null;
	const commands = openings.map((o) =>
		action === 'flip-hinge'
			? updateRecord(
					'openings',
					o.id,
					{ hinge: o.hinge === 'start' ? 'end' : 'start' },
					'Flip hinge'
				)
			: updateRecord(
					'openings',
					o.id,
					{ swing: o.swing === 'left' ? 'right' : 'left' },
					'Flip swing'
				)
	);
	return commands.length === 1 ? commands[0] : sequence(commands[0].label, commands);
}
