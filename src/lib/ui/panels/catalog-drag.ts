/**
 * Drag and drop of catalog items onto the plan: the panel puts the item's id under this MIME
 * type; the plan's drop handler reads it back with `catalogIdFromDrop`.
 */
import { getItem } from '../../catalog/furniture';

export const CATALOG_DRAG_TYPE = 'application/x-house-planner-item';

export function setCatalogDragData(data: DataTransfer, catalogId: string): void {
	data.setData(CATALOG_DRAG_TYPE, catalogId);
	// Other drop targets (text fields) get the plain name rather than nothing.
	data.setData('text/plain', getItem(catalogId)?.name ?? catalogId);
	data.effectAllowed = 'copy';
}

/** True while a catalog item is dragged over (`types` is readable during dragover). */
export function isCatalogDrag(data: DataTransfer | null): boolean {
	return !!data && Array.from(data.types).includes(CATALOG_DRAG_TYPE);
}

/** The catalog id of a drop, or null when the drop is not a known catalog item. */
export function catalogIdFromDrop(data: DataTransfer | null): string | null {
	const id = data?.getData(CATALOG_DRAG_TYPE) ?? '';
	return id && getItem(id) ? id : null;
}
