/**
 * The plan as a standalone SVG at a drawing scale: 1 cm on paper is `scale` cm in the house,
 * so the `width`/`height` attributes are in millimetres and print at true scale. The viewBox
 * stays in plan centimetres. Room names and net areas, walls, openings, furniture footprints
 * (with their catalog symbols), labels and dimensions, each layer in its own `<g>`.
 */
import type { PlanDocument } from '../plan/types';
import { getItem, itemSymbolPaths } from '../catalog';
import { planDrawing, type Layer, type PlanDrawing, type Primitive } from './drawing';
import { svgPath } from '../geometry/shape2d';
import type { LevelId } from '../plan/types';

export interface SvgExportOptions {
	/** Drawing scale denominator: 50 for 1:50, 100 for 1:100 (default 100). */
	scale?: number;
	level?: LevelId;
	/** White space around the plan, in paper millimetres (default 10). */
	marginMm?: number;
	/** Draw the catalog symbols inside furniture footprints (default true). */
	symbols?: boolean;
}

const r = (v: number) => Math.round(v * 10) / 10;

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) =>
		c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'
	);
}

/** Paper millimetres → plan centimetres at a scale. */
export const paperMm = (mm: number, scale: number) => (mm * scale) / 10;

function element(p: Primitive): string {
	switch (p.type) {
		case 'polygon':
			return `<path data-id="${escapeXml(p.id)}" d="${svgPath(p)}"/>`;
		case 'line':
		case 'arc':
			return `<path d="${svgPath(p)}"/>`;
		case 'text': {
			const rot = p.rotation
				? ` transform="rotate(${r(p.rotation)} ${r(p.at.x)} ${r(p.at.y)})"`
				: '';
			return `<text x="${r(p.at.x)}" y="${r(p.at.y)}" font-size="${r(p.size)}" dominant-baseline="middle"${rot}>${escapeXml(p.text)}</text>`;
		}
	}
}

const STYLE: Record<Layer, (scale: number) => string> = {
	ROOMS: () => 'fill="#f4f1ea" stroke="none"',
	WALLS: (s) => `fill="#3a3a3a" stroke="#000" stroke-width="${r(paperMm(0.35, s))}"`,
	OPENINGS: (s) => `fill="none" stroke="#000" stroke-width="${r(paperMm(0.18, s))}"`,
	FURNITURE: (s) => `fill="#fff" stroke="#555" stroke-width="${r(paperMm(0.18, s))}"`,
	TEXT: () => 'fill="#000" font-family="Helvetica, Arial, sans-serif" text-anchor="middle"',
	DIMENSIONS: (s) =>
		`fill="none" stroke="#333" stroke-width="${r(paperMm(0.13, s))}" font-family="Helvetica, Arial, sans-serif" text-anchor="middle"`
};

function furnitureSymbols(doc: PlanDocument, drawing: PlanDrawing, scale: number): string {
	const out: string[] = [];
	for (const f of Object.values(doc.furniture)) {
		if (f.level !== drawing.level) continue;
		const item = getItem(f.catalogId);
		if (!item) continue;
		const paths = itemSymbolPaths(item, f.width, f.depth);
		const deg = r((f.rotation * 180) / Math.PI);
		const mirror = f.mirrored ? ' scale(-1 1)' : '';
		const transform = `translate(${r(f.x)} ${r(f.y)}) rotate(${deg})${mirror} translate(${r(-f.width / 2)} ${r(-f.depth / 2)})`;
		const d = [paths.outline, paths.detail].filter(Boolean).join('');
		if (d) out.push(`<path transform="${transform}" d="${escapeXml(d)}"/>`);
		if (paths.hidden)
			out.push(
				`<path transform="${transform}" stroke-dasharray="${r(paperMm(1, scale))}" d="${escapeXml(paths.hidden)}"/>`
			);
	}
	if (!out.length) return '';
	return `<g id="FURNITURE-SYMBOLS" fill="none" stroke="#777" stroke-width="${r(paperMm(0.1, scale))}">${out.join('')}</g>`;
}

/** The SVG text of one level of the plan. */
export function exportPlanSvg(doc: PlanDocument, options: SvgExportOptions = {}): string {
	const scale = options.scale ?? 100;
	if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('The scale must be positive');
	const marginMm = options.marginMm ?? 10;
	const drawing = planDrawing(doc, { level: options.level, textSize: paperMm(2.5, scale) });
	const m = paperMm(marginMm, scale);
	const { minX, minY, maxX, maxY } = drawing.bounds;
	const w = maxX - minX + 2 * m;
	const h = maxY - minY + 2 * m;
	const toMm = (cm: number) => r((cm * 10) / scale);
	const groups: string[] = [];
	for (const layer of [
		'ROOMS',
		'WALLS',
		'OPENINGS',
		'FURNITURE',
		'TEXT',
		'DIMENSIONS'
	] as Layer[]) {
		const items = drawing.primitives.filter((p) => p.layer === layer).map(element);
		groups.push(`<g id="${layer}" ${STYLE[layer](scale)}>${items.join('')}</g>`);
		if (layer === 'FURNITURE' && options.symbols !== false)
			groups.push(furnitureSymbols(doc, drawing, scale));
	}
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${toMm(w)}mm" height="${toMm(h)}mm" ` +
		`viewBox="${r(minX - m)} ${r(minY - m)} ${r(w)} ${r(h)}" data-scale="1:${scale}">` +
		`<title>${escapeXml(doc.name)} — 1:${scale}</title>` +
		`<rect x="${r(minX - m)}" y="${r(minY - m)}" width="${r(w)}" height="${r(h)}" fill="#fff"/>` +
		groups.join('') +
		`</svg>\n`
	);
}
