import { putRecords } from '../../../plan/commands';
import { createRoom } from '../../../plan/records';
import { createRoomAt } from '../../../plan/topology';
import type { Vec2 } from '../../../plan/types';
import { initialCursor, moveCursor } from '../keyboard-cursor';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';

/** Double-click inside closed walls for a room there; or click a polygon, Enter to close it. */
export function createRoomTool(api: EditorApi): StateMachine {
	return new StateMachine('room', () => new RoomTool(api));
}

function nextRoomName(api: EditorApi): string {
	const names = new Set(Object.values(api.doc.rooms).map((r) => r.name));
	for (let n = 1; ; n++) if (!names.has(`Room ${n}`)) return `Room ${n}`;
}

class RoomTool implements ToolState {
	readonly name = 'room';
	private points: Vec2[] = [];
	constructor(private api: EditorApi) {}

	private show(cursor: Vec2 | null) {
		this.api.setOverlay({
			polygon: cursor ? [...this.points, cursor] : this.points,
			cursor,
			hint: this.points.length
				? 'Click more corners; Enter or click the first corner to close'
				: 'Double-click inside walls, or click the corners of a room'
		});
	}

	pointerMove(e: PointerInput) {
		const s = this.api.snap(e.plan, { alt: e.alt, from: this.points.at(-1) ?? null });
		this.api.setOverlay({ guides: s.guides });
		this.show(s.point);
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0) return;
		const p = this.api.snap(e.plan, { alt: e.alt, from: this.points.at(-1) ?? null }).point;
		this.addPoint(p);
	}

	private addPoint(p: Vec2) {
		const first = this.points[0];
		if (
			first &&
			this.points.length >= 3 &&
			Math.hypot(p.x - first.x, p.y - first.y) < this.api.pixels(10)
		) {
			this.close();
			return;
		}
		this.points.push(p);
		this.show(p);
	}

	doubleClick(e: PointerInput) {
		// The two clicks of a double-click added points: drop them.
		this.points.splice(Math.max(0, this.points.length - 2), 2);
		if (this.points.length >= 3) {
			this.close();
			return;
		}
		this.points = [];
		this.fillAt(e.plan);
	}

	/** A derived room for the closed walls around p. */
	fillAt(p: Vec2) {
		const api = this.api;
		const r = createRoomAt(api.doc, api.level, p, { name: nextRoomName(api) });
		if (!r) {
			api.announce('Not inside closed walls');
			return;
		}
		api.apply('Add room', r.diff);
		api.select([r.room]);
		const room = api.doc.rooms[r.room];
		if (room) api.announceRoom(room);
		this.show(null);
	}

	private close() {
		const pts = this.points;
		this.points = [];
		if (pts.length < 3) return;
		const room = createRoom({
			level: this.api.level,
			name: nextRoomName(this.api),
			polygon: pts,
			derived: false
		});
		this.api.dispatch(putRecords([room], 'Add room'));
		this.api.select([room.id]);
		this.show(null);
	}

	key(e: KeyInput): boolean {
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.show(moved);
			return true;
		}
		if (e.key === 'Enter') {
			const cursor = this.api.overlay.cursor ?? initialCursor(this.api);
			if (e.shift) this.fillAt(cursor);
			else if (this.points.length >= 3) this.close();
			else this.addPoint(cursor);
			return true;
		}
		if (e.key === 'Backspace' && this.points.length) {
			this.points.pop();
			this.show(this.api.overlay.cursor);
			return true;
		}
		return false;
	}

	cancel(): boolean {
		const had = this.points.length > 0;
		this.points = [];
		this.api.setOverlay({ polygon: [] });
		return had;
	}
}
