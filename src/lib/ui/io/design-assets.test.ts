import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../plan/document';
import { LIMITS } from '../../plan/limits';
import { applyDiff, invertDiff } from '../../plan/diff';
import { runCommand } from '../../plan/commands';
import { validateDocument } from '../../plan/validate';
import type { LevelId, PlanDocument } from '../../plan/types';
import { imageToPlan } from '../../io/trace';
import type { UserModel } from '../catalog/user-model';
import {
	addModelCommand,
	DEVICE_DESIGN_MAX_CHARS,
	deviceRefusal,
	levelBackground,
	modelRefusal,
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
