import { putRecords } from '../../../plan/commands';
import { createFurniture } from '../../../plan/records';
import type { Furniture, Vec2 } from '../../../plan/types';
import { initialCursor, moveCursor } from '../keyboard-cursor';
import {
	StateMachine,
	type EditorApi,
	type KeyInput,
	type PointerInput,
	type ToolState
} from '../types';
import { snapFurnitureToWalls } from './wall-snap';

/**
 * A new piece of furniture from the catalog at p (the centre), backed against a wall when it
 * lands near one. Used by the furniture tool and by drops from the catalog panel.
 */
export function furnitureAt(
	api: EditorApi,
	catalogId: string,
	p: Vec2,
	rotation = 0,
	snapToWalls = true
): Furniture | null {
	const defaults = api.catalog.furniture?.(catalogId);
	if (!defaults) return null;
	const f = createFurniture({ ...defaults, level: api.level, x: p.x, y: p.y, rotation });
	return snapToWalls ? snapFurnitureToWalls(api.doc, api.level, f, api.pixels(16)) : f;
}

export function placeFurniture(
	api: EditorApi,
	catalogId: string,
	p: Vec2,
	rotation = 0,
	snapToWalls = true
): Furniture | null {
	const f = furnitureAt(api, catalogId, p, rotation, snapToWalls);
	if (!f) {
		api.announce('Pick a piece in the catalog first');
		return null;
	}
	api.dispatch(putRecords([f], `Add ${f.name || 'furniture'}`));
	api.select([f.id]);
	api.announce(`${f.name || 'Furniture'} added`);
	return f;
}

/** Places the piece picked in the catalog panel; Q/E turn it by 15° before placing. */
export function createFurnitureTool(api: EditorApi): StateMachine {
	return new StateMachine('furniture', () => new FurnitureHover(api));
}

class FurnitureHover implements ToolState {
	readonly name = 'hover';
	private rotation = 0;
	private last: Vec2 | null = null;
	constructor(private api: EditorApi) {}

	private show(p: Vec2, alt = false) {
		this.last = p;
		const id = this.api.pendingCatalogId;
		const f = id
			? furnitureAt(this.api, id, this.api.snap(p, { alt }).point, this.rotation, !alt)
			: null;
		this.api.setOverlay({
			cursor: p,
			ghost: f && {
				catalogId: f.catalogId,
				x: f.x,
				y: f.y,
				width: f.width,
				depth: f.depth,
				rotation: f.rotation
			},
			hint: id ? 'Click to place; Q and E turn it' : 'Pick a piece in the catalog'
		});
	}

	pointerMove(e: PointerInput) {
		this.show(e.plan, e.alt);
	}

	pointerDown(e: PointerInput) {
		if (e.button !== 0 || !this.api.pendingCatalogId) return;
		const p = this.api.snap(e.plan, { alt: e.alt }).point;
		placeFurniture(this.api, this.api.pendingCatalogId, p, this.rotation, !e.alt);
	}

	key(e: KeyInput): boolean {
		const key = e.key.toLowerCase();
		if ((key === 'q' || key === 'e') && !e.ctrl) {
			this.rotation += ((key === 'e' ? 1 : -1) * Math.PI) / 12;
			if (this.last) this.show(this.last);
			return true;
		}
		const moved = moveCursor(this.api, e);
		if (moved) {
			this.show(moved);
			return true;
		}
		if (e.key === 'Enter' && this.api.pendingCatalogId) {
			const p = this.api.overlay.cursor ?? initialCursor(this.api);
			placeFurniture(this.api, this.api.pendingCatalogId, p, this.rotation);
			return true;
		}
		return false;
	}

	cancel(): boolean {
		const had = this.api.overlay.ghost !== null;
		this.api.setOverlay({ ghost: null });
		return had;
	}
}
