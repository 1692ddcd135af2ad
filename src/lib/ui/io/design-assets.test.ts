import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../plan/document';
import { LIMITS } from '../../plan/limits';
import { applyDiff, invertDiff } from '../../plan/diff';
import { runCommand } from '../../plan/commands';
import { validateDocument } from '../../plan/validate';
import type { LevelId, PlanDocument } from '../../plan/types';
import { CalibrationError, imageToPlan } from '../../io/trace';
import type { UserModel } from '../catalog/user-model';
import {
	addModelCommand,
	DEVICE_DESIGN_MAX_CHARS,
	deviceRefusal,
	levelBackground,
	modelRefusal,
	recalibrateCommand,
	scaleRefusal,
	traceCommand,
	traceRefusal
} from './design-assets';
import type { TracedImage } from './trace-image';

const zeros = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);

const lamp = (bytes = 3000): UserModel => ({
	name: 'Lamp',
	format: 'glb',
	data: zeros(bytes),
	width: 40,
	depth: 35,
	height: 150,
	triangles: 12
});

const traced = (bytes = 3000): TracedImage => ({
	mime: 'image/png',
	data: zeros(bytes),
	image: {
		src: 'blob:x',
		pixelWidth: 400,
		pixelHeight: 200,
		cmPerPixel: 2,
		x: 0,
		y: 0,
		rotation: 0,
		opacity: 0.5,
		visible: true,
		level: null
	}
});

function setup() {
	const doc = createEmptyDocument();
	return { doc, level: Object.keys(doc.levels)[0] as LevelId };
}

describe('adding models and trace images to a design', () => {
	it('adds a model with a piece of its size in one undoable step that validates', () => {
		const { doc, level } = setup();
		const { command, furniture } = addModelCommand(lamp(), level, { x: 100, y: 50 });
		const r = runCommand(doc, command);
		expect(validateDocument(r.doc).ok).toBe(true);
		const piece = r.doc.furniture[furniture];
		expect(piece).toMatchObject({ x: 100, y: 50, width: 40, depth: 35, height: 150, level });
		expect(r.doc.models?.[piece.catalogId as never]).toMatchObject({ name: 'Lamp' });
		const undone = applyDiff(r.doc, invertDiff(r.diff));
		expect(undone.furniture).toEqual({});
		expect(undone.models).toEqual({});
	});

	it('refuses a model the design has no room left for, saying why', () => {
		const start = setup();
		let doc = start.doc;
		const level = start.level;
		expect(modelRefusal(doc, lamp())).toBeNull();
		for (let i = 0; i < 3; i++)
			doc = runCommand(
				doc,
				addModelCommand(lamp(4 * 1024 * 1024), level, { x: 0, y: 0 }).command
			).doc;
		expect(modelRefusal(doc, lamp(3000))).toMatch(
			/^The design would hold 12\.0 MB of models and trace images; the limit is 12\.0 MB/
		);
		const many = { ...doc, models: {} } as PlanDocument;
		for (let i = 0; i < LIMITS.maxModels; i++)
			many.models![`model:m${i}`] = { ...lamp(), id: `model:m${i}` };
		expect(modelRefusal(many, lamp())).toMatch(/already holds 20 models/);
	});

	it('puts a trace image centred in the view, replacing the level one, kept valid', () => {
		const { doc, level } = setup();
		const first = runCommand(doc, traceCommand(doc, traced(), level, { x: 300, y: 100 }).command);
		const bg = levelBackground(first.doc, level)!;
		const centre = imageToPlan(bg, { x: 200, y: 100 });
		expect(centre.x).toBeCloseTo(300);
		expect(centre.y).toBeCloseTo(100);
		expect(bg).toMatchObject({ level, mime: 'image/png', cmPerPixel: 2, visible: true });
		const second = runCommand(
			first.doc,
			traceCommand(first.doc, traced(), level, { x: 0, y: 0 }).command
		);
		expect(Object.keys(second.doc.backgrounds ?? {})).toHaveLength(1);
		expect(levelBackground(second.doc, level)!.id).not.toBe(bg.id);
		expect(validateDocument(second.doc).ok).toBe(true);
		expect(traceRefusal(second.doc, traced(LIMITS.maxAssetBytes + 3), level)).toMatch(
			/limit is 12\.0 MB/
		);
		// Replacing the level's image does not count the old one.
		expect(traceRefusal(second.doc, traced(LIMITS.maxBackgroundBytes), level)).toBeNull();
	});

	it('refuses files a design kept in this browser has no room for, saying where it is kept', () => {
		const { doc, level } = setup();
		expect(modelRefusal(doc, lamp(3_000_000), true)).toBeNull();
		expect(modelRefusal(doc, lamp(4_000_000), false)).toBeNull();
		expect(modelRefusal(doc, lamp(4_000_000), true)).toMatch(
			/^This design is kept in this browser, which has room for about 3\.4 MB/
		);
		expect(
			deviceRefusal(doc, ((DEVICE_DESIGN_MAX_CHARS - JSON.stringify(doc).length) * 3) / 4)
		).toBeNull();
		const withTrace = runCommand(
			doc,
			traceCommand(doc, traced(3_000_000), level, { x: 0, y: 0 }).command
		).doc;
		// Replacing the image counts only what it adds.
		expect(traceRefusal(withTrace, traced(3_100_000), level, true)).toBeNull();
		expect(modelRefusal(withTrace, lamp(1_000_000), true)).toMatch(/kept in this browser/);
	});
});

