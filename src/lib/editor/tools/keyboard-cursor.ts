import type { Vec2 } from '../../plan/types';
import type { EditorApi, KeyInput } from './types';

const STEPS: Record<string, Vec2> = {
	ArrowLeft: { x: -1, y: 0 },
	ArrowRight: { x: 1, y: 0 },
	ArrowUp: { x: 0, y: -1 },
	ArrowDown: { x: 0, y: 1 }
};

/** The keyboard cursor starts at the centre of the view, on the grid. */
export function initialCursor(api: EditorApi): Vec2 {
	const v = api.viewport;
	const g = api.snapSettings.gridSize;
	const cx = v.x + v.width / 2 / v.scale;
	const cy = v.y + v.height / 2 / v.scale;
	return { x: Math.round(cx / g) * g, y: Math.round(cy / g) * g };
}

/**
 * Arrow keys move the keyboard cursor by one grid step (ten with Shift). Returns the new
 * cursor, or null when the key is not an arrow.
 */
export function moveCursor(api: EditorApi, e: KeyInput): Vec2 | null {
	const step = STEPS[e.key];
	if (!step) return null;
	const from = api.overlay.cursor ?? initialCursor(api);
	const d = api.snapSettings.gridSize * (e.shift ? 10 : 1);
	const next = { x: from.x + step.x * d, y: from.y + step.y * d };
	api.setOverlay({ cursor: next });
	return next;
}
