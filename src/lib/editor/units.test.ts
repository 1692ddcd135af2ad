import { describe, expect, it } from 'vitest';
import {
	checkLength,
	formatArea,
	formatLength,
	formatLengthForInput,
	isDisplayUnits,
	lengthUnitLabel,
	parseLength,
	type DisplayUnits
} from './units';

const INCH = 2.54;
const FOOT = 30.48;

function cmOf(text: string, units: DisplayUnits = 'm'): number {
	const r = parseLength(text, units);
	if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.error}`);
	return r.cm;
}

function errorOf(text: string, units: DisplayUnits = 'm'): string {
	const r = parseLength(text, units);
	if (r.ok) throw new Error(`expected "${text}" to be refused, got ${r.cm} cm`);
	return r.error;
}

describe('formatLength', () => {
	it('shows metric lengths in the chosen unit', () => {
		expect(formatLength(320, 'm')).toBe('3.20 m');
		expect(formatLength(320, 'cm')).toBe('320 cm');
		expect(formatLength(320.25, 'cm')).toBe('320.3 cm');
		expect(formatLength(320, 'mm')).toBe('3200 mm');
		expect(formatLength(0.04, 'mm')).toBe('0 mm');
	});

	it('shows imperial lengths as feet and inches with sixteenths', () => {
		expect(formatLength(10 * FOOT + 6.375 * INCH, 'ft-in')).toBe('10′ 6 3/8″');
		expect(formatLength(10 * FOOT, 'ft-in')).toBe('10′ 0″');
		expect(formatLength(6.5 * INCH, 'ft-in')).toBe('6 1/2″');
		expect(formatLength(INCH / 16, 'ft-in')).toBe('1/16″');
		expect(formatLength(0, 'ft-in')).toBe('0″');
	});

	it('carries a rounded-up inch into the next foot', () => {
		// 11.999 in rounds to 12 in, which must read 1′ 0″, not 0′ 12″.
		expect(formatLength(11.999 * INCH, 'ft-in')).toBe('1′ 0″');
		expect(formatLength(FOOT * 3 - 0.001, 'ft-in')).toBe('3′ 0″');
	});

	it('marks negative lengths and never shows minus zero', () => {
		expect(formatLength(-FOOT, 'ft-in')).toBe('−1′ 0″');
		expect(formatLength(-0.0001, 'ft-in')).toBe('0″');
		expect(formatLength(-0.0001, 'm')).toBe('0.00 m');
	});
});

describe('formatArea', () => {
	it('shows square metres with one decimal', () => {
		expect(formatArea(124_000, 'm')).toBe('12.4 m²');
		expect(formatArea(124_000, 'mm')).toBe('12.4 m²');
	});

	it('shows square feet when imperial', () => {
		expect(formatArea(10 * FOOT * 12 * FOOT, 'ft-in')).toBe('120 ft²');
	});
});

describe('parseLength', () => {
	it('reads bare numbers in the display unit', () => {
		expect(cmOf('3.2', 'm')).toBe(320);
		expect(cmOf('320', 'cm')).toBe(320);
		expect(cmOf('3200', 'mm')).toBe(320);
		expect(cmOf('10', 'ft-in')).toBeCloseTo(10 * FOOT, 9);
	});

	it('reads explicit metric units whatever the display unit', () => {
		expect(cmOf('320cm', 'ft-in')).toBe(320);
		expect(cmOf('3.2 m', 'mm')).toBe(320);
		expect(cmOf('3200 mm', 'm')).toBe(320);
		expect(cmOf('1m 20cm', 'm')).toBe(120);
		expect(cmOf('3,2 m', 'cm')).toBe(320);
		expect(cmOf('.5m', 'cm')).toBe(50);
	});

	it('reads feet and inches in their usual spellings', () => {
		const tenSix = 10 * FOOT + 6 * INCH;
		expect(cmOf(`10'6"`, 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf(`10' 6"`, 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf(`10'-6"`, 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf('10′ 6″', 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf('10 ft 6 in', 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf(`10' 6`, 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf('126in', 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf(`126"`, 'm')).toBeCloseTo(tenSix, 9);
		expect(cmOf("126''", 'm')).toBeCloseTo(tenSix, 9);
	});

	it('reads fractions of an inch', () => {
		expect(cmOf(`10' 6 1/2"`, 'm')).toBeCloseTo(10 * FOOT + 6.5 * INCH, 9);
		expect(cmOf(`3/8"`, 'm')).toBeCloseTo((3 / 8) * INCH, 9);
		expect(cmOf('1 1/2 m', 'cm')).toBe(150);
	});

	it('round-trips what formatLength shows in imperial', () => {
		for (const cm of [1, 12.7, 99.9, 320, 457.2, 1234.5]) {
			const shown = formatLength(cm, 'ft-in');
			expect(Math.abs(cmOf(shown, 'ft-in') - cm)).toBeLessThanOrEqual(INCH / 32 + 1e-9);
		}
	});

	it('round-trips what formatLengthForInput shows in metric', () => {
		for (const units of ['m', 'cm', 'mm'] as const) {
			for (const cm of [0.5, 12.5, 320, 1234.56]) {
				expect(cmOf(formatLengthForInput(cm, units), units)).toBeCloseTo(cm, 6);
			}
		}
	});

	it('keeps a leading sign for the field to judge', () => {
		expect(cmOf('-20 cm', 'm')).toBe(-20);
		expect(cmOf('−1 m', 'cm')).toBe(-100);
	});

	it('refuses empty text and nonsense with a message', () => {
		expect(errorOf('')).toMatch(/enter a length/i);
		expect(errorOf('   ')).toMatch(/enter a length/i);
		expect(errorOf('abc')).toMatch(/not a length/i);
		expect(errorOf('3 parsecs')).toMatch(/unknown unit/i);
		expect(errorOf('1/0"')).toMatch(/zero/);
		expect(errorOf('3 m 20')).toMatch(/unit/);
		expect(errorOf('6" 10\'')).toMatch(/larger unit first/);
		expect(errorOf('1 m 2 in')).toMatch(/mix/);
		expect(errorOf('2 m 3 m')).toMatch(/twice/);
		expect(errorOf('3.5 1/2"')).toMatch(/fraction/);
		expect(errorOf('3..2')).toMatch(/not a length/i);
	});
});

