import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../plan/document';
import { generateGridPlan } from '../plan/generate';
import { roomAreas, updateRooms } from '../plan/topology';
import { TestPlan, arcRoom } from '../geometry/test-plan';
import { pathPoints } from '../plan/topology/wallPath';
import { translateSelection } from './edits';
import { LIVE_ROOMS_MAX_WALLS } from './store.svelte';
import { EditorStore } from './store.svelte';
import type { PointerInput } from './tools/types';

const key = (k: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {}) => ({
	key: k,
	ctrl: false,
	shift: false,
	alt: false,
	...mods
});

function typeText(store: EditorStore, text: string) {
	for (const ch of text) store.key(key(ch));
	store.key(key('Enter'));
}

function editor() {
	const store = new EditorStore({ doc: createEmptyDocument() });
	store.resize(1000, 800);
	// 1 px = 1 cm, origin at the top-left: screen and plan coordinates coincide.
	store.viewport = { x: 0, y: 0, scale: 1, width: 1000, height: 800 };
	return store;
}

function pointer(x: number, y: number, extra: Partial<PointerInput> = {}): PointerInput {
	return {
		plan: { x, y },
		screen: { x, y },
		button: 0,
		shift: false,
		alt: false,
		ctrl: false,
		pointerType: 'mouse',
		...extra
	};
}

/** A 400 × 300 room drawn with the keyboard alone: Enter, 400, ↓ 300, ← 400, ↑ 300. */
function drawRoomByKeyboard(store: EditorStore) {
	store.key(key('w'));
	store.key(key('Enter'));
	typeText(store, '400');
	store.key(key('ArrowDown'));
	typeText(store, '300');
	store.key(key('ArrowLeft'));
	typeText(store, '400');
	store.key(key('ArrowUp'));
	typeText(store, '300');
}

