import { StateMachine, type EditorApi } from '../types';
import { SelectIdle } from './idle';

/** Click, shift-click, box select; drag to move; handle to rotate furniture. */
export function createSelectTool(api: EditorApi): StateMachine {
	return new StateMachine('select', (m) => new SelectIdle(m, api));
}
