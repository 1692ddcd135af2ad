import type { Vec2 } from '../../../plan/types';
import { moveCursor, initialCursor } from '../keyboard-cursor';
import { placeRectangle } from '../wall/place';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';

const boxWalls = (a: Vec2, b: Vec2, thickness: number) => {
	const p = [a, { x: b.x, y: a.y }, b, { x: a.x, y: b.y }];
	return p.map((q, i) => ({ a: q, b: p[(i + 1) % 4], thickness }));
};

/** Four walls from two opposite corners: drag, two clicks, or Enter twice with the arrows. */
export function createRectangleTool(api: EditorApi): StateMachine {
	return new StateMachine('rectangle', (m) => new RectIdle(m, api));
}

class RectIdle implements ToolState {
	readonly name = 'idle';
	constructor(
		private m: StateMachine,
		private api: EditorApi
	) {}
	pointerMove(e: PointerInput) {
		const s = this.api.snap(e.plan, { alt: e.alt });
		this.api.setOverlay({ guides: s.guides, cursor: s.point, hint: 'Drag or click two corners' });
	}
	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		this.m.go(new RectSizing(this.m, this.api, this.api.snap(e.plan, { alt: e.alt }).point, e));
	}
	key(e: KeyInput): boolean {
		if (moveCursor(this.api, e)) return true;
		if (e.key !== 'Enter') return false;
		const p = this.api.overlay.cursor ?? initialCursor(this.api);
		this.api.announce('First corner placed: move with the arrows and press Enter');
		this.m.go(new RectSizing(this.m, this.api, p, null));
		return true;
	}
}

class RectSizing implements ToolState {
	readonly name = 'sizing';
	private b: Vec2;
	private typed = '';
	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private a: Vec2,
		private press: PointerInput | null
	) {
		this.b = a;
		api.setOverlay({ cursor: a });
	}
	private preview() {
		this.api.setOverlay({
			walls: boxWalls(this.a, this.b, this.api.defaultWallThickness),
			cursor: this.b,
			typed: this.typed
		});
	}
	pointerMove(e: PointerInput) {
		const s = this.api.snap(e.plan, { alt: e.alt });
		this.b = s.point;
		this.api.setOverlay({ guides: s.guides });
		this.preview();
	}
	pointerUp(e: PointerInput) {
		// A drag ends the rectangle on release; a click waits for the second click.
		if (!this.press) return;
		const dragged = Math.hypot(e.screen.x - this.press.screen.x, e.screen.y - this.press.screen.y);
		this.press = null;
		if (dragged <= 8) return;
		this.b = this.api.snap(e.plan, { alt: e.alt }).point;
		this.finish();
	}
	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		this.b = this.api.snap(e.plan, { alt: e.alt }).point;
		this.finish();
	}
	key(e: KeyInput): boolean {
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.b = moved;
			this.preview();
			return true;
		}
		if (/^[0-9.,x]$/i.test(e.key)) {
			this.typed += e.key;
			this.preview();
			return true;
		}
		if (e.key === 'Backspace' && this.typed) {
			this.typed = this.typed.slice(0, -1);
			this.preview();
			return true;
		}
		if (e.key !== 'Enter') return false;
		if (this.typed) {
			// "400x300": width by depth in centimetres, toward the cursor's quadrant.
			const [w, h] = this.typed.split(/[x,]/i).map(Number);
			this.typed = '';
			if (!(w > 0 && h > 0)) {
				this.api.announce('Type the size as width x depth, like 400x300');
				return true;
			}
			const sx = this.b.x < this.a.x ? -1 : 1;
			const sy = this.b.y < this.a.y ? -1 : 1;
			this.b = { x: this.a.x + sx * w, y: this.a.y + sy * h };
		}
		this.finish();
		return true;
	}
	private finish() {
		placeRectangle(this.api, this.a, this.b);
		this.api.setOverlay({ walls: [], guides: [], typed: '' });
		this.m.go(new RectIdle(this.m, this.api));
	}
	cancel(): boolean {
		this.api.setOverlay({ walls: [], guides: [], typed: '' });
		this.m.go(new RectIdle(this.m, this.api));
		return true;
	}
}
