import { getContext, setContext } from 'svelte';
import { applyDiff, composeDiffs, diffDocuments, isEmptyDiff, type Diff } from '../plan/diff';
import { defineCommand, putRecords, removeRecords, type Command } from '../plan/commands';
import { createLabel } from '../plan/records';
import { roomAreas, updateRooms } from '../plan/topology';
import { pathPoints, pointAlong } from '../plan/topology/wallPath';
import type { LevelId, PlanDocument, RecordId, Room, Vec2 } from '../plan/types';
import { History } from './history';
import { formatArea, type DisplayUnits } from './units';
import {
	copySelection,
	isFragment,
	orphanCorners,
	pasteFragment,
	translateSelection
} from './edits';
import { recordsInBox } from './hit-test';
import { roomAreaMap } from './room-areas';
import { EMPTY_SELECTION, selectionOf, type Selection } from './selection';
import { actionForKey, type EditorAction } from './shortcuts';
import { DEFAULT_SNAP, snapPoint, type SnapSettings } from './snapping';
import { createTools } from './tools';
import {
	emptyOverlay,
	type CatalogHooks,
	type Edit,
	type EditorApi,
	type KeyInput,
	type Overlay,
	type PointerInput,
	type Tool,
	type ToolId
} from './tools/types';
import {
	boundsOfPoints,
	fitBounds,
	panBy as panViewport,
	zoomAt as zoomViewport,
	type Viewport
} from './viewport';

export const CLIPBOARD_KEY = 'house-planner:clipboard';
/** Above this many walls on a level, rooms follow a drag at its end instead of every move. */
export const LIVE_ROOMS_MAX_WALLS = 300;

export interface EditorOptions {
	doc: PlanDocument;
	/** Catalog lookups for the furniture, door and window tools (the UI passes the catalog). */
	catalog?: CatalogHooks;
	/** Called after every change of the document that ends a step (not on every drag frame). */
	onCommit?: (doc: PlanDocument) => void;
}

/** The walls/corners of a diff changed: rooms may need to follow. */
function touchesWalls(diff: Diff): boolean {
	const n = (c: 'walls' | 'corners') => Object.keys(diff.records[c] ?? {}).length > 0;
	return n('walls') || n('corners');
}

/**
 * The editor's state: the document (through the History), and the session state around it —
 * selection, hover, tool, level, viewport, snapping, units, the overlay tools draw. Tools talk
 * to it through `EditorApi`; the UI through the public methods below.
 */
export class EditorStore implements EditorApi {
	doc = $state.raw<PlanDocument>(null as unknown as PlanDocument);
	level = $state<LevelId>(null as unknown as LevelId);
	selection = $state.raw<Selection>(EMPTY_SELECTION);
	hover = $state<RecordId | null>(null);
	toolId = $state<ToolId>('select');
	viewport = $state.raw<Viewport>({ x: -100, y: -100, scale: 1, width: 800, height: 600 });
	/** The plan's element has been measured (and the view fitted to it) at least once. */
	measured = $state(false);
	snapSettings = $state.raw<SnapSettings>(DEFAULT_SNAP);
	units = $state<DisplayUnits>('m');
	overlay = $state.raw<Overlay>(emptyOverlay());
	/** The latest message for the live region. */
	announcement = $state('');
	canUndo = $state(false);
	canRedo = $state(false);
	undoLabel = $state<string | null>(null);
	redoLabel = $state<string | null>(null);
	defaultWallThickness = $state(20);
	pendingCatalogId = $state<string | null>(null);
	/** Space held: the pointer pans whatever the tool. */
	spacePan = $state(false);
	/** A label being typed (text tool), shown as an input over the plan. */
	textEntry = $state.raw<{ x: number; y: number } | null>(null);

	readonly history: History;
	readonly catalog: CatalogHooks;
	private tools: Record<ToolId, Tool>;
	private gestureStart: PlanDocument | null = null;
	private onCommit?: (doc: PlanDocument) => void;

