import { createDimensionTool } from './dimension';
import { createFurnitureTool } from './furniture';
import { createOpeningTool } from './opening';
import { createPanTool } from './pan';
import { createRectangleTool } from './rectangle';
import { createRoomTool } from './room';
import { createSelectTool } from './select';
import { createTextTool } from './text';
import { createTraceMoveTool } from './trace-move';
import type { EditorApi, Tool, ToolId } from './types';
import { createWallTool } from './wall';

export function createTools(api: EditorApi): Record<ToolId, Tool> {
	return {
		select: createSelectTool(api),
		wall: createWallTool(api),
		rectangle: createRectangleTool(api),
		door: createOpeningTool(api, 'door'),
		window: createOpeningTool(api, 'window'),
		room: createRoomTool(api),
		furniture: createFurnitureTool(api),
		dimension: createDimensionTool(api),
		text: createTextTool(api),
		pan: createPanTool(api),
		trace: createTraceMoveTool(api)
	};
}

export type { CatalogHooks, EditorApi, Tool, ToolId } from './types';
