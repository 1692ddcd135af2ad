import type { CornerId, Vec2 } from '../../../plan/types';
import { moveCursor } from '../keyboard-cursor';
import { isTypingKey, parseTypedSegment } from '../typed-input';
import type { EditorApi, KeyInput, PointerInput, StateMachine, ToolState } from '../types';
import { WallIdle } from './idle';
import { placeWall } from './place';

const same = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.y - b.y) < 0.5;

/** A chain is being drawn from `from`; each click or Enter adds a wall and moves on. */
export class WallDrawing implements ToolState {
	readonly name = 'drawing';
	private target: Vec2;
	private typed = '';
	private lastDir: Vec2 | null = null;
	private readonly chainStart: Vec2;

	constructor(
		private m: StateMachine,
		private api: EditorApi,
		private from: Vec2,
		private fromCorner: CornerId | null
	) {
		this.target = from;
		this.chainStart = from;
		this.api.setOverlay({ cursor: from, walls: [], typed: '', hint: this.hint() });
	}

	private hint() {
		return 'Click the next point, type a length and Enter, double-click or Escape to finish';
	}

	private preview() {
		const error = this.typed ? parseTypedSegment(this.typed, this.api.units) : null;
		this.api.setOverlay({
			walls: [{ a: this.from, b: this.target, thickness: this.api.defaultWallThickness }],
			typed: this.typed,
			hint: error && !error.ok ? error.error : this.hint()
		});
	}

	pointerMove(e: PointerInput) {
		const s = this.api.snap(e.plan, { from: this.from, alt: e.alt });
		this.target = s.point;
		this.api.setOverlay({ guides: s.guides, cursor: s.point });
		this.preview();
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		const s = this.api.snap(e.plan, { from: this.from, alt: e.alt });
		this.placeTo(s.point, s.target?.kind === 'corner' ? s.target.id : null);
	}

	doubleClick() {
		this.finish();
	}

	private placeTo(to: Vec2, toCorner: CornerId | null) {
		if (same(to, this.from)) return;
		const placed = placeWall(this.api, this.fromCorner ?? this.from, toCorner ?? to);
		if (!placed) return;
		const len = Math.hypot(to.x - this.from.x, to.y - this.from.y);
		this.lastDir = { x: (to.x - this.from.x) / len, y: (to.y - this.from.y) / len };
		if (same(to, this.chainStart) || toCorner !== null) {
			// Closed a loop or joined existing walls: the chain is complete.
			this.finish();
			return;
		}
		this.from = to;
		this.fromCorner = placed.corner;
		this.target = to;
		this.typed = '';
		this.api.setOverlay({ cursor: to, guides: [] });
		this.preview();
	}

	/** Direction for a typed length: toward the pointer/cursor, else the last wall's. */
	private direction(): Vec2 {
		const aim = this.api.overlay.cursor ?? this.target;
		const dx = aim.x - this.from.x;
		const dy = aim.y - this.from.y;
		const len = Math.hypot(dx, dy);
		if (len > 1e-6) return { x: dx / len, y: dy / len };
		return this.lastDir ?? { x: 1, y: 0 };
	}

	key(e: KeyInput): boolean {
		if (isTypingKey(e.key, this.typed) && !e.ctrl) {
			this.typed += e.key;
			this.preview();
			return true;
		}
		if (e.key === 'Backspace' && this.typed) {
			this.typed = this.typed.slice(0, -1);
			this.preview();
			return true;
		}
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.target = moved;
			this.preview();
			return true;
		}
		if (e.key === 'Enter') {
			if (this.typed) {
				const r = parseTypedSegment(this.typed, this.api.units);
				if (!r.ok) {
					this.api.announce(r.error);
					return true;
				}
				const dir =
					r.angle === null ? this.direction() : { x: Math.cos(r.angle), y: Math.sin(r.angle) };
				const to = { x: this.from.x + dir.x * r.length, y: this.from.y + dir.y * r.length };
				const closing = same(to, this.chainStart) ? this.chainStart : to;
				this.placeTo(closing, null);
			} else {
				const p = this.api.overlay.cursor ?? this.target;
				const s = this.api.snap(p, { from: this.from, alt: e.alt });
				this.placeTo(s.point, s.target?.kind === 'corner' ? s.target.id : null);
			}
			return true;
		}
		return false;
	}

	private finish() {
		this.api.setOverlay({ walls: [], typed: '', guides: [] });
		this.m.go(new WallIdle(this.m, this.api));
	}

	cancel(): boolean {
		this.finish();
		return true;
	}
}