	constructor(opts: EditorOptions) {
		this.catalog = opts.catalog ?? {};
		this.onCommit = opts.onCommit;
		this.history = new History(opts.doc);
		this.history.subscribe((doc, change) => {
			this.doc = doc;
			this.syncUndoState();
			if (change && (change.source === 'undo' || change.source === 'redo')) this.afterStep();
		});
		this.level = this.firstLevel(opts.doc);
		this.tools = createTools(this);
	}

	/** The undo/redo buttons' state, from the history (also after a gesture closes). */
	private syncUndoState() {
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
		this.undoLabel = this.history.undoLabel;
		this.redoLabel = this.history.redoLabel;
	}

	private firstLevel(doc: PlanDocument): LevelId {
		const levels = Object.values(doc.levels).sort((a, b) => a.order - b.order);
		return levels[0]?.id ?? (Object.keys(doc.levels)[0] as LevelId);
	}

	get tool(): Tool {
		return this.tools[this.toolId];
	}
	get inGesture(): boolean {
		return this.gestureStart !== null;
	}

	// ---- document changes --------------------------------------------------------------

	/** Runs a command as one undo step; rooms follow when it moved walls or corners. */
	dispatch(cmd: Command): Diff {
		const level = this.level;
		const withRooms = defineCommand(
			cmd.label,
			(doc) => {
				const diff = cmd.run(doc);
				if (isEmptyDiff(diff) || !touchesWalls(diff)) return diff;
				const after = applyDiff(doc, diff);
				return composeDiffs(diff, updateRooms(after, level).diff);
			},
			{ undoable: cmd.undoable }
		);
		const before = this.doc;
		const diff = this.history.apply(withRooms);
		if (!this.inGesture && !isEmptyDiff(diff)) this.afterChange(before);
		return diff;
	}

	apply(label: string, edit: Edit): PlanDocument {
		this.dispatch(
			defineCommand(label, (doc) =>
				typeof edit === 'function' ? diffDocuments(doc, edit(doc)) : edit
			)
		);
		return this.doc;
	}

	beginGesture(): PlanDocument {
		if (this.gestureStart) this.history.bail();
		this.gestureStart = this.doc;
		this.history.mark('gesture');
		return this.doc;
	}

	updateGesture(next: PlanDocument): void {
		const start = this.gestureStart;
		if (!start) return;
		const level = this.level;
		// Rooms follow live on ordinary plans; on very large levels finding every face on every
		// pointer move costs more than a frame, so they follow once, when the gesture ends.
		const live = this.levelWallCount(level) <= LIVE_ROOMS_MAX_WALLS;
		let diff = diffDocuments(start, next);
		let doc = isEmptyDiff(diff) ? start : next;
		if (live && touchesWalls(diff)) {
			const rooms = updateRooms(next, level);
			diff = composeDiffs(diff, rooms.diff);
			doc = rooms.doc;
		}
		// One step from the gesture's start: no revert-then-apply copy of big collections.
		this.history.replaceGesture(diff, doc);
	}

	commitGesture(label: string): void {
		if (!this.gestureStart) return;
		const start = this.gestureStart;
		this.gestureStart = null;
		if (this.levelWallCount(this.level) > LIVE_ROOMS_MAX_WALLS) {
			const level = this.level;
			this.history.apply(defineCommand('rooms', (doc) => updateRooms(doc, level).diff));
		}
		this.history.commit(label);
		// Closing the gesture changes no document, so the history tells no subscriber.
		this.syncUndoState();
		if (this.doc !== start) this.afterChange(start);
	}

	private wallCount: { walls: PlanDocument['walls']; level: LevelId; n: number } | null = null;

	/** Walls on a level; counted once per walls collection (a corner drag keeps it). */
	private levelWallCount(level: LevelId): number {
		const walls = this.doc.walls;
		const memo = this.wallCount;
		if (memo && memo.walls === walls && memo.level === level) return memo.n;
		let n = 0;
		for (const id in walls) if (walls[id as keyof typeof walls].level === level) n++;
		this.wallCount = { walls, level, n };
		return n;
	}

