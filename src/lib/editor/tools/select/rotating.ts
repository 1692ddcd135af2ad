import type { FurnitureId, PlanDocument } from '../../../plan/types';
import type { EditorApi, PointerInput, StateMachine, ToolState } from '../types';
import { SelectIdle } from './idle';

const STEP = Math.PI / 12;

/** Turning a piece with its handle; 15° steps unless Alt is held. One undo step. */
export class Rotating implements ToolState {
	readonly name = 'rotating';
	private start: PlanDocument;
	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private id: FurnitureId
	) {
		this.start = api.beginGesture();
	}

	pointerMove(e: PointerInput) {
		const f = this.start.furniture[this.id];
		if (!f) return;
		// The handle sits in front of the piece (its local +y), so angle 0 points down.
		let rotation = Math.atan2(e.plan.y - f.y, e.plan.x - f.x) - Math.PI / 2;
		if (!e.alt) rotation = Math.round(rotation / STEP) * STEP;
		this.api.updateGesture({
			...this.start,
			furniture: { ...this.start.furniture, [f.id]: { ...f, rotation } }
		});
	}

	pointerUp() {
		this.api.commitGesture('Rotate');
		const f = this.api.doc.furniture[this.id];
		if (f) {
			const deg = Math.round(((((f.rotation * 180) / Math.PI) % 360) + 360) % 360);
			this.api.announce(`${f.name || 'Piece'} turned to ${deg}°`);
		}
		this.m.go(new SelectIdle(this.m, this.api));
	}

	cancel(): boolean {
		this.api.cancelGesture();
		this.m.go(new SelectIdle(this.m, this.api));
		return true;
	}
}
