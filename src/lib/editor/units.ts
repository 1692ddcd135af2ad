/**
 * Display units: how lengths and areas are shown to a person and read back from what they
 * type. The document always stores centimetres; this is purely a view concern.
 */

/** Metric in metres, centimetres or millimetres, or imperial feet-inches with fractions. */
export type DisplayUnits = 'm' | 'cm' | 'mm' | 'ft-in';

export const DISPLAY_UNITS: readonly DisplayUnits[] = ['m', 'cm', 'mm', 'ft-in'];

export const CM_PER_INCH = 2.54;
export const CM_PER_FOOT = 30.48;
/** Imperial lengths are shown to the nearest sixteenth of an inch. */
const INCH_FRACTION = 16;

export function isDisplayUnits(value: unknown): value is DisplayUnits {
	return typeof value === 'string' && (DISPLAY_UNITS as readonly string[]).includes(value);
}

export function isImperial(units: DisplayUnits): boolean {
	return units === 'ft-in';
}

/** Short name of the unit a length field is shown in, for labels: `m`, `cm`, `mm`, `ft`. */
export function lengthUnitLabel(units: DisplayUnits): string {
	return units === 'ft-in' ? 'ft' : units;
}

/** Short name of the unit areas are shown in. */
export function areaUnitLabel(units: DisplayUnits): string {
	return isImperial(units) ? 'ft²' : 'm²';
}