	cancelGesture(): void {
		if (!this.gestureStart) return;
		this.gestureStart = null;
		this.history.bail();
	}

	undo() {
		this.cancelTool();
		if (this.history.undo()) this.announce(`Undone`);
	}
	redo() {
		this.cancelTool();
		if (this.history.redo()) this.announce(`Redone`);
	}

	/** Loads another document: history starts over, selection clears, view fits it. */
	load(doc: PlanDocument) {
		this.cancelTool();
		this.history.reset(doc);
		this.level = this.firstLevel(doc);
		this.selection = EMPTY_SELECTION;
		this.zoomToFit();
	}

	private afterStep() {
		this.pruneSelection();
		this.onCommit?.(this.doc);
	}

	/** After a committed change: tell what appeared, keep the selection valid, save. */
	private afterChange(before: PlanDocument) {
		const fresh = Object.values(this.doc.rooms).filter(
			(r) => r.level === this.level && !before.rooms[r.id]
		);
		// One face search for all of them: a drag on a big plan may make several rooms at once.
		const areas = fresh.length ? roomAreaMap(this.doc, this.level, fresh) : null;
		for (const room of fresh) this.announceArea(room, areas?.get(room.id) ?? 0);
		this.afterStep();
	}

	announceRoom(room: Room) {
		this.announceArea(room, roomAreas(this.doc, room).net);
	}

	private announceArea(room: Room, area: number) {
		this.announce(`${room.name || 'Room'} ${formatArea(area, this.units)}`);
	}

	private pruneSelection() {
		const doc = this.doc;
		const alive = [...this.selection].filter((id) => {
			const [prefix] = id.split(':');
			const coll = (
				{
					corner: doc.corners,
					wall: doc.walls,
					opening: doc.openings,
					room: doc.rooms,
					furniture: doc.furniture,
					label: doc.labels,
					dimension: doc.dimensions,
					level: doc.levels
				} as Record<string, Record<string, unknown>>
			)[prefix];
			return coll && id in coll;
		});
		if (alive.length !== this.selection.size) this.selection = selectionOf(alive);
	}

	// ---- session state -----------------------------------------------------------------

	select(ids: Iterable<RecordId>) {
		this.selection = selectionOf(ids);
	}

	setTool(id: ToolId) {
		if (id === this.toolId) return;
		this.cancelTool();
		this.tool.exit?.();
		this.toolId = id;
		this.clearOverlay();
		const label = id[0].toUpperCase() + id.slice(1);
		this.announce(`${label} tool`);
	}

	setLevel(id: LevelId) {
		if (!this.doc.levels[id] || id === this.level) return;
		this.cancelTool();
		this.level = id;
		this.selection = EMPTY_SELECTION;
		this.announce(`Level ${this.doc.levels[id].name}`);
	}

	setUnits(units: DisplayUnits) {
		this.units = units;
	}

	setSnap(patch: Partial<SnapSettings>) {
		this.snapSettings = { ...this.snapSettings, ...patch };
	}

	setOverlay(patch: Partial<Overlay>) {
		this.overlay = { ...this.overlay, ...patch };
	}
	clearOverlay() {
		this.overlay = emptyOverlay();
	}

	private pendingMessages: string[] = [];

	/** Messages of one step are read together ("Wall 4.00 m added. Room 12.0 m²"). */
	announce(message: string) {
		if (this.pendingMessages.push(message) > 1) return;
		queueMicrotask(() => {
			const text = this.pendingMessages.join('. ');
			this.pendingMessages = [];
			// The same text twice in a row must still be read: toggle a trailing no-break space.
			this.announcement = text === this.announcement ? text + '\u00a0' : text;
		});
	}

	beginText(p: Vec2) {
		this.textEntry = p;
	}

	/** Adds the label typed into the text input, or drops the input when empty. */
	finishText(text: string) {
		const at = this.textEntry;
		this.textEntry = null;
		if (!at || !text.trim()) return;
		const label = createLabel({ level: this.level, x: at.x, y: at.y, text: text.trim() });
		this.dispatch(putRecords([label], 'Add text'));
		this.select([label.id]);
		this.announce(`Text “${label.text}” added`);
	}

