import type { PlanDocument } from '../../plan/types';

const SIZE = 240;
const PAD = 0.06;

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * A small SVG picture of the ground level for the design list: room fills and walls, fitted to
 * a square. Numbers only, no text from the document, so nothing in it needs escaping.
 */
export function planThumbnailSvg(doc: PlanDocument): string {
	const levels = Object.values(doc.levels).sort((a, b) => a.order - b.order);
	const level = levels[0]?.id;
	const walls = Object.values(doc.walls).filter((w) => w.level === level);
	const rooms = Object.values(doc.rooms).filter((r) => r.level === level && r.polygon.length > 2);
	const points: { x: number; y: number }[] = [];
	for (const w of walls) {
		const a = doc.corners[w.start];
		const b = doc.corners[w.end];
		if (a && b) points.push(a, b);
	}
	for (const r of rooms) points.push(...r.polygon);
	const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">`;
	const background = `<rect width="${SIZE}" height="${SIZE}" fill="#f4f6fa"/>`;
	if (points.length === 0) return `${open}${background}</svg>`;

	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const minX = Math.min(...xs);
	const minY = Math.min(...ys);
	const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY, 1);
	const scale = (SIZE * (1 - 2 * PAD)) / span;
	const offX = (SIZE - (Math.max(...xs) - minX) * scale) / 2;
	const offY = (SIZE - (Math.max(...ys) - minY) * scale) / 2;
	const tx = (x: number) => n(offX + (x - minX) * scale);
	const ty = (y: number) => n(offY + (y - minY) * scale);

	const fills = rooms
		.map((r) => `<polygon points="${r.polygon.map((p) => `${tx(p.x)},${ty(p.y)}`).join(' ')}"/>`)
		.join('');
	const lines = walls
		.map((w) => {
			const a = doc.corners[w.start];
			const b = doc.corners[w.end];
			if (!a || !b) return '';
			const width = n(Math.max(1, w.thickness * scale));
			return `<line x1="${tx(a.x)}" y1="${ty(a.y)}" x2="${tx(b.x)}" y2="${ty(b.y)}" stroke-width="${width}"/>`;
		})
		.join('');
	return (
		`${open}${background}<g fill="#dfe7f5">${fills}</g>` +
		`<g stroke="#1d2330" stroke-linecap="square">${lines}</g></svg>`
	);
}
