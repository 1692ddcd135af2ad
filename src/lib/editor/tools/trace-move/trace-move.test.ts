import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../../plan/document';
import { putRecords } from '../../../plan/commands';
import { createBackground, createCorner } from '../../../plan/records';
import { LIMITS } from '../../../plan/limits';
import type { Background, LevelId } from '../../../plan/types';
import { EditorStore } from '../../store.svelte';
import type { PointerInput } from '../types';
import { levelBackground, movedTrace } from './move';

const key = (k: string, shift = false) => ({ key: k, ctrl: false, shift, alt: false });

function pointer(x: number, y: number): PointerInput {
	return {
		plan: { x, y },
		screen: { x, y },
		button: 0,
		shift: false,
		alt: false,
		ctrl: false,
		pointerType: 'mouse'
	};
}

/** An editor at 1 px = 1 cm with a trace image at (10, 20) and one corner, in the trace mode. */
function editor() {
	const doc = createEmptyDocument();
	const level = Object.keys(doc.levels)[0] as LevelId;
	const store = new EditorStore({ doc });
	store.resize(1000, 800);
	store.viewport = { x: 0, y: 0, scale: 1, width: 1000, height: 800 };
	const bg = createBackground({
		level,
		mime: 'image/png',
		data: 'AAAA',
		pixelWidth: 400,
		pixelHeight: 200,
		cmPerPixel: 2,
		x: 10,
		y: 20,
		rotation: 0.25,
		opacity: 0.5,
		visible: true
	});
	const corner = createCorner({ level, x: 100, y: 100 });
	store.dispatch(putRecords([bg, corner], 'setup'));
	store.setTool('trace');
	return { store, bg, corner };
}

const at = (store: EditorStore, bg: Background) => {
	const b = store.doc.backgrounds![bg.id];
	return { x: b.x, y: b.y };
};

describe('the trace move mode', () => {
	it('moves the image by the drag, not the walls, in one undo step that restores it exactly', () => {
		const { store, bg, corner } = editor();
		const before = store.doc;
		const steps = store.history.undoLabel;
		store.pointerDown(pointer(100, 100)); // on the corner: it stays
		store.pointerMove(pointer(130, 110));
		expect(at(store, bg)).toEqual({ x: 40, y: 30 });
		store.pointerMove(pointer(150, 60));
		store.pointerUp(pointer(150, 60));
		expect(at(store, bg)).toEqual({ x: 60, y: -20 });
		expect(store.doc.corners[corner.id]).toEqual(corner);
		expect(store.history.undoLabel).toBe('Move trace image');
		store.undo();
		expect(store.doc.backgrounds![bg.id]).toEqual(bg);
		expect(store.doc).toEqual(before);
		expect(store.history.undoLabel).toBe(steps);
		store.redo();
		expect(at(store, bg)).toEqual({ x: 60, y: -20 });
	});

	it('restores the image when Escape is pressed during a drag, and Escape again ends the mode', () => {
		const { store, bg } = editor();
		const label = store.history.undoLabel;
		store.pointerDown(pointer(0, 0));
		store.pointerMove(pointer(80, 40));
		expect(at(store, bg)).toEqual({ x: 90, y: 60 });
		store.key(key('Escape'));
		expect(store.doc.backgrounds![bg.id]).toEqual(bg);
		expect(store.history.undoLabel).toBe(label);
		expect(store.toolId).toBe('trace');
		store.pointerUp(pointer(80, 40)); // the release after Escape changes nothing
		expect(store.doc.backgrounds![bg.id]).toEqual(bg);
		store.key(key('Escape'));
		expect(store.toolId).toBe('select');
	});

	it('a click without a drag changes nothing', () => {
		const { store, bg } = editor();
		const label = store.history.undoLabel;
		store.pointerDown(pointer(50, 50));
		store.pointerMove(pointer(51, 51));
		store.pointerUp(pointer(51, 51));
		expect(store.doc.backgrounds![bg.id]).toEqual(bg);
		expect(store.history.undoLabel).toBe(label);
	});

	it('arrow keys move it one grid step (Shift: ten), each an undo step', () => {
		const { store, bg } = editor();
		const grid = store.snapSettings.gridSize;
		store.key(key('ArrowRight'));
		expect(at(store, bg)).toEqual({ x: 10 + grid, y: 20 });
		store.key(key('ArrowUp', true));
		expect(at(store, bg)).toEqual({ x: 10 + grid, y: 20 - 10 * grid });
		store.undo();
		store.undo();
		expect(store.doc.backgrounds![bg.id]).toEqual(bg);
	});

	it('does nothing but say so on a level without a trace image', async () => {
		const store = new EditorStore({ doc: createEmptyDocument() });
		store.setTool('trace');
		const doc = store.doc;
		store.pointerDown(pointer(0, 0));
		store.pointerMove(pointer(50, 50));
		store.pointerUp(pointer(50, 50));
		expect(store.key(key('ArrowLeft'))).toBe(true);
		expect(store.doc).toBe(doc);
		await Promise.resolve();
		expect(store.announcement).toMatch(/no trace image on this level/);
	});

	it('keeps the image inside the plan limits and finds the image for every level', () => {
		const { store, bg } = editor();
		const far = movedTrace(store.doc, bg.id, { x: 1e9, y: -1e9 }).backgrounds![bg.id];
		expect(far).toMatchObject({ x: LIMITS.maxCoordinate, y: -LIMITS.maxCoordinate });
		const shared = { ...bg, level: null };
		const doc = { ...store.doc, backgrounds: { [bg.id]: shared } };
		expect(levelBackground(doc, 'level:other' as LevelId)).toEqual(shared);
		expect(levelBackground({ ...doc, backgrounds: {} }, store.level)).toBeNull();
	});
});
