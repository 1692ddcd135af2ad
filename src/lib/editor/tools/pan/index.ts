import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';

const KEY_PAN_PX = 60;

/** Drag to move the view; arrow keys pan too. */
export function createPanTool(api: EditorApi): StateMachine {
	return new StateMachine('pan', () => new Panning(api));
}

class Panning implements ToolState {
	readonly name = 'pan';
	private last: { x: number; y: number } | null = null;
	constructor(private api: EditorApi) {}
	pointerDown(e: PointerInput) {
		this.last = e.screen;
	}
	pointerMove(e: PointerInput) {
		if (!this.last) return;
		this.api.panBy(e.screen.x - this.last.x, e.screen.y - this.last.y);
		this.last = e.screen;
	}
	pointerUp() {
		this.last = null;
	}
	key(e: KeyInput): boolean {
		const d: Record<string, [number, number]> = {
			ArrowLeft: [KEY_PAN_PX, 0],
			ArrowRight: [-KEY_PAN_PX, 0],
			ArrowUp: [0, KEY_PAN_PX],
			ArrowDown: [0, -KEY_PAN_PX]
		};
		const m = d[e.key];
		if (!m) return false;
		this.api.panBy(m[0], m[1]);
		return true;
	}
}