describe('checkLength', () => {
	const thickness = { min: 0, max: 200, exclusiveMin: true };

	it('accepts values within the limits', () => {
		expect(checkLength('20 cm', 'm', thickness)).toEqual({ ok: true, cm: 20 });
	});

	it('refuses zero, negative and too large values, naming the limit in the units', () => {
		const zero = checkLength('0', 'cm', thickness);
		expect(zero.ok || zero.error).toMatch(/more than zero/);
		const negative = checkLength('-5', 'cm', { min: 0, max: 100 });
		expect(negative.ok || negative.error).toMatch(/negative/);
		const big = checkLength('2.5 m', 'm', thickness);
		expect(big.ok || big.error).toBe('Must be at most 2.00 m');
		const bigImperial = checkLength(`7'`, 'ft-in', thickness);
		expect(bigImperial.ok || bigImperial.error).toBe('Must be at most 6′ 6 3/4″');
		const small = checkLength('1 cm', 'cm', { min: 5, max: 100 });
		expect(small.ok || small.error).toBe('Must be at least 5 cm');
	});
});

describe('unit names', () => {
	it('labels imperial fields in feet and recognises stored settings', () => {
		expect(lengthUnitLabel('ft-in')).toBe('ft');
		expect(lengthUnitLabel('mm')).toBe('mm');
		expect(isDisplayUnits('cm')).toBe(true);
		expect(isDisplayUnits('yards')).toBe(false);
	});
});
