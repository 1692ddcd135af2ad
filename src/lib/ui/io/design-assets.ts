/**
 * The editor's actions on the files kept in a design: add an uploaded model with one piece
 * that uses it, put a calibrated trace image under a level (replacing the level's old one),
 * and the size checks that tell the person before the validator would refuse the design.
 */
import { LIMITS } from '../../plan/limits';
import { putRecords, removeRecords, sequence, type Command } from '../../plan/commands';
import { base64Bytes, createBackground, createFurniture, createModel } from '../../plan/records';
import type {
	Background,
	BackgroundId,
	FurnitureId,
	LevelId,
	PlanDocument,
	Vec2
} from '../../plan/types';
import { centreOn } from '../../io/trace';
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

/** The trace image shown on `level` (its own, else one for every level). */
export function levelBackground(doc: PlanDocument, level: LevelId | null): Background | null {
	const all = Object.values(doc.backgrounds ?? {});
	return all.find((b) => b.level === level) ?? all.find((b) => b.level === null) ?? null;
}

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
