/**
 * DXF (AutoCAD R12, ASCII) of one plan level, with layers WALLS, OPENINGS, ROOMS, FURNITURE,
 * TEXT and DIMENSIONS. Written here rather than with a library: R12 is a small, frozen
 * group-code format that every CAD program reads, and the npm writers for it are unmaintained.
 * DXF's y axis points up, so plan y is negated (and plan angles with it). Curved walls are
 * closed POLYLINEs whose arc edges carry R12 vertex bulges (group 42), so they stay true arcs.
 */
import type { LevelId, PlanDocument, Vec2 } from '../plan/types';
import { LAYERS, planDrawing, type Layer, type Primitive } from './drawing';

export type DxfUnits = 'mm' | 'cm' | 'm';

export interface DxfExportOptions {
	level?: LevelId;
	/** Drawing units (default mm, what CAD users expect for buildings). */
	units?: DxfUnits;
}

/** AutoCAD colour index per layer. */
const LAYER_COLOURS: Record<Layer, number> = {
	WALLS: 7,
	OPENINGS: 4,
	ROOMS: 8,
	FURNITURE: 3,
	TEXT: 7,
	DIMENSIONS: 1
};
/** $INSUNITS codes. */
const INSUNITS: Record<DxfUnits, number> = { mm: 4, cm: 5, m: 6 };
const FACTOR: Record<DxfUnits, number> = { mm: 10, cm: 1, m: 0.01 };

/** Non-ASCII characters as AutoCAD's `\U+XXXX` escapes (R12 files are not UTF-8). */
export function dxfText(text: string): string {
	let out = '';
	for (const ch of text.replace(/[\r\n]+/g, ' ')) {
		const code = ch.codePointAt(0)!;
		out += code > 126 || code < 32 ? `\\U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
	}
	return out;
}

class DxfWriter {
	private lines: string[] = [];
	constructor(private factor: number) {}

	pair(code: number, value: string | number) {
		const v = typeof value === 'number' ? this.num(value) : value;
		this.lines.push(String(code).padStart(3, ' '), v);
	}
	private num(v: number) {
		const s = Number(v.toFixed(6));
		return String(Object.is(s, -0) ? 0 : s);
	}
	point(p: Vec2, base = 10) {
		this.pair(base, p.x * this.factor);
		this.pair(base + 10, -p.y * this.factor);
		this.pair(base + 20, 0);
	}
	length(v: number) {
		return v * this.factor;
	}
	toString() {
		return this.lines.join('\r\n') + '\r\n';
	}
}

const deg = (rad: number) => (rad * 180) / Math.PI;

function entity(w: DxfWriter, p: Primitive) {
	switch (p.type) {
		case 'line':
			w.pair(0, 'LINE');
			w.pair(8, p.layer);
			w.point(p.a, 10);
			w.point(p.b, 11);
			return;
		case 'polygon':
			w.pair(0, 'POLYLINE');
			w.pair(8, p.layer);
			w.pair(66, 1);
			w.point({ x: 0, y: 0 });
			w.pair(70, 1); // closed
			p.points.forEach((q, i) => {
				w.pair(0, 'VERTEX');
				w.pair(8, p.layer);
				w.point(q);
				// Arc edges keep their bulge; with y flipped an arc turns the other way.
				const bulge = p.bulges?.[i] ?? 0;
				if (bulge !== 0) w.pair(42, -bulge);
			});
			w.pair(0, 'SEQEND');
			w.pair(8, p.layer);
			return;
		case 'arc': {
			// Plan arcs sweep clockwise on screen; flipped to y-up they run counter-clockwise
			// from the negated end angle to the negated start angle.
			const norm = (a: number) => ((a % 360) + 360) % 360;
			w.pair(0, 'ARC');
			w.pair(8, p.layer);
			w.point(p.center);
			w.pair(40, w.length(p.radius));
			w.pair(50, norm(deg(-p.end)));
			w.pair(51, norm(deg(-p.start)));
			return;
		}
		case 'text':
			w.pair(0, 'TEXT');
			w.pair(8, p.layer);
			w.point(p.at);
			w.pair(40, w.length(p.size));
			w.pair(1, dxfText(p.text));
			if (p.rotation) w.pair(50, -p.rotation);
			w.pair(72, 1); // centred horizontally…
			w.point(p.at, 11);
			w.pair(73, 2); // …and vertically (middle)
	}
}

export function exportPlanDxf(doc: PlanDocument, options: DxfExportOptions = {}): string {
	const units = options.units ?? 'mm';
	const drawing = planDrawing(doc, { level: options.level });
	const w = new DxfWriter(FACTOR[units]);
	const { minX, minY, maxX, maxY } = drawing.bounds;
	w.pair(0, 'SECTION');
	w.pair(2, 'HEADER');
	w.pair(9, '$ACADVER');
	w.pair(1, 'AC1009');
	w.pair(9, '$INSUNITS');
	w.pair(70, INSUNITS[units]);
	w.pair(9, '$EXTMIN');
	w.point({ x: minX, y: maxY });
	w.pair(9, '$EXTMAX');
	w.point({ x: maxX, y: minY });
	w.pair(0, 'ENDSEC');
	w.pair(0, 'SECTION');
	w.pair(2, 'TABLES');
	w.pair(0, 'TABLE');
	w.pair(2, 'LTYPE');
	w.pair(70, 1);
	w.pair(0, 'LTYPE');
	w.pair(2, 'CONTINUOUS');
	w.pair(70, 0);
	w.pair(3, 'Solid line');
	w.pair(72, 65);
	w.pair(73, 0);
	w.pair(40, 0);
	w.pair(0, 'ENDTAB');
	w.pair(0, 'TABLE');
	w.pair(2, 'LAYER');
	w.pair(70, LAYERS.length);
	for (const layer of LAYERS) {
		w.pair(0, 'LAYER');
		w.pair(2, layer);
		w.pair(70, 0);
		w.pair(62, LAYER_COLOURS[layer]);
		w.pair(6, 'CONTINUOUS');
	}
	w.pair(0, 'ENDTAB');
	w.pair(0, 'ENDSEC');
	w.pair(0, 'SECTION');
	w.pair(2, 'ENTITIES');
	for (const p of drawing.primitives) entity(w, p);
	w.pair(0, 'ENDSEC');
	w.pair(0, 'EOF');
	return w.toString();
}
