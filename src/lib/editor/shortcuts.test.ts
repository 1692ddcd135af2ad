import { describe, expect, it } from 'vitest';
import { actionForKey, TOOL_KEYS } from './shortcuts';

const k = (key: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {}) => ({
	key,
	ctrl: false,
	shift: false,
	alt: false,
	...mods
});

describe('keyboard shortcuts', () => {
	it('picks every tool by its letter, either case', () => {
		for (const t of TOOL_KEYS) {
			expect(actionForKey(k(t.key.toLowerCase()))).toEqual({ type: 'tool', tool: t.tool });
			expect(actionForKey(k(t.key, { shift: false }))).toEqual({ type: 'tool', tool: t.tool });
		}
		expect(new Set(TOOL_KEYS.map((t) => t.key)).size).toBe(TOOL_KEYS.length);
	});

	it('maps undo and both redo chords', () => {
		expect(actionForKey(k('z', { ctrl: true }))).toEqual({ type: 'undo' });
		expect(actionForKey(k('Z', { ctrl: true, shift: true }))).toEqual({ type: 'redo' });
		expect(actionForKey(k('y', { ctrl: true }))).toEqual({ type: 'redo' });
	});

	it('maps editing and view keys', () => {
		expect(actionForKey(k('Delete'))).toEqual({ type: 'delete' });
		expect(actionForKey(k('d', { ctrl: true }))).toEqual({ type: 'duplicate' });
		expect(actionForKey(k('c', { ctrl: true }))).toEqual({ type: 'copy' });
		expect(actionForKey(k('v', { ctrl: true }))).toEqual({ type: 'paste' });
		expect(actionForKey(k('Escape'))).toEqual({ type: 'cancel' });
		expect(actionForKey(k('0'))).toEqual({ type: 'zoomFit' });
		expect(actionForKey(k('q'))).toBeNull();
	});
});
