/**
 * PNG images, made in the browser: the plan's SVG rasterised through an <img> onto a canvas
 * at a chosen pixel width, and the 3D view's canvas read back with `toBlob`.
 */
import type { PlanDocument } from '../plan/types';
import { exportPlanSvg, type SvgExportOptions } from './svg';
import { step, type TaskOptions } from './progress';

/** Browsers refuse canvases much larger than this (Chromium: 16384 px a side, ~268 Mpx). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 120_000_000;

export interface PngSize {
	width: number;
	height: number;
}

/** The pixel size for a target width keeping the aspect ratio, refusing what canvases cannot hold. */
export function pngSize(aspect: number, width: number): PngSize {
	const w = Math.round(width);
	const h = Math.max(1, Math.round(w / aspect));
	if (!(w >= 1) || w > MAX_CANVAS_SIDE || h > MAX_CANVAS_SIDE || w * h > MAX_CANVAS_PIXELS)
		throw new RangeError(
			`A ${w} × ${h} px image is larger than browsers can draw (at most ${MAX_CANVAS_SIDE} px a side)`
		);
	return { width: w, height: h };
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('The canvas could not be encoded'))),
			'image/png'
		)
	);
}

/** Rasterises SVG text to a PNG `width` pixels wide on a white background. */
export async function svgToPng(
	svg: string,
	width: number,
	options: TaskOptions = {}
): Promise<Blob> {
	const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
	if (!box) throw new Error('The SVG has no viewBox');
	const size = pngSize(Number(box[3]) / Number(box[4]), width);
	await step(options, 0.1, 'Drawing the plan');
	// Give the image a pixel size so it is drawn sharp at the target resolution.
	const sized = svg.replace(
		/ width="[\d.]+mm" height="[\d.]+mm"/,
		` width="${size.width}" height="${size.height}"`
	);
	const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		img.src = url;
		await img.decode();
		await step(options, 0.5, 'Rasterising');
		const canvas = document.createElement('canvas');
		canvas.width = size.width;
		canvas.height = size.height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw on a canvas');
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, size.width, size.height);
		ctx.drawImage(img, 0, 0, size.width, size.height);
		await step(options, 0.8, 'Encoding PNG');
		const blob = await canvasBlob(canvas);
		await step(options, 1, 'Done');
		return blob;
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function exportPlanPng(
	doc: PlanDocument,
	width: number,
	options: SvgExportOptions & TaskOptions = {}
): Promise<Blob> {
	return svgToPng(exportPlanSvg(doc, options), width, options);
}

/**
 * A PNG of a canvas (the 3D view), optionally resized to `width` pixels. Call it right after a
 * frame was rendered (or with `preserveDrawingBuffer`), else WebGL canvases read back blank.
 */
export async function canvasToPng(source: HTMLCanvasElement, width?: number): Promise<Blob> {
	if (!width || width === source.width) return canvasBlob(source);
	const size = pngSize(source.width / source.height, width);
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw on a canvas');
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(source, 0, 0, size.width, size.height);
	return canvasBlob(canvas);
}
