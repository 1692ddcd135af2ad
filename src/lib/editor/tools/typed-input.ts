import { parseLength, type DisplayUnits } from '../units';

/**
 * Reading what a person types while drawing: a length, optionally followed by `<` and an
 * angle in degrees counter-clockwise from east as seen on screen ("320<90" = 3.20 m up).
 * In metric a bare number is centimetres ("320" = 3.20 m), as on a tape measure; in
 * imperial it is feet. An explicit unit always wins ("3.2m", "10'6\"").
 */
export type TypedSegment =
	{ ok: true; length: number; angle: number | null } | { ok: false; error: string };

export function parseTypedSegment(text: string, units: DisplayUnits): TypedSegment {
	const [lengthText, angleText] = text.split('<');
	const parsed = parseLength(lengthText, units === 'ft-in' ? 'ft-in' : 'cm');
	if (!parsed.ok) return parsed;
	if (!(parsed.cm > 0)) return { ok: false, error: 'A wall needs a length above zero' };
	if (parsed.cm > 100_000) return { ok: false, error: 'That is longer than 1 km' };
	if (angleText === undefined) return { ok: true, length: parsed.cm, angle: null };
	const deg = Number(angleText.replace('°', '').trim());
	if (!Number.isFinite(deg) || angleText.trim() === '')
		return { ok: false, error: 'Write the angle in degrees, like 320<90' };
	// Screen y grows downwards, so counter-clockwise on screen is a negative plan angle.
	return { ok: true, length: parsed.cm, angle: (-deg * Math.PI) / 180 };
}

/** Whether a key belongs to a typed length/angle (digits, units, separators). */
export function isTypingKey(key: string, buffer: string): boolean {
	if (key.length !== 1) return false;
	if (/[0-9.,<'"°/]/.test(key)) return true;
	// Letters and spaces only continue a number already started ("3.2 m", "10 ft").
	return buffer.length > 0 && /[a-z ]/i.test(key);
}
