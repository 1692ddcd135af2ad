import { StateMachine, type EditorApi } from '../types';
import { TraceIdle } from './idle';

export { levelBackground, movedTrace, moveTraceCommand } from './move';

/** What the person is told while the mode is on (the Import / Export menu shows it). */
export const TRACE_MOVE_HINT =
	'Drag on the plan to move the trace image; arrow keys move it one grid step (Shift: ten). Escape or Done ends.';

/**
 * Moves the level's trace image: a drag anywhere on the plan moves it (one undo step, Escape
 * restores), arrow keys nudge it. Walls and everything else stay where they are. Entered from
 * the Import / Export menu, not the toolbar.
 */
export function createTraceMoveTool(api: EditorApi): StateMachine {
	return new StateMachine('trace', (m) => new TraceIdle(m, api));
}
