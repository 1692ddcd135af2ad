/**
 * Gets a chosen image ready to keep in the design as a trace background: PNG, JPEG and WebP
 * within the size cap are kept as they are; anything larger (or another format the browser can
 * decode) is redrawn smaller as JPEG until it fits. Browser only (createImageBitmap, canvas).
 */
import { LIMITS } from '../../plan/limits';
import type { BackgroundMime } from '../../plan/types';
import type { BackgroundImage } from '../../io/trace';

/** What the trace dialog hands back: the calibrated placement and the image bytes. */
export interface TracedImage {
	image: BackgroundImage;
	mime: BackgroundMime;
	data: string;
}

export interface TraceImageFile {
	blob: Blob;
	mime: BackgroundMime;
	width: number;
	height: number;
	/** True when the image was redrawn smaller to fit the cap. */
	reduced: boolean;
}

const KEPT: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];
/** Longest side of a redrawn image: plenty for tracing, and what every GPU can draw. */
const MAX_SIDE = 4096;

export class TraceImageError extends Error {}

function encode(bitmap: ImageBitmap, scale: number, quality: number): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = Math.max(1, Math.round(bitmap.width * scale));
	canvas.height = Math.max(1, Math.round(bitmap.height * scale));
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new TraceImageError('This browser cannot redraw the image.');
	ctx.fillStyle = '#fff'; // JPEG has no transparency: scans are on white paper
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new TraceImageError('The image could not be redrawn.'))),
			'image/jpeg',
			quality
		)
	);
}

export async function prepareTraceImage(
	file: Blob,
	maxBytes: number = LIMITS.maxBackgroundBytes
): Promise<TraceImageFile> {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		throw new TraceImageError('This image cannot be read. Choose a PNG, JPEG or WebP file.');
	}
	try {
		const { width, height } = bitmap;
		const fits = Math.max(width, height) <= LIMITS.maxImagePixels;
		if (KEPT.includes(file.type) && file.size <= maxBytes && fits)
			return { blob: file, mime: file.type as BackgroundMime, width, height, reduced: false };
		let scale = Math.min(1, MAX_SIDE / Math.max(width, height));
		for (let i = 0; i < 8; i++) {
			const blob = await encode(bitmap, scale, 0.85);
			if (blob.size <= maxBytes) {
				const w = Math.max(1, Math.round(width * scale));
				const h = Math.max(1, Math.round(height * scale));
				return { blob, mime: 'image/jpeg', width: w, height: h, reduced: true };
			}
			scale *= 0.7;
		}
		throw new TraceImageError('The image is too large to keep with the design.');
	} finally {
		bitmap.close();
	}
}

/** Base64 of a blob's bytes (what the document keeps). */
export async function blobToBase64(blob: Blob): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}
