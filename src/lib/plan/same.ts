/**
 * Equality of plain JSON data, as it would be after a round trip through JSON or PostgreSQL's
 * jsonb: key order does not matter (jsonb does not keep it) and a key whose value is
 * `undefined` counts as absent (JSON drops it).
 */
export function samePlan(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const bb = b as unknown[];
		return a.length === bb.length && a.every((v, i) => samePlan(v, bb[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
	const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => Object.hasOwn(rb, k) && samePlan(ra[k], rb[k]));
}
