import { createOpening, OPENING_DEFAULTS } from '../../../plan/records';
import type { Opening, OpeningKind, Vec2, WallId } from '../../../plan/types';
import { initialCursor, moveCursor } from '../keyboard-cursor';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';
import { putRecords } from '../../../plan/commands';
import { placeOnWall } from './on-wall';

/** Doors and windows: dropped onto the wall under the pointer, X flips hinge, C flips swing. */
export function createOpeningTool(api: EditorApi, kind: 'door' | 'window'): StateMachine {
	return new StateMachine(kind, () => new OpeningHover(api, kind));
}

class OpeningHover implements ToolState {
	readonly name = 'hover';
	private hinge: Opening['hinge'] = 'start';
	private swingFlip = false;
	private last: Vec2 | null = null;
	constructor(
		private api: EditorApi,
		private kind: OpeningKind
	) {}

	private props() {
		const id = this.kind === 'door' ? 'door:single' : 'window:standard';
		return this.api.catalog.opening?.(id) ?? { ...OPENING_DEFAULTS[this.kind], kind: this.kind };
	}

	/** Where the opening would go for pointer p: on the nearest wall (along its arc if curved). */
	private place(p: Vec2): (Omit<Opening, 'id'> & { wall: WallId }) | null {
		const api = this.api;
		const props = this.props();
		const at = placeOnWall(api.doc, api.level, p, {
			width: props.width,
			reach: api.pixels(16),
			grid: api.snapSettings.enabled ? api.snapSettings.gridSize : 1
		});
		if (!at) return null;
		// The leaf swings to the side the pointer is on (C flips it).
		const swing = this.swingFlip ? (at.side === 'right' ? 'left' : 'right') : at.side;
		return {
			...OPENING_DEFAULTS[this.kind],
			...props,
			kind: this.kind,
			wall: at.wall,
			offset: at.offset,
			hinge: this.hinge,
			swing
		};
	}

	private show(p: Vec2) {
		this.last = p;
		const o = this.place(p);
		this.api.setOverlay({
			cursor: p,
			opening: o && {
				wall: o.wall,
				kind: o.kind,
				offset: o.offset,
				width: o.width,
				hinge: o.hinge,
				swing: o.swing
			},
			hint: o
				? `Click to add the ${this.kind}; X flips the hinge, C the swing`
				: `Point at a wall to add a ${this.kind}`
		});
	}

	pointerMove(e: PointerInput) {
		this.show(e.plan);
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		this.add(e.plan);
	}

	private add(p: Vec2) {
		const o = this.place(p);
		if (!o) {
			this.api.announce(`No wall here for a ${this.kind}`);
			return;
		}
		const rec = createOpening(o);
		this.api.dispatch(putRecords([rec], this.kind === 'door' ? 'Add door' : 'Add window'));
		this.api.select([rec.id]);
		this.api.announce(`${this.kind === 'door' ? 'Door' : 'Window'} added`);
		this.show(p);
	}

	key(e: KeyInput): boolean {
		const key = e.key.toLowerCase();
		if (key === 'x' && !e.ctrl) {
			this.hinge = this.hinge === 'start' ? 'end' : 'start';
			if (this.last) this.show(this.last);
			return true;
		}
		if (key === 'c' && !e.ctrl) {
			this.swingFlip = !this.swingFlip;
			if (this.last) this.show(this.last);
			return true;
		}
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.show(moved);
			return true;
		}
		if (e.key === 'Enter') {
			this.add(this.api.overlay.cursor ?? initialCursor(this.api));
			return true;
		}
		return false;
	}

	cancel(): boolean {
		const had = this.api.overlay.opening !== null;
		this.api.setOverlay({ opening: null });
		return had;
	}
}
