import { describe, expect, it } from 'vitest';
import { collectionOfId, isIdOf, newId } from './ids';

describe('ids', () => {
	it('makes prefixed random ids that pass their own check', () => {
		const ids = new Set<string>();
		for (let i = 0; i < 2000; i++) {
			const id = newId('wall');
			expect(id).toMatch(/^wall:[0-9a-z]{12}$/);
			expect(isIdOf(id, 'wall')).toBe(true);
			ids.add(id);
		}
		expect(ids.size).toBe(2000);
	});

	it('checks the prefix, the characters and the length', () => {
		expect(isIdOf('wall:abc', 'corner')).toBe(false);
		expect(isIdOf('wall:', 'wall')).toBe(false);
		expect(isIdOf('wall:a b', 'wall')).toBe(false);
		expect(isIdOf('wall:' + 'a'.repeat(200), 'wall')).toBe(false);
		expect(isIdOf(12, 'wall')).toBe(false);
		expect(isIdOf('wall:A_b-9', 'wall')).toBe(true);
	});

	it('finds the collection of an id', () => {
		expect(collectionOfId('opening:x')).toBe('openings');
		expect(collectionOfId('furniture:x')).toBe('furniture');
		expect(collectionOfId('nothing:x')).toBeNull();
	});
});