describe('EditorStore', () => {
	it('draws a closed room with the keyboard alone and finds its net area', async () => {
		const store = editor();
		drawRoomByKeyboard(store);
		expect(Object.keys(store.doc.walls)).toHaveLength(4);
		const rooms = Object.values(store.doc.rooms);
		expect(rooms).toHaveLength(1);
		// Net area inside 20 cm walls on centre lines 400 × 300: 380 × 280 cm².
		expect(roomAreas(store.doc, rooms[0]).net).toBeCloseTo(380 * 280);
		await Promise.resolve();
		expect(store.announcement).toMatch(/Wall 4\.00 m added|Room/);
	});

	it('undoes and redoes each wall as one step', () => {
		const store = editor();
		drawRoomByKeyboard(store);
		const full = store.doc;
		store.undo();
		expect(Object.keys(store.doc.walls)).toHaveLength(3);
		expect(Object.keys(store.doc.rooms)).toHaveLength(0);
		store.redo();
		expect(store.doc).toEqual(full);
		store.key(key('z', { ctrl: true }));
		store.key(key('y', { ctrl: true }));
		expect(store.doc).toEqual(full);
	});

	it('a drag is one undo step, and Escape during a drag restores the plan exactly', () => {
		const store = editor();
		store.key(key('r'));
		store.pointerDown(pointer(100, 100));
		store.pointerMove(pointer(300, 250));
		store.pointerUp(pointer(500, 400));
		expect(Object.keys(store.doc.walls)).toHaveLength(4);
		const before = store.doc;
		const room = Object.values(before.rooms)[0];
		const areaBefore = roomAreas(before, room).net;

		store.setTool('select');
		// Grab the right wall (x = 500) in its middle and drag it 100 cm to the right.
		store.pointerDown(pointer(500, 250));
		store.pointerMove(pointer(550, 250));
		store.pointerMove(pointer(600, 250));
		store.key(key('Escape'));
		expect(store.doc).toEqual(before);

		store.pointerDown(pointer(500, 250));
		store.pointerMove(pointer(550, 250));
		store.pointerMove(pointer(600, 250));
		store.pointerUp(pointer(600, 250));
		const moved = store.doc;
		const areaAfter = roomAreas(moved, Object.values(moved.rooms)[0]).net;
		expect(areaAfter).toBeGreaterThan(areaBefore);
		expect(Object.values(moved.rooms)[0].id).toBe(room.id);
		store.undo();
		expect(store.doc).toEqual(before);
	});

	it('adds a door on the wall under the pointer and flips its hinge with X', () => {
		const store = editor();
		store.key(key('r'));
		store.pointerDown(pointer(100, 100));
		store.pointerUp(pointer(500, 400));
		store.key(key('d'));
		store.pointerMove(pointer(300, 104));
		store.pointerDown(pointer(300, 104));
		const doors = Object.values(store.doc.openings);
		expect(doors).toHaveLength(1);
		expect(doors[0].kind).toBe('door');
		expect(doors[0].offset).toBeCloseTo(200);
		store.setTool('select');
		store.key(key('x'));
		expect(store.doc.openings[doors[0].id].hinge).not.toBe(doors[0].hinge);
	});

	it('deletes, duplicates and pastes a copied selection', () => {
		const store = editor();
		store.key(key('r'));
		store.pointerDown(pointer(100, 100));
		store.pointerUp(pointer(500, 400));
		store.run({ type: 'selectAll' });
		const walls = Object.keys(store.doc.walls).length;
		store.duplicate();
		expect(Object.keys(store.doc.walls)).toHaveLength(walls * 2);
		store.deleteSelection();
		expect(Object.keys(store.doc.walls)).toHaveLength(walls);
		expect(Object.keys(store.doc.corners)).toHaveLength(4);
	});

	it('after a drag the undo button names the drag, not the open gesture', () => {
		const doc = generateGridPlan({ walls: 20, seed: 3 });
		const store = new EditorStore({ doc });
		const corner = Object.values(doc.corners)[4];
		const start = store.beginGesture();
		store.updateGesture(translateSelection(start, new Set([corner.id]), { x: 40, y: 30 }));
		store.commitGesture('Move');
		expect(store.canUndo).toBe(true);
		expect(store.undoLabel).toBe(store.history.undoLabel);
		expect(store.undoLabel).toBe('Move');
		store.undo();
		expect(store.canUndo).toBe(false);
		expect(store.redoLabel).toBe('Move');
	});

	it('on a very large level, rooms follow a drag when it ends, in the same undo step', () => {
		const doc = generateGridPlan({ walls: LIVE_ROOMS_MAX_WALLS + 100, seed: 2 });
		const store = new EditorStore({ doc });
		const corner = Object.values(doc.corners)[20];
		const start = store.beginGesture();
		const moved = translateSelection(start, new Set([corner.id]), { x: 40, y: 30 });
		store.updateGesture(moved);
		store.commitGesture('Move');
		expect(store.doc.corners[corner.id]).toMatchObject({ x: corner.x + 40, y: corner.y + 30 });
		expect(store.doc.rooms).toEqual(updateRooms(moved, corner.level).doc.rooms);
		expect(store.doc.rooms).not.toEqual(doc.rooms);
		store.undo();
		expect(store.doc).toEqual(doc);
	});
});

describe('zoom to fit', () => {
	it('frames a door swinging out of the walls', () => {
		const p = new TestPlan();
		const top = p.wall([0, 0], [400, 0]);
		p.wall([400, 0], [400, 300]);
		p.wall([400, 300], [0, 300]);
		p.wall([0, 300], [0, 0]);
		p.opening(top, 200, { kind: 'door', width: 90, height: 210, sill: 0 });
		const store = new EditorStore({ doc: p.doc });
		store.resize(1000, 800);
		store.zoomToFit();
		const v = store.viewport;
		// The door swings up to 90 cm off the top wall, above every corner.
		expect(v.y).toBeLessThanOrEqual(-90);
		expect(v.y + v.height / v.scale).toBeGreaterThanOrEqual(300);
	});

	it('frames the bulge of a curved wall, not only its corners', () => {
		const plan = arcRoom();
		const store = new EditorStore({ doc: plan.doc });
		store.zoomToFit();
		const v = store.viewport;
		// The arc wall runs from (400, 300) to (0, 300) and bulges down the screen past y = 300.
		const arc = Object.values(plan.doc.walls).find((w) => w.arcExtent)!;
		const [a, b] = [plan.doc.corners[arc.start], plan.doc.corners[arc.end]];
		const lowest = Math.max(...pathPoints(a, b, arc.arcExtent).map((p) => p.y));
		expect(lowest).toBeGreaterThan(350);
		expect(v.y + v.height / v.scale).toBeGreaterThanOrEqual(lowest);
		expect(v.y).toBeLessThanOrEqual(0);
	});
});
