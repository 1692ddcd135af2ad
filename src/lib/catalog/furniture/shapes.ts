/**
 * Small constructors for symbol shapes, their bounds, and their conversion to SVG path data
 * (absolute commands only, so any renderer or exporter can read it back).
 */
import type {
	ArcShape,
	EllipseShape,
	LineShape,
	PolylineShape,
	RectShape,
	SymbolShape,
	SymbolStyle
} from './types';

export const rect = (
	x: number,
	y: number,
	width: number,
	height: number,
	radius = 0,
	style: SymbolStyle = 'detail'
): RectShape => ({ type: 'rect', x, y, width, height, radius, style });

export const ellipse = (
	cx: number,
	cy: number,
	rx: number,
	ry: number,
	style: SymbolStyle = 'detail'
): EllipseShape => ({ type: 'ellipse', cx, cy, rx, ry, style });

export const circle = (cx: number, cy: number, r: number, style: SymbolStyle = 'detail') =>
	ellipse(cx, cy, r, r, style);

export const line = (
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	style: SymbolStyle = 'detail'
): LineShape => ({ type: 'line', x1, y1, x2, y2, style });

export const arc = (
	cx: number,
	cy: number,
	r: number,
	start: number,
	end: number,
	style: SymbolStyle = 'detail'
): ArcShape => ({ type: 'arc', cx, cy, r, start, end, style });

export const polyline = (
	points: { x: number; y: number }[],
	closed = false,
	style: SymbolStyle = 'detail'
): PolylineShape => ({ type: 'polyline', points, closed, style });

/** The outline of the whole piece: its box with rounded corners. */
export const outline = (width: number, depth: number, radius = 0) =>
	rect(0, 0, width, depth, Math.min(radius, width / 2, depth / 2), 'outline');

export const clamp = (value: number, min: number, max: number) =>
	Math.min(max, Math.max(min, value));

/** Rounds to 0.01 cm so path data stays short. */
const n = (v: number) => {
	const r = Math.round(v * 100) / 100;
	return String(r === 0 ? 0 : r);
};

function rectPath(s: RectShape): string {
	const r = Math.max(0, Math.min(s.radius ?? 0, s.width / 2, s.height / 2));
	const { x, y, width: w, height: h } = s;
	if (r === 0) return `M${n(x)} ${n(y)}H${n(x + w)}V${n(y + h)}H${n(x)}Z`;
	const a = (ex: number, ey: number) => `A${n(r)} ${n(r)} 0 0 1 ${n(ex)} ${n(ey)}`;
	return (
		`M${n(x + r)} ${n(y)}H${n(x + w - r)}${a(x + w, y + r)}V${n(y + h - r)}` +
		`${a(x + w - r, y + h)}H${n(x + r)}${a(x, y + h - r)}V${n(y + r)}${a(x + r, y)}Z`
	);
}

function ellipsePath(s: EllipseShape): string {
	const { cx, cy, rx, ry } = s;
	const half = (ex: number) => `A${n(rx)} ${n(ry)} 0 1 0 ${n(ex)} ${n(cy)}`;
	return `M${n(cx - rx)} ${n(cy)}${half(cx + rx)}${half(cx - rx)}Z`;
}

function arcPath(s: ArcShape): string {
	const px = (a: number) => s.cx + s.r * Math.cos(a);
	const py = (a: number) => s.cy + s.r * Math.sin(a);
	const sweep = s.end >= s.start ? 1 : 0;
	const large = Math.abs(s.end - s.start) > Math.PI ? 1 : 0;
	return (
		`M${n(px(s.start))} ${n(py(s.start))}` +
		`A${n(s.r)} ${n(s.r)} 0 ${large} ${sweep} ${n(px(s.end))} ${n(py(s.end))}`
	);
}

/** SVG path data of one shape, in the symbol's own coordinates (cm). */
export function shapePath(s: SymbolShape): string {
	switch (s.type) {
		case 'rect':
			return rectPath(s);
		case 'ellipse':
			return ellipsePath(s);
		case 'line':
			return `M${n(s.x1)} ${n(s.y1)}L${n(s.x2)} ${n(s.y2)}`;
		case 'arc':
			return arcPath(s);
		case 'polyline':
			return (
				s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('') +
				(s.closed ? 'Z' : '')
			);
	}
}

export type SymbolPaths = Record<SymbolStyle, string>;

/** Joins the shapes into one path per drawing style. */
export function shapesToPaths(shapes: SymbolShape[]): SymbolPaths {
	const paths: SymbolPaths = { outline: '', detail: '', hidden: '' };
	for (const s of shapes) paths[s.style ?? 'detail'] += shapePath(s);
	return paths;
}

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** Exact bounds of a shape (arcs by their extreme points). */
export function shapeBounds(s: SymbolShape): Bounds {
	switch (s.type) {
		case 'rect':
			return { minX: s.x, minY: s.y, maxX: s.x + s.width, maxY: s.y + s.height };
		case 'ellipse':
			return { minX: s.cx - s.rx, minY: s.cy - s.ry, maxX: s.cx + s.rx, maxY: s.cy + s.ry };
		case 'line':
			return {
				minX: Math.min(s.x1, s.x2),
				minY: Math.min(s.y1, s.y2),
				maxX: Math.max(s.x1, s.x2),
				maxY: Math.max(s.y1, s.y2)
			};
		case 'arc': {
			const lo = Math.min(s.start, s.end);
			const hi = Math.max(s.start, s.end);
			const angles = [lo, hi];
			for (let k = Math.ceil(lo / (Math.PI / 2)); k * (Math.PI / 2) <= hi; k++)
				angles.push(k * (Math.PI / 2));
			const xs = angles.map((a) => s.cx + s.r * Math.cos(a));
			const ys = angles.map((a) => s.cy + s.r * Math.sin(a));
			return {
				minX: Math.min(...xs),
				minY: Math.min(...ys),
				maxX: Math.max(...xs),
				maxY: Math.max(...ys)
			};
		}
		case 'polyline': {
			const xs = s.points.map((p) => p.x);
			const ys = s.points.map((p) => p.y);
			return {
				minX: Math.min(...xs),
				minY: Math.min(...ys),
				maxX: Math.max(...xs),
				maxY: Math.max(...ys)
			};
		}
	}
}
