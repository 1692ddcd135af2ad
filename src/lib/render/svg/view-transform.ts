import type { Viewport } from '../../editor/viewport';

/**
 * While the view pans or zooms, the drawn plan moves as one composited layer: a CSS transform
 * from the viewport it was drawn at to the live one, which the compositor applies without
 * repainting a single path. Once the view rests for SETTLE_MS the plan is drawn again, crisp,
 * at the live viewport (one viewBox change).
 */
export const SETTLE_MS = 120;

export function layerTransform(drawn: Viewport, live: Viewport): string {
	if (drawn === live) return 'none';
	const k = live.scale / drawn.scale;
	const tx = (drawn.x - live.x) * live.scale;
	const ty = (drawn.y - live.y) * live.scale;
	if (Math.abs(k - 1) < 1e-9 && Math.abs(tx) < 1e-9 && Math.abs(ty) < 1e-9) return 'none';
	return `translate(${tx}px, ${ty}px) scale(${k})`;
}
