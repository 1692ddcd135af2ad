import type { EditorApi, KeyInput, PointerInput, StateMachine, ToolState } from '../types';
import { initialCursor, moveCursor } from '../keyboard-cursor';
import { WallDrawing } from './drawing';

/** Waiting for the first point of a chain: shows where it would snap. */
export class WallIdle implements ToolState {
	readonly name = 'idle';
	constructor(
		private m: StateMachine,
		private api: EditorApi
	) {}

	pointerMove(e: PointerInput) {
		const s = this.api.snap(e.plan, { alt: e.alt });
		this.api.setOverlay({ guides: s.guides, cursor: s.point, hint: 'Click to start a wall' });
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		const s = this.api.snap(e.plan, { alt: e.alt });
		const start = s.target?.kind === 'corner' ? s.target.id : null;
		this.m.go(new WallDrawing(this.m, this.api, s.point, start));
	}

	key(e: KeyInput): boolean {
		if (moveCursor(this.api, e)) return true;
		if (e.key === 'Enter') {
			const p = this.api.overlay.cursor ?? initialCursor(this.api);
			const s = this.api.snap(p, { alt: e.alt });
			const start = s.target?.kind === 'corner' ? s.target.id : null;
			this.api.announce('Wall started: type a length and press Enter, or move with the arrows');
			this.m.go(new WallDrawing(this.m, this.api, s.point, start));
			return true;
		}
		return false;
	}
}