/** Formats a number with at most `decimals` decimals, dropping trailing zeros if `trim`. */
function fixed(value: number, decimals: number, trim: boolean): string {
	let text = value.toFixed(decimals);
	if (trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
	// toFixed yields "-0.00" for tiny negatives.
	return Number(text) === 0 ? text.replace('-', '') : text;
}

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/** `10′ 6 3/8″`, `6 1/2″`, `0″`, rounded to the nearest 1/16 inch. */
function formatFeetInches(cm: number): string {
	const sixteenths = Math.round((Math.abs(cm) / CM_PER_INCH) * INCH_FRACTION);
	const sign = sixteenths > 0 && cm < 0 ? '−' : '';
	const perFoot = 12 * INCH_FRACTION;
	const feet = Math.floor(sixteenths / perFoot);
	const rest = sixteenths - feet * perFoot;
	const inches = Math.floor(rest / INCH_FRACTION);
	const frac = rest - inches * INCH_FRACTION;
	let inchText = String(inches);
	if (frac > 0) {
		const d = gcd(frac, INCH_FRACTION);
		const fraction = `${frac / d}/${INCH_FRACTION / d}`;
		inchText = inches > 0 ? `${inches} ${fraction}` : fraction;
	}
	if (feet === 0) return `${sign}${inchText}″`;
	return `${sign}${feet}′ ${inchText}″`;
}

/** A length in centimetres as a person reads it: `3.20 m`, `320 cm`, `3200 mm`, `10′ 6 3/8″`. */
export function formatLength(cm: number, units: DisplayUnits): string {
	if (!Number.isFinite(cm)) return '—';
	switch (units) {
		case 'm':
			return `${fixed(cm / 100, 2, false)} m`;
		case 'cm':
			return `${fixed(cm, 1, true)} cm`;
		case 'mm':
			return `${fixed(cm * 10, 0, false)} mm`;
		case 'ft-in':
			return formatFeetInches(cm);
	}
}

/** An area in square centimetres: `12.4 m²` or `133 ft²`. */
export function formatArea(cm2: number, units: DisplayUnits): string {
	if (!Number.isFinite(cm2)) return '—';
	if (isImperial(units)) return `${fixed(cm2 / (CM_PER_FOOT * CM_PER_FOOT), 0, false)} ft²`;
	return `${fixed(cm2 / 10_000, 1, false)} m²`;
}

/**
 * A length as it goes into an editable text field: like `formatLength` but without
 * rounding metric values so coarsely that re-parsing them would change the model.
 */
export function formatLengthForInput(cm: number, units: DisplayUnits): string {
	switch (units) {
		case 'm':
			return `${fixed(cm / 100, 4, true)} m`;
		case 'cm':
			return `${fixed(cm, 2, true)} cm`;
		case 'mm':
			return `${fixed(cm * 10, 1, true)} mm`;
		case 'ft-in':
			return formatFeetInches(cm);
	}
}

export type LengthParse = { ok: true; cm: number } | { ok: false; error: string };

type Unit = 'm' | 'cm' | 'mm' | 'ft' | 'in';

const UNIT_WORDS: Record<string, Unit> = {
	m: 'm',
	meter: 'm',
	meters: 'm',
	metre: 'm',
	metres: 'm',
	cm: 'cm',
	mm: 'mm',
	"'": 'ft',
	ft: 'ft',
	foot: 'ft',
	feet: 'ft',
	'"': 'in',
	in: 'in',
	inch: 'in',
	inches: 'in'
};

const CM_PER_UNIT: Record<Unit, number> = {
	m: 100,
	cm: 1,
	mm: 0.1,
	ft: CM_PER_FOOT,
	in: CM_PER_INCH
};

const EXAMPLES = 'try 3.2 m, 320 cm or 10′ 6″';

/** Straight quotes for the typographic marks people paste: ′ ″ ’ ” and two apostrophes. */
function normalise(text: string): string {
	let t = text.trim().toLowerCase();
	t = t
		.replace(/[′’‘`´]/g, "'")
		.replace(/[″“”]/g, '"')
		.replace(/''/g, '"');
	t = t.replace(/[−–]/g, '-');
	// A comma is a decimal separator when there is no point ("3,2 m").
	if (!t.includes('.')) t = t.replace(/(\d),(\d)/g, '$1.$2');
	return t;
}

interface Term {
	value: number;
	unit: Unit | null;
}

/** Splits `10' 6 1/2"` into terms [{10, ft}, {6.5, in}]; returns an error text on nonsense. */
function readTerms(text: string): Term[] | string {
	const terms: Term[] = [];
	// A fraction alone (1/2), or a number with an optional fraction after it (6 1/2, 3.25).
	const quantity = /^(?:(\d+)\/(\d+)|(\d+(?:\.\d+)?|\.\d+)(?:\s+(\d+)\/(\d+))?)\s*/;
	const unitWord = /^("|'|[a-z]+)\s*/;
	let rest = text;
	while (rest.length > 0) {
		// An architect's dash between feet and inches: 10'-6".
		if (terms.length > 0 && rest.startsWith('-')) rest = rest.slice(1).trimStart();
		const q = quantity.exec(rest);
		if (!q) return `Not a length: ${EXAMPLES}`;
		let value: number;
		if (q[1] !== undefined) {
			if (Number(q[2]) === 0) return 'A fraction cannot divide by zero';
			value = Number(q[1]) / Number(q[2]);
		} else {
			value = Number(q[3]);
			if (q[4] !== undefined) {
				if (q[3].includes('.')) return 'Write a fraction after a whole number, like 6 1/2';
				if (Number(q[5]) === 0) return 'A fraction cannot divide by zero';
				value += Number(q[4]) / Number(q[5]);
			}
		}
		rest = rest.slice(q[0].length);
		let unit: Unit | null = null;
		const u = unitWord.exec(rest);
		if (u) {
			unit = UNIT_WORDS[u[1]] ?? null;
			if (!unit) return `Unknown unit “${u[1]}”: use m, cm, mm, ft or in`;
			rest = rest.slice(u[0].length);
		}
		terms.push({ value, unit });
	}
	return terms;
}

/**
 * Reads a length typed by a person, in centimetres. Accepts `3.2`, `320cm`, `3.2 m`, `10'6"`,
 * `10' 6 1/2"`, `10'-6"`, `126in`, `6 ft 6 in`, `1m 20cm`. A bare number is in the display
 * unit (feet when imperial); a bare number after feet is inches. A leading minus is kept:
 * whether a negative length is allowed is the field's business (see `checkLength`).
 */
export function parseLength(text: string, units: DisplayUnits): LengthParse {
	let t = normalise(text);
	if (t === '') return { ok: false, error: 'Enter a length' };
	let sign = 1;
	if (t.startsWith('-') || t.startsWith('+')) {
		sign = t.startsWith('-') ? -1 : 1;
		t = t.slice(1).trimStart();
	}
	const terms = readTerms(t);
	if (typeof terms === 'string') return { ok: false, error: terms };
	if (terms.length === 0) return { ok: false, error: `Not a length: ${EXAMPLES}` };

	const defaultUnit: Unit = units === 'ft-in' ? 'ft' : units;
	let total = 0;
	let previous: Unit | null = null;
	const seen = new Set<Unit>();
	for (const term of terms) {
		let unit = term.unit;
		if (unit === null) {
			if (previous === 'ft') unit = 'in';
			else if (terms.length === 1) unit = defaultUnit;
			else return { ok: false, error: 'Give each number its unit, like 1 m 20 cm' };
		}
		if (seen.has(unit)) return { ok: false, error: `“${unit}” appears twice` };
		if (previous && CM_PER_UNIT[unit] > CM_PER_UNIT[previous])
			return { ok: false, error: 'Write the larger unit first, like 10′ 6″' };
		const imperial = unit === 'ft' || unit === 'in';
		const previousImperial = previous === 'ft' || previous === 'in';
		if (previous && imperial !== previousImperial)
			return { ok: false, error: 'Do not mix metric and imperial units' };
		seen.add(unit);
		previous = unit;
		total += term.value * CM_PER_UNIT[unit];
	}
	if (!Number.isFinite(total)) return { ok: false, error: 'That number is too large' };
	// Drop float noise such as 320.00000000000006 from 3.2 * 100.
	const cm = (sign * Math.round(total * 1e6)) / 1e6;
	return { ok: true, cm: cm === 0 ? 0 : cm };
}

export interface LengthLimits {
	/** Smallest allowed value in cm; values must be strictly greater when `exclusiveMin`. */
	min: number;
	max: number;
	exclusiveMin?: boolean;
}

/**
 * Parses and checks a length against a field's limits, returning a message that names the
 * limit in the person's units ("Must be at most 2.00 m").
 */
export function checkLength(text: string, units: DisplayUnits, limits: LengthLimits): LengthParse {
	const parsed = parseLength(text, units);
	if (!parsed.ok) return parsed;
	const { cm } = parsed;
	if (limits.exclusiveMin ? cm <= limits.min : cm < limits.min) {
		if (limits.min === 0) {
			return {
				ok: false,
				error: limits.exclusiveMin ? 'Must be more than zero' : 'Must not be negative'
			};
		}
		return { ok: false, error: `Must be at least ${formatLength(limits.min, units)}` };
	}
	if (cm > limits.max)
		return { ok: false, error: `Must be at most ${formatLength(limits.max, units)}` };
	return parsed;
}
