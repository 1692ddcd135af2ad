import { describe, expect, it } from 'vitest';
import { isTypingKey, parseTypedSegment } from './typed-input';

describe('typed wall segments', () => {
	it('reads a bare number as centimetres in metric', () => {
		expect(parseTypedSegment('320', 'm')).toEqual({ ok: true, length: 320, angle: null });
	});
	it('honours an explicit unit and an angle', () => {
		const r = parseTypedSegment('3.2m<90', 'm');
		expect(r.ok && r.length).toBe(320);
		expect(r.ok && r.angle).toBeCloseTo(-Math.PI / 2);
	});
	it('reads feet in imperial', () => {
		const r = parseTypedSegment('10', 'ft-in');
		expect(r.ok && r.length).toBeCloseTo(304.8);
	});
	it('refuses zero, nonsense and a bad angle', () => {
		expect(parseTypedSegment('0', 'm').ok).toBe(false);
		expect(parseTypedSegment('abc', 'm').ok).toBe(false);
		expect(parseTypedSegment('300<x', 'm').ok).toBe(false);
	});
	it('treats letters as typing only once a number started', () => {
		expect(isTypingKey('3', '')).toBe(true);
		expect(isTypingKey('m', '')).toBe(false);
		expect(isTypingKey('m', '3.2')).toBe(true);
		expect(isTypingKey('Enter', '3')).toBe(false);
	});
});
