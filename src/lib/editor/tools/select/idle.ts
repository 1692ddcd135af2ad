import type { RecordId } from '../../../plan/types';
import { hitTest, rotationHandle } from '../../hit-test';
import { updateRecord } from '../../../plan/commands';
import type { EditorApi, KeyInput, PointerInput, StateMachine, ToolState } from '../types';
import { Brushing } from './brushing';
import { Rotating } from './rotating';
import { Translating } from './translating';

const NUDGE: Record<string, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

export const HANDLE_GAP_PX = 24;

export class SelectIdle implements ToolState {
	readonly name = 'idle';
	constructor(
		private m: StateMachine,
		private api: EditorApi
	) {}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		const api = this.api;
		const tol = api.pixels(6);
		// The rotation handle of a selected piece comes first. Every selected piece shows one
		// (the plan draws them for a box-selected group too), so each must also turn its piece.
		for (const id of api.selection) {
			const f = api.doc.furniture[id as keyof typeof api.doc.furniture];
			if (!f || f.level !== api.level) continue;
			const h = rotationHandle(f, api.pixels(HANDLE_GAP_PX));
			if (Math.hypot(h.x - e.plan.x, h.y - e.plan.y) <= api.pixels(10)) {
				this.m.go(new Rotating(this.m, api, f.id));
				return;
			}
		}
		const hit = hitTest(api.doc, api.level, e.plan, tol);
		if (!hit) {
			if (!e.shift) api.select([]);
			this.m.go(new Brushing(this.m, api, e.plan, e.shift));
			return;
		}
		if (e.shift) {
			const next = new Set<RecordId>(api.selection);
			if (next.has(hit)) next.delete(hit);
			else next.add(hit);
			api.select(next);
			return;
		}
		if (!api.selection.has(hit)) api.select([hit]);
		this.m.go(new Translating(this.m, api, e, hit));
	}

	pointerMove(e: PointerInput) {
		const hit = hitTest(this.api.doc, this.api.level, e.plan, this.api.pixels(6));
		this.api.setOverlay({ hint: hit ? 'Drag to move, Delete to remove' : '' });
	}

	key(e: KeyInput): boolean {
		const api = this.api;
		const n = NUDGE[e.key];
		if (n && api.selection.size && !e.ctrl) {
			const step = api.snapSettings.gridSize * (e.shift ? 10 : 1);
			api.nudge({ x: n[0] * step, y: n[1] * step });
			return true;
		}
		// Doors: X flips the hinge side, C the side the leaf swings into.
		const key = e.key.toLowerCase();
		if ((key === 'x' || key === 'c') && !e.ctrl && api.selection.size) {
			let flipped = 0;
			for (const id of api.selection) {
				const o = api.doc.openings[id as keyof typeof api.doc.openings];
				if (!o) continue;
				const patch =
					key === 'x'
						? { hinge: o.hinge === 'start' ? ('end' as const) : ('start' as const) }
						: { swing: o.swing === 'left' ? ('right' as const) : ('left' as const) };
				api.dispatch(
					updateRecord('openings', o.id, patch, key === 'x' ? 'Flip hinge' : 'Flip swing')
				);
				flipped++;
			}
			if (flipped) api.announce(key === 'x' ? 'Hinge flipped' : 'Swing flipped');
			return flipped > 0;
		}
		// Furniture: Q and E turn the selection by 15°.
		if ((key === 'q' || key === 'e') && !e.ctrl) {
			const turn = ((key === 'e' ? 1 : -1) * Math.PI) / 12;
			let turned = 0;
			for (const id of api.selection) {
				const f = api.doc.furniture[id as keyof typeof api.doc.furniture];
				if (!f) continue;
				api.dispatch(updateRecord('furniture', f.id, { rotation: f.rotation + turn }, 'Rotate'));
				turned++;
			}
			return turned > 0;
		}
		return false;
	}
}
