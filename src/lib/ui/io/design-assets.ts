/**
 * The editor's actions on the files kept in a design: add an uploaded model with one piece
 * that uses it, put a calibrated trace image under a level (replacing the level's old one),
 * and the size checks that tell the person before the validator would refuse the design.
 */
import { LIMITS } from '../../plan/limits';
import {
	putRecords,
	removeRecords,
	sequence,
	updateRecord,
	type Command
} from '../../plan/commands';
import { base64Bytes, createBackground, createFurniture, createModel } from '../../plan/records';
import type {
	Background,
	BackgroundId,
	FurnitureId,
	LevelId,
	PlanDocument,
	Vec2
} from '../../plan/types';
import { calibrateScale, CalibrationError, centreOn, imageToPlan } from '../../io/trace';
import { levelBackground } from '../../editor/tools/trace-move';
import type { UserModel } from '../catalog/user-model';
import type { TracedImage } from './trace-image';

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Characters of JSON a design kept in this browser (/editor, localStorage) may take. Chromium
 * keeps about 5.2 million characters per site (measured: 5,234,375); a little is left for the
 * other keys and for the edits that follow.
 */
export const DEVICE_DESIGN_MAX_CHARS = 4_800_000;

/** Base64 characters of `bytes`. */
const base64Chars = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** Why a design kept in this browser cannot take `addedBytes` more of files, or null. */
export function deviceRefusal(doc: PlanDocument, addedBytes: number): string | null {
	const chars = JSON.stringify(doc).length + base64Chars(addedBytes);
	if (chars <= DEVICE_DESIGN_MAX_CHARS) return null;
	return `This design is kept in this browser, which has room for about ${megabytes((DEVICE_DESIGN_MAX_CHARS * 3) / 4)} of models and images. Sign in to keep bigger files with your design.`;
}

/** Bytes of every model and trace image in the design. */
export function assetBytes(doc: PlanDocument, except?: string): number {
	let total = 0;
	for (const m of Object.values(doc.models ?? {}))
		if (m.id !== except) total += base64Bytes(m.data);
	for (const b of Object.values(doc.backgrounds ?? {}))
		if (b.id !== except) total += base64Bytes(b.data);
	return total;
}

/** Why a model cannot be added to the design, or null when it can. */
export function modelRefusal(
	doc: PlanDocument,
	model: UserModel,
	keptOnDevice = false
): string | null {
	if (Object.keys(doc.models ?? {}).length >= LIMITS.maxModels)
		return `This design already holds ${LIMITS.maxModels} models, the most it can keep.`;
	const total = assetBytes(doc) + base64Bytes(model.data);
	if (total > LIMITS.maxAssetBytes)
		return `The design would hold ${megabytes(total)} of models and trace images; the limit is ${megabytes(LIMITS.maxAssetBytes)}. Remove a model or the trace image first.`;
	return keptOnDevice ? deviceRefusal(doc, base64Bytes(model.data)) : null;
}

// The trace image a level shows: the move tool needs it too, and the editor may not import ui.
export { levelBackground };

/** Why a trace image cannot be kept, or null when it can. */
export function traceRefusal(
	doc: PlanDocument,
	traced: TracedImage,
	level: LevelId | null,
	keptOnDevice = false
) {
	const old = Object.values(doc.backgrounds ?? {}).find((b) => b.level === level);
	const total = assetBytes(doc, old?.id) + base64Bytes(traced.data);
	if (total > LIMITS.maxAssetBytes)
		return `The design would hold ${megabytes(total)} of models and trace images; the limit is ${megabytes(LIMITS.maxAssetBytes)}.`;
	if (!old && Object.keys(doc.backgrounds ?? {}).length >= LIMITS.maxBackgrounds)
		return `This design already holds ${LIMITS.maxBackgrounds} trace images, the most it can keep.`;
	if (!keptOnDevice) return null;
	const replaced = old ? base64Bytes(old.data) : 0;
	return deviceRefusal(doc, Math.max(0, base64Bytes(traced.data) - replaced));
}

