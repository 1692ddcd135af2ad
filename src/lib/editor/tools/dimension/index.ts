import { putRecords } from '../../../plan/commands';
import { createDimension } from '../../../plan/records';
import type { Vec2 } from '../../../plan/types';
import { formatLength } from '../../units';
import { initialCursor, moveCursor } from '../keyboard-cursor';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';

/** A dimension line between two snapped points. */
export function createDimensionTool(api: EditorApi): StateMachine {
	return new StateMachine('dimension', () => new Measuring(api));
}

class Measuring implements ToolState {
	readonly name = 'measuring';
	private a: Vec2 | null = null;
	constructor(private api: EditorApi) {}

	private at(p: Vec2, alt: boolean) {
		return this.api.snap(p, { from: this.a, alt });
	}

	pointerMove(e: PointerInput) {
		const s = this.at(e.plan, e.alt);
		this.api.setOverlay({
			guides: s.guides,
			cursor: s.point,
			measure: this.a ? { a: this.a, b: s.point } : null,
			hint: this.a ? 'Click the second point' : 'Click the first point to measure from'
		});
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		this.click(this.at(e.plan, e.alt).point);
	}

	private click(p: Vec2) {
		if (!this.a) {
			this.a = p;
			this.api.setOverlay({ measure: { a: p, b: p } });
			return;
		}
		const a = this.a;
		this.a = null;
		this.api.setOverlay({ measure: null });
		const len = Math.hypot(p.x - a.x, p.y - a.y);
		if (len < 1) return;
		const d = createDimension({
			level: this.api.level,
			x1: a.x,
			y1: a.y,
			x2: p.x,
			y2: p.y,
			offset: 40
		});
		this.api.dispatch(putRecords([d], 'Add dimension'));
		this.api.select([d.id]);
		this.api.announce(`Dimension ${formatLength(len, this.api.units)} added`);
	}

	key(e: KeyInput): boolean {
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.api.setOverlay({ measure: this.a ? { a: this.a, b: moved } : null });
			return true;
		}
		if (e.key === 'Enter') {
			this.click(this.api.overlay.cursor ?? initialCursor(this.api));
			return true;
		}
		return false;
	}

	cancel(): boolean {
		const had = this.a !== null;
		this.a = null;
		this.api.setOverlay({ measure: null });
		return had;
	}
}
