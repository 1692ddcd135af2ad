/**
 * Validation of untrusted documents on generated grid plans of 10 / 100 / 1,000 / 10,000 walls
 * (one opening per three walls, a room in every cell, one piece of furniture per five walls).
 * Subject: `validateDocument` (bounded preflight copy, migration check, zod record schemas,
 * rules between records) on a parsed document, and `validateDocumentJson` on its JSON text,
 * the server's path. Baselines in the same run: `JSON.parse(JSON.stringify(doc))`, the copy any
 * validator that returns fresh data pays at least, and `JSON.parse(text)` for the text path.
 * Subject and baseline alternate run by run, so a busy moment on the shared machine hits both.
 */
import { documentSchema } from '../../src/lib/plan/document';
import { generateGridPlan } from '../../src/lib/plan/generate';
import { validateDocument, validateDocumentJson } from '../../src/lib/plan/validate';
import { preflight } from '../../src/lib/plan/validation/preflight';
import { checkReferences } from '../../src/lib/plan/validation/references';
import { COLLECTIONS, type PlanDocument } from '../../src/lib/plan/types';
import { stats, writeResult, type Stats } from '../lib/measure';

export const name = 'validation';

const SIZES = [10, 100, 1000, 10000];
const RUNS: Record<number, number> = { 10: 200, 100: 60, 1000: 20, 10000: 8 };

interface Timing {
	/** Wall-clock milliseconds. */
	wall: Stats;
	/** Process CPU milliseconds: less disturbed by busy neighbours on the shared machine. */
	cpu: Stats;
}

/** Alternates the named functions run by run; returns their statistics in milliseconds. */
function interleaved<K extends string>(fns: Record<K, () => unknown>, runs: number, warmup = 2) {
	const entries = Object.entries(fns) as [K, () => unknown][];
	for (let i = 0; i < warmup; i++) for (const [, fn] of entries) fn();
	const wall = new Map<K, number[]>(entries.map(([k]) => [k, []]));
	const cpu = new Map<K, number[]>(entries.map(([k]) => [k, []]));
	for (let i = 0; i < runs; i++)
		for (const [k, fn] of entries) {
			const c0 = process.cpuUsage();
			const t0 = performance.now();
			fn();
			wall.get(k)!.push(performance.now() - t0);
			const c = process.cpuUsage(c0);
			cpu.get(k)!.push((c.user + c.system) / 1000);
		}
	return Object.fromEntries(
		entries.map(([k]) => [k, { wall: stats(wall.get(k)!), cpu: stats(cpu.get(k)!) }])
	) as Record<K, Timing>;
}

function mustValidate(doc: PlanDocument) {
	const r = validateDocument(doc);
	if (!r.ok) throw new Error(`generated plan rejected: ${JSON.stringify(r.errors.slice(0, 3))}`);
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<void> {
	const results: Record<string, unknown>[] = [];
	for (const walls of SIZES) {
		const doc = generateGridPlan({ walls, openingsEvery: 3, furniturePerWalls: 5, seed: 1 });
		mustValidate(doc);
		const text = JSON.stringify(doc);
		const records = COLLECTIONS.reduce((n, c) => n + Object.keys(doc[c]).length, 0);
		const copied = (preflight(doc) as { value: unknown }).value;

		const t = interleaved(
			{
				validate: () => validateDocument(doc),
				jsonClone: () => JSON.parse(JSON.stringify(doc)),
				validateJson: () => validateDocumentJson(text),
				jsonParse: () => JSON.parse(text),
				// Stages, to see where the time goes.
				preflight: () => preflight(doc),
				schema: () => documentSchema.safeParse(copied),
				references: () => checkReferences(doc)
			},
			RUNS[walls]
		);
		const ratio = (a: Timing, b: Timing) => ({
			wall: round(a.wall.median / b.wall.median, 2),
			cpu: round(a.cpu.median / b.cpu.median, 2)
		});
		const row = {
			walls,
			records,
			jsonBytes: text.length,
			validate: t.validate,
			baselineJsonClone: t.jsonClone,
			ratioToJsonClone: ratio(t.validate, t.jsonClone),
			validateJson: t.validateJson,
			baselineJsonParse: t.jsonParse,
			ratioToJsonParse: ratio(t.validateJson, t.jsonParse),
			stagesCpuMedianMs: {
				preflight: round(t.preflight.cpu.median),
				schema: round(t.schema.cpu.median),
				references: round(t.references.cpu.median)
			},
			cpuMicrosecondsPerRecord: round((t.validate.cpu.median * 1000) / records, 2)
		};
		results.push(row);
		const ms = (x: Timing) => `${x.wall.median.toFixed(2)} ms (cpu ${x.cpu.median.toFixed(2)})`;
		console.log(
			`validation ${String(walls).padStart(5)} walls (${records} records): ` +
				`validate ${ms(t.validate)} vs JSON clone ${ms(t.jsonClone)}: ×${row.ratioToJsonClone.wall} ` +
				`(cpu ×${row.ratioToJsonClone.cpu}); from text ${ms(t.validateJson)} vs JSON.parse ` +
				`${ms(t.jsonParse)}: ×${row.ratioToJsonParse.wall} (cpu ×${row.ratioToJsonParse.cpu})`
		);
	}
	writeResult('validation', {
		description:
			'validateDocument on generated grid plans vs JSON.parse(JSON.stringify(doc)) of the same document; ' +
			'validateDocumentJson(text) vs JSON.parse(text). Wall-clock and process-CPU medians in ms; ' +
			'ratio = subject / baseline median. The machine is shared: trust CPU ratios over wall-clock.',
		sizes: results
	});
}