	snap(p: Vec2, opts: { from?: Vec2 | null; exclude?: ReadonlySet<string>; alt?: boolean } = {}) {
		const settings = opts.alt ? { ...this.snapSettings, enabled: false } : this.snapSettings;
		return snapPoint(
			{
				// A drag excludes what it moves; the rest is as it was at the gesture's start, and
				// snapping against that one document lets it reuse its target lists every move.
				doc: opts.exclude && this.gestureStart ? this.gestureStart : this.doc,
				level: this.level,
				tolerance: this.pixels(10),
				from: opts.from,
				exclude: opts.exclude
			},
			p,
			settings
		);
	}

	pixels(px: number): number {
		return px / this.viewport.scale;
	}

	// ---- viewport ----------------------------------------------------------------------

	resize(width: number, height: number) {
		const first = this.viewport.width === 800 && this.viewport.height === 600;
		this.viewport = { ...this.viewport, width, height };
		if (first) this.zoomToFit();
		this.measured = true;
	}
	panBy(dx: number, dy: number) {
		this.viewport = panViewport(this.viewport, dx, dy);
	}
	zoomAt(sx: number, sy: number, factor: number) {
		this.viewport = zoomViewport(this.viewport, sx, sy, factor);
	}
	zoomToFit() {
		const pts: Vec2[] = [];
		const { corners } = this.doc;
		for (const c of Object.values(corners)) if (c.level === this.level) pts.push(c);
		// A curved wall bulges past its corners: frame the points along its arc too.
		for (const w of Object.values(this.doc.walls)) {
			if (w.level !== this.level || !w.arcExtent) continue;
			const [a, b] = [corners[w.start], corners[w.end]];
			if (a && b) pts.push(...pathPoints(a, b, w.arcExtent));
		}
		// A door swings up to its width off the wall, on either side; a piece reaches half its
		// longer side from its centre whichever way it is turned.
		const around = (p: Vec2, r: number) =>
			pts.push({ x: p.x - r, y: p.y - r }, { x: p.x + r, y: p.y + r });
		for (const o of Object.values(this.doc.openings)) {
			const w = this.doc.walls[o.wall];
			const [a, b] = w ? [corners[w.start], corners[w.end]] : [];
			if (w?.level === this.level && a && b)
				around(pointAlong(a, b, w.arcExtent, o.offset), o.width);
		}
		for (const f of Object.values(this.doc.furniture))
			if (f.level === this.level) around(f, Math.max(f.width, f.depth) / 2);
		this.viewport = fitBounds(this.viewport, boundsOfPoints(pts));
	}

	// ---- input -------------------------------------------------------------------------

	pointerDown(e: PointerInput) {
		this.tool.state.pointerDown?.(e);
	}
	pointerMove(e: PointerInput) {
		this.tool.state.pointerMove?.(e);
	}
	pointerUp(e: PointerInput) {
		this.tool.state.pointerUp?.(e);
	}
	doubleClick(e: PointerInput) {
		this.tool.state.doubleClick?.(e);
	}

	/** Escape: the tool drops what it was doing, or the selection clears. */
	cancelTool(): boolean {
		const done = this.tool.state.cancel?.() ?? false;
		if (this.gestureStart) {
			this.cancelGesture();
			return true;
		}
		return done;
	}

	/** A key press: the tool first (typed lengths, arrows), then the shortcut map. */
	key(e: KeyInput): boolean {
		if (e.key !== 'Escape' && this.tool.state.key?.(e)) return true;
		const action = actionForKey(e);
		if (!action) return false;
		this.run(action);
		return true;
	}