/** One undo step: the model and a piece using it, centred on `at`. */
export function addModelCommand(
	model: UserModel,
	level: LevelId,
	at: Vec2
): { command: Command; furniture: FurnitureId } {
	const record = createModel(model);
	const piece = createFurniture({
		level,
		catalogId: record.id,
		name: model.name,
		x: at.x,
		y: at.y,
		width: model.width,
		depth: model.depth,
		height: model.height
	});
	return { command: putRecords([record, piece], `Add ${model.name}`), furniture: piece.id };
}

/** One undo step: the level's old trace image out, the new one in, centred on `centre`. */
export function traceCommand(
	doc: PlanDocument,
	traced: TracedImage,
	level: LevelId | null,
	centre: Vec2
): { command: Command; background: BackgroundId } {
	const { image, mime, data } = traced;
	const placed = centreOn(image, centre);
	const record = createBackground({
		level,
		mime,
		data,
		pixelWidth: image.pixelWidth,
		pixelHeight: image.pixelHeight,
		cmPerPixel: placed.cmPerPixel,
		x: placed.x,
		y: placed.y,
		rotation: placed.rotation,
		opacity: image.opacity,
		visible: true
	});
	const old = Object.values(doc.backgrounds ?? {})
		.filter((b) => b.level === level)
		.map((b) => b.id);
	return {
		command: sequence('Trace image', [removeRecords(old), putRecords([record])]),
		background: record.id
	};
}

/** The scales a Background record may have (its schema's bounds): a micron to 10 m a pixel. */
export const CM_PER_PIXEL = { min: 1e-4, max: 1000 } as const;

/** Why a calibrated scale cannot be kept, or null when it can. */
export function scaleRefusal(cmPerPixel: number): string | null {
	if (cmPerPixel < CM_PER_PIXEL.min)
		return 'That makes one image pixel smaller than a micron. Check the distance and its unit.';
	if (cmPerPixel > CM_PER_PIXEL.max)
		return 'That makes one image pixel longer than 10 m. Check the distance and its unit.';
	return null;
}

/** Two points picked again on the kept image and the real distance between them. */
export interface Recalibration {
	/** Image pixels; `a` stays where it is on the plan. */
	a: Vec2;
	b: Vec2;
	distanceCm: number;
	/** Turn the image so a→b runs along the plan's x axis; otherwise its turn is kept. */
	straighten?: boolean;
}

/**
 * The trace image's new scale (and turn, when straightened) from a recalibration, placed so that
 * image point `a` stays on the plan where it was: the image grows or shrinks around the point the
 * person clicked first instead of jumping away. Throws CalibrationError with the reason.
 */
export function recalibratedPlacement(
	bg: Background,
	r: Recalibration
): Pick<Background, 'cmPerPixel' | 'x' | 'y' | 'rotation'> {
	const inside = (p: Vec2) => p.x >= 0 && p.y >= 0 && p.x <= bg.pixelWidth && p.y <= bg.pixelHeight;
	if (!inside(r.a) || !inside(r.b)) throw new CalibrationError('Pick both points on the image');
	const cmPerPixel = calibrateScale(r.a, r.b, r.distanceCm);
	const refusal = scaleRefusal(cmPerPixel);
	if (refusal) throw new CalibrationError(refusal);
	const rotation = r.straighten ? -Math.atan2(r.b.y - r.a.y, r.b.x - r.a.x) : bg.rotation;
	const fixed = imageToPlan(bg, r.a);
	const from = imageToPlan({ cmPerPixel, rotation, x: 0, y: 0 }, r.a);
	const x = fixed.x - from.x;
	const y = fixed.y - from.y;
	if (Math.max(Math.abs(x), Math.abs(y)) > LIMITS.maxCoordinate)
		throw new CalibrationError(
			'At that scale the image would reach past 10 km from the plan. Check the distance.'
		);
	return { cmPerPixel, x, y, rotation };
}

/** One undo step: the trace image's scale replaced (see recalibratedPlacement; it may throw). */
export function recalibrateCommand(bg: Background, r: Recalibration): Command {
	return updateRecord(
		'backgrounds',
		bg.id,
		recalibratedPlacement(bg, r),
		'Adjust trace image scale'
	);
}
