/**
 * PDF of one plan level at a true drawing scale on an ISO A sheet, with a title block (name,
 * level, date, scale, scale bar) and a north arrow. Uses jsPDF: actively maintained, runs in
 * the browser and in Node, draws vector paths and standard-font text without extra assets.
 * (pdf-lib has had no release since 2021.)
 */
import { jsPDF } from 'jspdf';
import type { LevelId, PlanDocument, Vec2 } from '../plan/types';
import { planDrawing, type Layer, type Primitive } from './drawing';
import { arcBeziers, arcSweep, circleBeziers, turnOf } from '../geometry/shape2d';
import { step, type TaskOptions } from './progress';
import { paperMm } from './svg';

export type PaperSize = 'a4' | 'a3' | 'a2' | 'a1' | 'a0';
/** Landscape sizes in mm. */
const PAPER: Record<PaperSize, [number, number]> = {
	a4: [297, 210],
	a3: [420, 297],
	a2: [594, 420],
	a1: [841, 594],
	a0: [1189, 841]
};

export interface PdfExportOptions extends TaskOptions {
	/** Scale denominator (default 100 for 1:100). */
	scale?: number;
	/** Sheet (default: the smallest that fits the plan at the scale, up to A0). */
	paper?: PaperSize | 'auto';
	level?: LevelId;
	/** Date shown in the title block (default now). */
	date?: Date;
}

const MARGIN = 10;
const TITLE_H = 32;
const TITLE_W = 120;

export class PlanTooLargeError extends Error {}

/** The smallest landscape sheet on which the plan fits at the scale, or null. */
export function choosePaper(widthMm: number, heightMm: number): PaperSize | null {
	for (const size of Object.keys(PAPER) as PaperSize[]) {
		const [w, h] = PAPER[size];
		if (widthMm <= w - 2 * MARGIN && heightMm <= h - 2 * MARGIN - TITLE_H - 4) return size;
	}
	return null;
}

const STROKE: Record<Layer, { width: number; colour: [number, number, number]; fill?: number[] }> =
	{
		ROOMS: { width: 0, colour: [244, 241, 234], fill: [244, 241, 234] },
		WALLS: { width: 0.35, colour: [0, 0, 0], fill: [58, 58, 58] },
		OPENINGS: { width: 0.18, colour: [0, 0, 0] },
		FURNITURE: { width: 0.18, colour: [85, 85, 85] },
		TEXT: { width: 0, colour: [0, 0, 0] },
		DIMENSIONS: { width: 0.13, colour: [51, 51, 51] }
	};

/** Points per millimetre: jsPDF font sizes are in points. */
const PT_PER_MM = 72 / 25.4;

export async function exportPlanPdf(
	doc: PlanDocument,
	options: PdfExportOptions = {}
): Promise<Uint8Array> {
	const scale = options.scale ?? 100;
	if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('The scale must be positive');
	await step(options, 0, 'Laying out the plan');
	const drawing = planDrawing(doc, { level: options.level, textSize: paperMm(2.5, scale) });
	const { minX, minY, maxX, maxY } = drawing.bounds;
	const toMm = (cm: number) => (cm * 10) / scale;
	const planW = toMm(maxX - minX);
	const planH = toMm(maxY - minY);
	const paper =
		!options.paper || options.paper === 'auto' ? choosePaper(planW, planH) : options.paper;
	if (!paper)
		throw new PlanTooLargeError(
			`At 1:${scale} the plan is ${Math.round(planW)} × ${Math.round(planH)} mm: larger than A0. Choose a smaller scale.`
		);
	const [pw, ph] = PAPER[paper];
	const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: paper });
	pdf.setProperties({ title: doc.name, creator: 'House Planner' });
	// Centre the plan in the area above the title block.
	const areaH = ph - 2 * MARGIN - TITLE_H - 4;
	const ox = MARGIN + (pw - 2 * MARGIN - planW) / 2 - toMm(minX);
	const oy = MARGIN + Math.max(0, (areaH - planH) / 2) - toMm(minY);
	const at = (p: Vec2) => [ox + toMm(p.x), oy + toMm(p.y)] as const;

	const layers: Layer[] = ['ROOMS', 'WALLS', 'OPENINGS', 'FURNITURE', 'TEXT', 'DIMENSIONS'];
	for (let i = 0; i < layers.length; i++) {
		await step(options, 0.1 + (0.8 * i) / layers.length, `Drawing ${layers[i].toLowerCase()}`);
		const style = STROKE[layers[i]];
		pdf.setDrawColor(...style.colour);
		pdf.setLineWidth(style.width || 0.1);
		if (style.fill) pdf.setFillColor(style.fill[0], style.fill[1], style.fill[2]);
		for (const p of drawing.primitives)
			if (p.layer === layers[i])
				drawPrimitive(pdf, p, at, toMm, Boolean(style.fill), style.width > 0);
	}
	await step(options, 0.9, 'Title block');
	titleBlock(pdf, doc, drawing.level, scale, options.date ?? new Date(), pw, ph);
	await step(options, 1, 'Done');
	return new Uint8Array(pdf.output('arraybuffer'));
}

