import type { Command } from '../../plan/commands';
import type { Diff } from '../../plan/diff';
import type {
	Furniture,
	LevelId,
	Opening,
	PlanDocument,
	RecordId,
	Room,
	Vec2
} from '../../plan/types';
import type { DisplayUnits } from '../units';
import type { SnapGuide, SnapResult, SnapSettings } from '../snapping';
import type { Viewport } from '../viewport';

export type ToolId =
	| 'select'
	| 'wall'
	| 'rectangle'
	| 'door'
	| 'window'
	| 'room'
	| 'furniture'
	| 'dimension'
	| 'text'
	| 'pan'
	/** Moving the trace image (entered from the Import / Export menu, not the toolbar). */
	| 'trace';

export interface PointerInput {
	/** Pointer position on the plan (cm), before snapping. */
	plan: Vec2;
	/** Pointer position in the view, in CSS pixels from its top-left. */
	screen: Vec2;
	button: number;
	shift: boolean;
	/** Alt held: snapping off for this event. */
	alt: boolean;
	ctrl: boolean;
	pointerType: string;
}

export interface KeyInput {
	key: string;
	shift: boolean;
	alt: boolean;
	ctrl: boolean;
}

/** What a tool draws over the plan while it works: previews, guides, a rubber band. */
export interface Overlay {
	guides: SnapGuide[];
	/** Wall segments being drawn, with their live length label. */
	walls: { a: Vec2; b: Vec2; thickness: number }[];
	/** A polygon being drawn (room outline). */
	polygon: Vec2[];
	/** Box selection rectangle. */
	box: { a: Vec2; b: Vec2 } | null;
	/** The point a keyboard or pointer would place next. */
	cursor: Vec2 | null;
	/** Text typed while drawing (a length, or length<angle). */
	typed: string;
	/** Measuring line (dimension tool). */
	measure: { a: Vec2; b: Vec2 } | null;
	/** A door or window about to be placed on a wall. */
	opening: {
		wall: string;
		kind: Opening['kind'];
		offset: number;
		width: number;
		hinge: Opening['hinge'];
		swing: Opening['swing'];
	} | null;
	/** Ghost of a piece being placed. */
	ghost: {
		catalogId: string;
		x: number;
		y: number;
		width: number;
		depth: number;
		rotation: number;
	} | null;
	hint: string;
}

export const emptyOverlay = (): Overlay => ({
	guides: [],
	walls: [],
	polygon: [],
	box: null,
	cursor: null,
	typed: '',
	measure: null,
	opening: null,
	ghost: null,
	hint: ''
});

/** Catalog lookups the furniture and opening tools need; the UI passes the catalog in. */
export interface CatalogHooks {
	furniture?(catalogId: string): Omit<Furniture, 'id' | 'level' | 'x' | 'y' | 'rotation'> | null;
	opening?(
		catalogId: string
	): Pick<Opening, 'kind' | 'width' | 'height' | 'sill' | 'catalogId'> | null;
}

/** A document edit: either a diff or a function from the current document to the next. */
export type Edit = Diff | ((doc: PlanDocument) => PlanDocument);

/** What tools may ask of the editor. The store implements it; tests can fake it. */
export interface EditorApi {
	readonly doc: PlanDocument;
	readonly level: LevelId;
	readonly selection: ReadonlySet<RecordId>;
	readonly viewport: Viewport;
	readonly snapSettings: SnapSettings;
	readonly units: DisplayUnits;
	readonly overlay: Overlay;
	readonly defaultWallThickness: number;
	/** Snaps a plan point with the current settings; `alt` (held) turns snapping off. */
	snap(
		p: Vec2,
		opts?: { from?: Vec2 | null; exclude?: ReadonlySet<string>; alt?: boolean }
	): SnapResult;
	/** Runs a plan command as one undo step. */
	dispatch(cmd: Command): Diff;
	/** One undoable step. Returns the new document. */
	apply(label: string, edit: Edit): PlanDocument;
	/** A gesture: many updates from one start, one undo step at the end, Escape restores. */
	beginGesture(): PlanDocument;
	updateGesture(next: PlanDocument): void;
	commitGesture(label: string): void;
	cancelGesture(): void;
	readonly inGesture: boolean;
	select(ids: Iterable<RecordId>): void;
	setOverlay(patch: Partial<Overlay>): void;
	clearOverlay(): void;
	announce(message: string): void;
	/** Announces a room's name and net area ("Kitchen 12.4 m²"). */
	announceRoom(room: Room): void;
	setTool(id: ToolId): void;
	panBy(dx: number, dy: number): void;
	/** Moves the selection by d as one undo step (arrow keys). */
	nudge(d: Vec2): void;
	/** Tolerance for hit tests, in plan units (a few pixels at the current zoom). */
	pixels(px: number): number;
	/** The catalog item the furniture tool places next (set by the catalog panel). */
	readonly pendingCatalogId: string | null;
	readonly catalog: CatalogHooks;
	/** Opens the text input for a new label at p. */
	beginText(p: Vec2): void;
}

/** One state of a tool's state machine. Every handler is optional. */
export interface ToolState {
	readonly name: string;
	pointerDown?(e: PointerInput): void;
	pointerMove?(e: PointerInput): void;
	pointerUp?(e: PointerInput): void;
	doubleClick?(e: PointerInput): void;
	/** Returns true when the key was used. */
	key?(e: KeyInput): boolean;
	/** Escape: returns true when something was cancelled. */
	cancel?(): boolean;
}

export interface Tool {
	readonly id: ToolId;
	state: ToolState;
	/** Called when the tool is switched away from: drop any half-done work. */
	exit?(): void;
}

/** A tool whose states swap by `go`. */
export class StateMachine implements Tool {
	state: ToolState;
	constructor(
		readonly id: ToolId,
		initial: (m: StateMachine) => ToolState
	) {
		this.state = initial(this);
	}
	go(next: ToolState) {
		this.state = next;
	}
	exit() {
		this.state.cancel?.();
	}
}
