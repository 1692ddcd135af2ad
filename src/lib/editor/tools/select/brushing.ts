import type { RecordId, Vec2 } from '../../../plan/types';
import { recordsInBox } from '../../hit-test';
import type { EditorApi, PointerInput, StateMachine, ToolState } from '../types';
import { SelectIdle } from './idle';

/** Dragging a selection box from empty space. */
export class Brushing implements ToolState {
	readonly name = 'brushing';
	private readonly base: ReadonlySet<RecordId>;
	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private start: Vec2,
		additive: boolean
	) {
		this.base = additive ? new Set(api.selection) : new Set();
	}

	pointerMove(e: PointerInput) {
		const box = { a: this.start, b: e.plan };
		this.api.setOverlay({ box });
		this.api.select([...this.base, ...recordsInBox(this.api.doc, this.api.level, box)]);
	}

	pointerUp() {
		this.api.setOverlay({ box: null });
		const n = this.api.selection.size;
		if (n) this.api.announce(`${n} item${n === 1 ? '' : 's'} selected`);
		this.m.go(new SelectIdle(this.m, this.api));
	}

	cancel(): boolean {
		this.api.select(this.base);
		this.pointerUp();
		return true;
	}
}
