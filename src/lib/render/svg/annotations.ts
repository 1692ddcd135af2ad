import type { Dimension, Vec2 } from '../../plan/types';

/** A dimension line: extension lines, the measured line with end ticks, and where its text sits. */
export interface DimensionShape {
	d: string;
	text: Vec2;
	/** Text angle in degrees, kept readable (never upside down). */
	angle: number;
	length: number;
}

export function dimensionShape(
	dim: Pick<Dimension, 'x1' | 'y1' | 'x2' | 'y2' | 'offset'>,
	tick: number
): DimensionShape {
	const dx = dim.x2 - dim.x1;
	const dy = dim.y2 - dim.y1;
	const length = Math.hypot(dx, dy);
	const ux = length ? dx / length : 1;
	const uy = length ? dy / length : 0;
	const nx = -uy;
	const ny = ux;
	const o = dim.offset;
	const a = { x: dim.x1 + nx * o, y: dim.y1 + ny * o };
	const b = { x: dim.x2 + nx * o, y: dim.y2 + ny * o };
	const r = (v: number) => Math.round(v * 10) / 10;
	const p = (q: Vec2) => `${r(q.x)} ${r(q.y)}`;
	// 45° ticks at both ends, as architects draw them.
	const t = (q: Vec2) =>
		`M${p({ x: q.x - (ux + nx) * tick, y: q.y - (uy + ny) * tick })}L${p({ x: q.x + (ux + nx) * tick, y: q.y + (uy + ny) * tick })}`;
	const d =
		`M${p({ x: dim.x1, y: dim.y1 })}L${p({ x: b.x - dx + nx * Math.sign(o) * tick, y: b.y - dy + ny * Math.sign(o) * tick })}` +
		`M${p({ x: dim.x2, y: dim.y2 })}L${p({ x: b.x + nx * Math.sign(o) * tick, y: b.y + ny * Math.sign(o) * tick })}` +
		`M${p(a)}L${p(b)}` +
		t(a) +
		t(b);
	let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
	if (angle > 90) angle -= 180;
	if (angle < -90) angle += 180;
	return { d, text: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, angle, length };
}
