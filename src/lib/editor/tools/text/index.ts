import { initialCursor, moveCursor } from '../keyboard-cursor';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';

/** Click where a text label goes; the UI shows an input there (see `EditorStore.finishText`). */
export function createTextTool(api: EditorApi): StateMachine {
	return new StateMachine('text', () => new TextTool(api));
}

class TextTool implements ToolState {
	readonly name = 'text';
	constructor(private api: EditorApi) {}
	pointerMove(e: PointerInput) {
		this.api.setOverlay({ cursor: e.plan, hint: 'Click where the text goes' });
	}
	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		this.api.beginText(this.api.snap(e.plan, { alt: e.alt }).point);
	}
	key(e: KeyInput): boolean {
		if (moveCursor(this.api, e)) return true;
		if (e.key === 'Enter') {
			this.api.beginText(this.api.overlay.cursor ?? initialCursor(this.api));
			return true;
		}
		return false;
	}
}
