import type { KeyInput, ToolId } from './tools/types';

/** What a key press asks the editor to do when the active tool does not use the key. */
export type EditorAction =
	| { type: 'tool'; tool: ToolId }
	| { type: 'undo' }
	| { type: 'redo' }
	| { type: 'delete' }
	| { type: 'duplicate' }
	| { type: 'copy' }
	| { type: 'paste' }
	| { type: 'cut' }
	| { type: 'selectAll' }
	| { type: 'cancel' }
	| { type: 'zoomFit' }
	| { type: 'zoomIn' }
	| { type: 'zoomOut' };

/** The tools in toolbar order, with the key that picks each (shown in tooltips). */
export const TOOL_KEYS: { tool: ToolId; key: string; label: string }[] = [
	{ tool: 'select', key: 'V', label: 'Select' },
	{ tool: 'wall', key: 'W', label: 'Wall' },
	{ tool: 'rectangle', key: 'R', label: 'Rectangle room' },
	{ tool: 'room', key: 'O', label: 'Room' },
	{ tool: 'door', key: 'D', label: 'Door' },
	{ tool: 'window', key: 'N', label: 'Window' },
	{ tool: 'furniture', key: 'F', label: 'Furniture' },
	{ tool: 'dimension', key: 'M', label: 'Dimension' },
	{ tool: 'text', key: 'T', label: 'Text' },
	{ tool: 'pan', key: 'H', label: 'Pan (or hold Space)' }
];

/** Other commands and their keys, for tooltips and the help list. */
export const COMMAND_KEYS = {
	undo: 'Ctrl+Z',
	redo: 'Ctrl+Shift+Z / Ctrl+Y',
	delete: 'Delete',
	duplicate: 'Ctrl+D',
	copy: 'Ctrl+C',
	paste: 'Ctrl+V',
	zoomFit: '0',
	zoomIn: '+',
	zoomOut: '−',
	cancel: 'Escape',
	snapOff: 'hold Alt'
} as const;

const byKey = new Map(TOOL_KEYS.map((t) => [t.key.toLowerCase(), t.tool]));

export function actionForKey(e: KeyInput): EditorAction | null {
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	if (e.ctrl) {
		if (key === 'z') return e.shift ? { type: 'redo' } : { type: 'undo' };
		if (key === 'y') return { type: 'redo' };
		if (key === 'd') return { type: 'duplicate' };
		if (key === 'c') return { type: 'copy' };
		if (key === 'v') return { type: 'paste' };
		if (key === 'x') return { type: 'cut' };
		if (key === 'a') return { type: 'selectAll' };
		return null;
	}
	if (e.alt) return null;
	if (key === 'Delete' || key === 'Backspace') return { type: 'delete' };
	if (key === 'Escape') return { type: 'cancel' };
	if (key === '0') return { type: 'zoomFit' };
	if (key === '+' || key === '=') return { type: 'zoomIn' };
	if (key === '-') return { type: 'zoomOut' };
	const tool = byKey.get(key);
	if (tool && !e.shift) return { type: 'tool', tool };
	return null;
}