	run(action: EditorAction) {
		switch (action.type) {
			case 'tool':
				return this.setTool(action.tool);
			case 'undo':
				return this.undo();
			case 'redo':
				return this.redo();
			case 'delete':
				return this.deleteSelection();
			case 'duplicate':
				return this.duplicate();
			case 'copy':
				return this.copy();
			case 'cut':
				this.copy();
				return this.deleteSelection();
			case 'paste':
				return void this.paste();
			case 'selectAll':
				return this.select(recordsInBox(this.doc, this.level, allBox));
			case 'cancel':
				if (!this.cancelTool()) {
					if (this.selection.size) this.select([]);
					else if (this.toolId !== 'select') this.setTool('select');
				}
				return;
			case 'zoomFit':
				return this.zoomToFit();
			case 'zoomIn':
				return this.zoomAt(this.viewport.width / 2, this.viewport.height / 2, 1.25);
			case 'zoomOut':
				return this.zoomAt(this.viewport.width / 2, this.viewport.height / 2, 0.8);
		}
	}

	// ---- selection commands --------------------------------------------------------------

	deleteSelection() {
		if (!this.selection.size) return;
		const ids = [...this.selection];
		const level = this.level;
		const n = ids.length;
		this.dispatch(
			defineCommand('Delete', (doc) => {
				const first = removeRecords(ids).run(doc);
				const after = applyDiff(doc, first);
				const orphans = orphanCorners(after, level);
				return orphans.length ? composeDiffs(first, removeRecords(orphans).run(after)) : first;
			})
		);
		this.select([]);
		this.announce(n === 1 ? 'Deleted 1 item' : `Deleted ${n} items`);
	}

	duplicate() {
		if (!this.selection.size) return;
		const frag = copySelection(this.doc, this.selection);
		let ids: RecordId[] = [];
		this.apply('Duplicate', (doc) => {
			const r = pasteFragment(doc, frag, this.level, { x: 50, y: 50 });
			ids = r.ids;
			return r.doc;
		});
		this.select(ids);
		this.announce(`Duplicated ${ids.length} item${ids.length === 1 ? '' : 's'}`);
	}

	/** Copies to localStorage (so another design in this browser can paste) and the clipboard. */
	copy() {
		if (!this.selection.size) return;
		const text = JSON.stringify(copySelection(this.doc, this.selection));
		try {
			localStorage.setItem(CLIPBOARD_KEY, text);
		} catch {
			// Storage full or blocked: the system clipboard below still carries it.
		}
		navigator.clipboard?.writeText(text).catch(() => {});
		this.announce(`Copied ${this.selection.size} item${this.selection.size === 1 ? '' : 's'}`);
	}

	async paste() {
		let text: string | null;
		try {
			text = (await navigator.clipboard?.readText()) ?? null;
		} catch {
			text = null;
		}
		let frag: unknown = null;
		for (const candidate of [text, safeGet(CLIPBOARD_KEY)]) {
			if (!candidate) continue;
			try {
				const parsed = JSON.parse(candidate);
				if (isFragment(parsed)) {
					frag = parsed;
					break;
				}
			} catch {
				// Not ours: try the next source.
			}
		}
		if (!isFragment(frag)) return;
		let ids: RecordId[] = [];
		const fragment = frag;
		this.apply('Paste', (doc) => {
			const r = pasteFragment(doc, fragment, this.level, { x: 50, y: 50 });
			ids = r.ids;
			return r.doc;
		});
		this.select(ids);
		this.announce(`Pasted ${ids.length} item${ids.length === 1 ? '' : 's'}`);
	}

	/** Moves the selection (arrow keys in the select tool). */
	nudge(d: Vec2) {
		if (!this.selection.size) return;
		const sel = this.selection;
		this.apply('Move', (doc) => translateSelection(doc, sel, d));
	}
}

const allBox = { a: { x: -1e9, y: -1e9 }, b: { x: 1e9, y: 1e9 } };

function safeGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

const KEY = Symbol('editor');

export function createEditor(opts: EditorOptions): EditorStore {
	return setContext(KEY, new EditorStore(opts));
}

export function useEditor(): EditorStore {
	const store = getContext<EditorStore | undefined>(KEY);
	if (!store) throw new Error('useEditor: no editor; call createEditor in a parent component');
	return store;
}
