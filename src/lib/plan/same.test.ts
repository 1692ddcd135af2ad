import { describe, expect, it } from 'vitest';
import { samePlan } from './same';

describe('samePlan', () => {
	it('ignores key order, as jsonb does', () => {
		expect(samePlan({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
	});
	it('treats an undefined value as an absent key, as JSON does', () => {
		expect(samePlan({ a: 1, b: undefined }, { a: 1 })).toBe(true);
	});
	it('tells different values, arrays and shapes apart', () => {
		expect(samePlan({ a: 1 }, { a: 2 })).toBe(false);
		expect(samePlan({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(samePlan([1, 2], [2, 1])).toBe(false);
		expect(samePlan([1], { 0: 1 })).toBe(false);
		expect(samePlan(null, {})).toBe(false);
		expect(samePlan({ a: null }, { a: undefined })).toBe(false);
	});
});