function drawPrimitive(
	pdf: jsPDF,
	p: Primitive,
	at: (p: Vec2) => readonly [number, number],
	toMm: (cm: number) => number,
	fill: boolean,
	stroke: boolean
) {
	if (p.type === 'polygon') {
		// Arc edges become Bézier curves: true arcs at any zoom, not chords.
		const n = p.points.length;
		pdf.moveTo(...at(p.points[0]));
		for (let i = 0; i < n; i++) {
			const a = p.points[i];
			const b = p.points[(i + 1) % n];
			const bulge = p.bulges?.[i] ?? 0;
			if (bulge !== 0 && Math.hypot(b.x - a.x, b.y - a.y) > 1e-6)
				for (const [c1, c2, q] of arcBeziers(a, b, turnOf(bulge)))
					pdf.curveTo(...at(c1), ...at(c2), ...at(q));
			else if (i + 1 < n) pdf.lineTo(...at(b));
		}
		pdf.close();
		if (fill && stroke) pdf.fillStroke();
		else if (fill) pdf.fill();
		else pdf.stroke();
	} else if (p.type === 'line') {
		pdf.line(...at(p.a), ...at(p.b));
	} else if (p.type === 'arc') {
		const pieces = circleBeziers(p.center, p.radius, p.start, arcSweep(p));
		pdf.moveTo(
			...at({
				x: p.center.x + Math.cos(p.start) * p.radius,
				y: p.center.y + Math.sin(p.start) * p.radius
			})
		);
		for (const [c1, c2, q] of pieces) pdf.curveTo(...at(c1), ...at(c2), ...at(q));
		pdf.stroke();
	} else {
		pdf.setFontSize(toMm(p.size) * PT_PER_MM);
		const [x, y] = at(p.at);
		pdf.text(p.text, x, y, { align: 'center', baseline: 'middle', angle: -p.rotation });
	}
}

function titleBlock(
	pdf: jsPDF,
	doc: PlanDocument,
	level: LevelId,
	scale: number,
	date: Date,
	pw: number,
	ph: number
) {
	const x = pw - MARGIN - TITLE_W;
	const y = ph - MARGIN - TITLE_H;
	pdf.setDrawColor(0, 0, 0);
	pdf.setLineWidth(0.35);
	pdf.rect(MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN);
	pdf.rect(x, y, TITLE_W, TITLE_H);
	pdf.line(x, y + 14, x + TITLE_W, y + 14);
	pdf.line(x + 80, y + 14, x + 80, y + TITLE_H);
	pdf.setTextColor(0, 0, 0);
	pdf.setFontSize(14);
	pdf.text(doc.name, x + 4, y + 9, { maxWidth: TITLE_W - 8 });
	pdf.setFontSize(9);
	pdf.text(`Level: ${doc.levels[level]?.name ?? ''}`, x + 4, y + 20);
	pdf.text(`Scale: 1:${scale}`, x + 4, y + 25);
	pdf.text(`Date: ${date.toISOString().slice(0, 10)}`, x + 4, y + 30);
	// Scale bar: 5 m (or 1 m at large scales) in 1 m blocks.
	const metres = scale <= 20 ? 1 : 5;
	const mm = (metres * 1000) / scale;
	const bx = x + 40;
	const by = y + 24;
	for (let i = 0; i < metres; i++) {
		const w = mm / metres;
		if (i % 2 === 0) pdf.setFillColor(0, 0, 0);
		else pdf.setFillColor(255, 255, 255);
		pdf.rect(bx + i * w, by, w, 2, 'FD');
	}
	pdf.setFontSize(7);
	pdf.text('0', bx, by + 5, { align: 'center' });
	pdf.text(`${metres} m`, bx + mm, by + 5, { align: 'center' });
	northArrow(pdf, x + 100, y + 23, 7, doc.north);
}

/** An arrow pointing to north (clockwise from the sheet's up direction), with an N. */
function northArrow(pdf: jsPDF, cx: number, cy: number, r: number, north: number) {
	const rot = (u: number, v: number) => {
		const c = Math.cos(north);
		const s = Math.sin(north);
		return [cx + u * c - v * s, cy + u * s + v * c] as const;
	};
	pdf.setLineWidth(0.25);
	pdf.circle(cx, cy, r);
	pdf.setFillColor(0, 0, 0);
	pdf.triangle(...rot(0, -r), ...rot(r * 0.4, r * 0.6), ...rot(0, r * 0.3), 'F');
	pdf.setFillColor(255, 255, 255);
	pdf.triangle(...rot(0, -r), ...rot(-r * 0.4, r * 0.6), ...rot(0, r * 0.3), 'FD');
	pdf.setFontSize(8);
	const [nx, ny] = rot(0, -r - 2.5);
	pdf.text('N', nx, ny, { align: 'center', baseline: 'middle' });
}
