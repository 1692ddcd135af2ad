import { StateMachine, type EditorApi } from '../types';
import { WallIdle } from './idle';

/** Chained click-to-draw walls; typed lengths and angles; keyboard cursor. */
export function createWallTool(api: EditorApi): StateMachine {
	return new StateMachine('wall', (m) => new WallIdle(m, api));
}
