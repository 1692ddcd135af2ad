import type { Vec2 } from '../plan/types';

/**
 * What part of the plan the editor shows. `x`/`y` is the plan point (cm) at the top-left of
 * the view, `scale` is screen pixels per centimetre, `width`/`height` the view's size in pixels.
 * Session state: never saved in the document.
 */
export interface Viewport {
	x: number;
	y: number;
	scale: number;
	width: number;
	height: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 20;

export const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export function screenToPlan(v: Viewport, sx: number, sy: number): Vec2 {
	return { x: v.x + sx / v.scale, y: v.y + sy / v.scale };
}

export function planToScreen(v: Viewport, p: Vec2): Vec2 {
	return { x: (p.x - v.x) * v.scale, y: (p.y - v.y) * v.scale };
}

/** The SVG viewBox for the viewport: pan and zoom change only this one attribute. */
export function viewBox(v: Viewport): string {
	return `${v.x} ${v.y} ${v.width / v.scale} ${v.height / v.scale}`;
}

/** Zooms by `factor` keeping the plan point under screen point (sx, sy) where it is. */
export function zoomAt(v: Viewport, sx: number, sy: number, factor: number): Viewport {
	const scale = clampScale(v.scale * factor);
	const p = screenToPlan(v, sx, sy);
	return { ...v, scale, x: p.x - sx / scale, y: p.y - sy / scale };
}

export function panBy(v: Viewport, dxScreen: number, dyScreen: number): Viewport {
	return { ...v, x: v.x - dxScreen / v.scale, y: v.y - dyScreen / v.scale };
}

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** Fits `b` into the view with `margin` pixels around it; an empty plan shows 10 × 10 m. */
export function fitBounds(v: Viewport, b: Bounds | null, margin = 40): Viewport {
	const box = b ?? { minX: -100, minY: -100, maxX: 900, maxY: 900 };
	const w = Math.max(box.maxX - box.minX, 100);
	const h = Math.max(box.maxY - box.minY, 100);
	const availW = Math.max(v.width - 2 * margin, 10);
	const availH = Math.max(v.height - 2 * margin, 10);
	const scale = clampScale(Math.min(availW / w, availH / h));
	const cx = (box.minX + box.maxX) / 2;
	const cy = (box.minY + box.maxY) / 2;
	return { ...v, scale, x: cx - v.width / 2 / scale, y: cy - v.height / 2 / scale };
}

export function boundsOfPoints(points: Iterable<Vec2>): Bounds | null {
	let b: Bounds | null = null;
	for (const p of points) {
		if (!b) b = { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
		else {
			if (p.x < b.minX) b.minX = p.x;
			if (p.y < b.minY) b.minY = p.y;
			if (p.x > b.maxX) b.maxX = p.x;
			if (p.y > b.maxY) b.maxY = p.y;
		}
	}
	return b;
}
