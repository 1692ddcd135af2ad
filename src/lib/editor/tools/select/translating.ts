import { settleCorner } from '../../../plan/topology';
import type { CornerId, PlanDocument, RecordId, Vec2 } from '../../../plan/types';
import { cornersOf, translateSelection } from '../../edits';
import { snapFurnitureToWalls } from '../furniture/wall-snap';
import type { EditorApi, PointerInput, StateMachine, ToolState } from '../types';
import { SelectIdle } from './idle';

/** Threshold in pixels before a press becomes a drag (so clicks do not nudge things). */
const DRAG_PX = 3;

/**
 * Moving the selection: marks history at the press, recomputes the whole move from the start
 * document on every pointer move, commits one undo step on release; Escape restores exactly.
 */
export class Translating implements ToolState {
	readonly name = 'translating';
	private start: PlanDocument | null = null;
	private readonly origin: Vec2;
	private readonly anchor: Vec2;
	private readonly moving: ReadonlySet<string>;
	/** The offset (and Alt) of the last move drawn. */
	private last: Vec2 | null = null;
	private lastAlt = false;

	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private press: PointerInput,
		private hit: RecordId
	) {
		this.origin = press.plan;
		const doc = api.doc;
		// The point that snaps: the grabbed corner, or the grabbed piece's centre.
		const c = doc.corners[hit as CornerId];
		const f = doc.furniture[hit as keyof PlanDocument['furniture']];
		this.anchor = c ? { x: c.x, y: c.y } : f ? { x: f.x, y: f.y } : press.plan;
		this.moving = cornersOf(doc, api.selection);
	}

	pointerMove(e: PointerInput) {
		const api = this.api;
		if (!this.start) {
			const px = Math.hypot(e.screen.x - this.press.screen.x, e.screen.y - this.press.screen.y);
			if (px < DRAG_PX) return;
			this.start = api.beginGesture();
		}
		const raw = { x: e.plan.x - this.origin.x, y: e.plan.y - this.origin.y };
		const target = { x: this.anchor.x + raw.x, y: this.anchor.y + raw.y };
		const s = api.snap(target, { exclude: this.moving, alt: e.alt });
		const d = { x: s.point.x - this.anchor.x, y: s.point.y - this.anchor.y };
		// Snapping holds the point still over many moves: the same offset redraws nothing.
		if (this.last && this.last.x === d.x && this.last.y === d.y && this.lastAlt === e.alt) return;
		this.last = d;
		this.lastAlt = e.alt;
		let next = translateSelection(this.start, api.selection, d);
		const f = next.furniture[this.hit as keyof PlanDocument['furniture']];
		if (f && api.selection.size === 1 && !e.alt) {
			const snapped = snapFurnitureToWalls(next, api.level, f, api.pixels(12));
			if (snapped !== f) next = { ...next, furniture: { ...next.furniture, [f.id]: snapped } };
		}
		api.setOverlay({ guides: s.guides });
		api.updateGesture(next);
	}

	pointerUp() {
		const api = this.api;
		if (this.start) {
			// A dropped corner merges into a corner or splits a wall it landed on.
			if (this.hit.startsWith('corner:') && api.doc.corners[this.hit as CornerId]) {
				const settled = settleCorner(api.doc, this.hit as CornerId);
				if (settled.doc !== api.doc) api.updateGesture(settled.doc);
				if (!api.doc.corners[this.hit as CornerId]) api.select([settled.corner]);
			}
			api.commitGesture('Move');
			api.announce(`Moved ${api.selection.size} item${api.selection.size === 1 ? '' : 's'}`);
		}
		api.setOverlay({ guides: [] });
		this.m.go(new SelectIdle(this.m, api));
	}

	cancel(): boolean {
		if (this.start) this.api.cancelGesture();
		this.api.setOverlay({ guides: [] });
		this.m.go(new SelectIdle(this.m, this.api));
		return true;
	}
}