describe('re-calibrating a trace image', () => {
	/** A level with the 400 × 200 px image at 2 cm a pixel, turned by `rotation`. */
	function traced2(rotation = 0) {
		const { doc, level } = setup();
		const t = traced();
		t.image.rotation = rotation;
		const r = runCommand(doc, traceCommand(doc, t, level, { x: 300, y: 100 }).command);
		return { doc: r.doc, level, bg: levelBackground(r.doc, level)! };
	}

	it('changes the scale in one undo step, keeping the first point where it was on the plan', () => {
		for (const rotation of [0, 0.6]) {
			const { doc, bg } = traced2(rotation);
			const a = { x: 50, y: 100 };
			const b = { x: 350, y: 100 };
			const pinned = imageToPlan(bg, a);
			// 300 px said to be 12 m: 4 cm a pixel, twice the first calibration.
			const r = runCommand(doc, recalibrateCommand(bg, { a, b, distanceCm: 1200 }));
			const after = r.doc.backgrounds![bg.id];
			expect(after.cmPerPixel).toBeCloseTo(4, 10);
			expect(after.rotation).toBe(rotation);
			const moved = imageToPlan(after, a);
			expect(moved.x).toBeCloseTo(pinned.x, 9);
			expect(moved.y).toBeCloseTo(pinned.y, 9);
			// The far point is now twice as far from the pinned one.
			const far = imageToPlan(after, b);
			expect(Math.hypot(far.x - moved.x, far.y - moved.y)).toBeCloseTo(1200, 6);
			// The image bytes are kept; the document still validates.
			expect(after).toMatchObject({ data: bg.data, mime: bg.mime, pixelWidth: 400 });
			expect(validateDocument(r.doc).ok).toBe(true);
			// One undo step restores the record exactly.
			expect(applyDiff(r.doc, invertDiff(r.diff)).backgrounds![bg.id]).toEqual(bg);
		}
	});

	it('straightens the picked line when asked, still around the first point', () => {
		const { doc, bg } = traced2();
		const a = { x: 100, y: 50 };
		const b = { x: 200, y: 150 };
		const pinned = imageToPlan(bg, a);
		const after = runCommand(
			doc,
			recalibrateCommand(bg, { a, b, distanceCm: 100 * Math.SQRT2, straighten: true })
		).doc.backgrounds![bg.id];
		expect(after.cmPerPixel).toBeCloseTo(1, 10);
		expect(after.rotation).toBeCloseTo(-Math.PI / 4, 10);
		const p = imageToPlan(after, a);
		const q = imageToPlan(after, b);
		expect(p.x).toBeCloseTo(pinned.x, 9);
		expect(p.y).toBeCloseTo(pinned.y, 9);
		expect(q.y).toBeCloseTo(p.y, 9);
	});

	it('refuses a zero, negative or missing distance, the same point twice, points off the image and scales the record cannot keep', () => {
		const { bg } = traced2();
		const a = { x: 50, y: 100 };
		const b = { x: 350, y: 100 };
		const refused = (r: Parameters<typeof recalibrateCommand>[1]) => {
			try {
				recalibrateCommand(bg, r);
			} catch (e) {
				expect(e).toBeInstanceOf(CalibrationError);
				return (e as Error).message;
			}
			return null;
		};
		expect(refused({ a, b, distanceCm: 0 })).toMatch(/positive length/);
		expect(refused({ a, b, distanceCm: -5 })).toMatch(/positive length/);
		expect(refused({ a, b, distanceCm: Number.NaN })).toMatch(/positive length/);
		expect(refused({ a, b, distanceCm: null as unknown as number })).toMatch(/positive length/);
		expect(refused({ a, b: a, distanceCm: 500 })).toMatch(/further apart/);
		expect(refused({ a, b: { x: 500, y: 100 }, distanceCm: 500 })).toMatch(/on the image/);
		expect(refused({ a, b, distanceCm: 1e-3 })).toMatch(/smaller than a micron/);
		expect(refused({ a, b, distanceCm: 1e6 })).toMatch(/longer than 10 m/);
		expect(refused({ a, b, distanceCm: 600 })).toBeNull();
		expect(scaleRefusal(2)).toBeNull();
	});
});
