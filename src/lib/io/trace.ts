/**
 * Tracing over a scanned plan: a background image placed on the plan, calibrated by two points
 * picked on it and the real distance between them. The editor keeps the calibrated image in the
 * document as a `Background` record (plan/types.ts) with the image bytes, so it survives reloads.
 */
import type { Background, LevelId, Vec2 } from '../plan/types';

/** A background image placed on the plan: the stored record's placement, with a URL to draw. */
export type BackgroundImage = Omit<Background, 'id' | 'mime' | 'data'> & {
	/** Object URL or data URL of the image. */
	src: string;
};

export class CalibrationError extends Error {}

/**
 * Centimetres per pixel from two image points (pixels) and the real distance between them (cm).
 */
export function calibrateScale(a: Vec2, b: Vec2, distanceCm: number): number {
	const pixels = Math.hypot(b.x - a.x, b.y - a.y);
	if (!(distanceCm > 0) || !Number.isFinite(distanceCm))
		throw new CalibrationError('The distance must be a positive length');
	if (pixels < 2) throw new CalibrationError('Pick two points further apart on the image');
	return distanceCm / pixels;
}

/** Where an image pixel lies on the plan. */
export function imageToPlan(
	bg: Pick<BackgroundImage, 'cmPerPixel' | 'x' | 'y' | 'rotation'>,
	p: Vec2
): Vec2 {
	const c = Math.cos(bg.rotation);
	const s = Math.sin(bg.rotation);
	const u = p.x * bg.cmPerPixel;
	const v = p.y * bg.cmPerPixel;
	return { x: bg.x + u * c - v * s, y: bg.y + u * s + v * c };
}

/** Which image pixel lies under a plan point. */
export function planToImage(
	bg: Pick<BackgroundImage, 'cmPerPixel' | 'x' | 'y' | 'rotation'>,
	p: Vec2
): Vec2 {
	const c = Math.cos(bg.rotation);
	const s = Math.sin(bg.rotation);
	const dx = p.x - bg.x;
	const dy = p.y - bg.y;
	return { x: (dx * c + dy * s) / bg.cmPerPixel, y: (-dx * s + dy * c) / bg.cmPerPixel };
}

export interface CalibrationInput {
	src: string;
	pixelWidth: number;
	pixelHeight: number;
	/** The two picked image points and the real distance between them. */
	a: Vec2;
	b: Vec2;
	distanceCm: number;
	/** Where image point `a` should land on the plan (default: the image's corner at the origin). */
	anchor?: Vec2;
	/** Turn the image so a→b runs along the plan's x axis (default false). */
	straighten?: boolean;
	level?: LevelId | null;
}

/** A calibrated background image, ready to draw under the plan. */
export function calibrateBackground(input: CalibrationInput): BackgroundImage {
	const cmPerPixel = calibrateScale(input.a, input.b, input.distanceCm);
	const rotation = input.straighten ? -Math.atan2(input.b.y - input.a.y, input.b.x - input.a.x) : 0;
	const placed = { cmPerPixel, x: 0, y: 0, rotation };
	let x = 0;
	let y = 0;
	if (input.anchor) {
		const at = imageToPlan(placed, input.a);
		x = input.anchor.x - at.x;
		y = input.anchor.y - at.y;
	}
	return {
		src: input.src,
		pixelWidth: input.pixelWidth,
		pixelHeight: input.pixelHeight,
		cmPerPixel,
		x,
		y,
		rotation,
		opacity: 0.5,
		visible: true,
		level: input.level ?? null
	};
}

/** The same image moved so that its centre lies on `p` (e.g. the middle of the view). */
export function centreOn<T extends Pick<BackgroundImage, 'cmPerPixel' | 'x' | 'y' | 'rotation'>>(
	bg: T & Pick<BackgroundImage, 'pixelWidth' | 'pixelHeight'>,
	p: Vec2
): T {
	const c = imageToPlan(bg, { x: bg.pixelWidth / 2, y: bg.pixelHeight / 2 });
	return { ...bg, x: bg.x + p.x - c.x, y: bg.y + p.y - c.y };
}
