import type { BackgroundId, PlanDocument } from '../../../plan/types';
import type { EditorApi, PointerInput, StateMachine, ToolState } from '../types';
import { TraceIdle } from './idle';
import { movedTrace } from './move';

/** Pixels before a press becomes a drag: a click alone changes nothing. */
const DRAG_PX = 3;

/**
 * Dragging the trace image: history is marked when the drag starts, every move is recomputed
 * from the start document, release commits one undo step, Escape restores exactly.
 */
export class TraceDragging implements ToolState {
	readonly name = 'dragging';
	private start: PlanDocument | null = null;

	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private press: PointerInput,
		private id: BackgroundId
	) {}

	pointerMove(e: PointerInput) {
		if (!this.start) {
			const px = Math.hypot(e.screen.x - this.press.screen.x, e.screen.y - this.press.screen.y);
			if (px < DRAG_PX) return;
			this.start = this.api.beginGesture();
		}
		const d = { x: e.plan.x - this.press.plan.x, y: e.plan.y - this.press.plan.y };
		this.api.updateGesture(movedTrace(this.start, this.id, d));
	}

	pointerUp(e: PointerInput) {
		if (this.start) {
			this.pointerMove(e);
			this.api.commitGesture('Move trace image');
			this.api.announce('Trace image moved');
		}
		this.m.go(new TraceIdle(this.m, this.api));
	}

	cancel(): boolean {
		if (this.start) this.api.cancelGesture();
		this.m.go(new TraceIdle(this.m, this.api));
		return true;
	}
}
