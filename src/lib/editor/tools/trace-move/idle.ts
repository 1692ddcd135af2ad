import type { EditorApi, KeyInput, PointerInput, StateMachine, ToolState } from '../types';
import { TraceDragging } from './dragging';
import { levelBackground, moveTraceCommand } from './move';

const NUDGE: Record<string, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

export const NO_TRACE = 'There is no trace image on this level to move.';

export class TraceIdle implements ToolState {
	readonly name = 'idle';
	constructor(
		private m: StateMachine,
		private api: EditorApi
	) {}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		const bg = levelBackground(this.api.doc, this.api.level);
		if (!bg) return this.api.announce(NO_TRACE);
		this.m.go(new TraceDragging(this.m, this.api, e, bg.id));
	}

	key(e: KeyInput): boolean {
		const n = NUDGE[e.key];
		if (!n || e.ctrl) return false;
		const bg = levelBackground(this.api.doc, this.api.level);
		if (!bg) {
			this.api.announce(NO_TRACE);
			return true;
		}
		const step = this.api.snapSettings.gridSize * (e.shift ? 10 : 1);
		this.api.dispatch(moveTraceCommand(bg, { x: n[0] * step, y: n[1] * step }));
		return true;
	}
}
