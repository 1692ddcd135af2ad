/** The editor's side panels. Each takes props and calls back; none reaches into the store. */
export { default as PanelSection } from './PanelSection.svelte';
export { default as PropertiesPanel } from './PropertiesPanel.svelte';
export { default as LevelsPanel } from './LevelsPanel.svelte';
export { default as CatalogPanel } from './CatalogPanel.svelte';
export { default as UnitsSwitcher } from './UnitsSwitcher.svelte';
export { default as SymbolThumb } from './SymbolThumb.svelte';
export {
	CATALOG_DRAG_TYPE,
	catalogIdFromDrop,
	isCatalogDrag,
	setCatalogDragData
} from './catalog-drag';
export { loadUnits, saveUnits, UNITS_STORAGE_KEY } from './units-storage';
