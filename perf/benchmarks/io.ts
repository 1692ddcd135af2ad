/**
 * Import and export of a house of about 100 walls and 200 pieces of furniture (a generated
 * grid plan with a door or window on every third wall).
 * - Import: `importSh3d` on a Sweet Home 3D file written from the plan (Home.xml in a ZIP), the
 *   whole path: unzip with limits, safe XML parse, wall joining through topology, rooms, doors
 *   and windows placed in walls, furniture matched to the catalog, validation.
 *   Baseline in the same run: unzip + XML parse alone (what any importer pays before mapping).
 * - Export: GLB (three's GLTFExporter on the geometry and furniture models) and PDF at 1:100.
 *   Baseline in the same run: the plan's JSON export (`exportPlanJson`), the cheapest format.
 * Subject and baseline alternate run by run so a busy moment on the shared machine hits both.
 */
import { generateGridPlan } from '../../src/lib/plan/generate';
import { importSh3d } from '../../src/lib/io/sh3d';
import { listEntries, readEntry } from '../../src/lib/io/sh3d/zip';
import { parseXml } from '../../src/lib/io/sh3d/xml';
import { planToHomeXml, sh3dZip } from '../../src/lib/io/fixtures/sh3d';
import { exportPlanJson } from '../../src/lib/io/json';
import { exportPlanPdf } from '../../src/lib/io/pdf';
import { exportGltf } from '../../src/lib/io/three/gltf';
import { installFileReader } from '../../src/lib/io/three/node-polyfills';
import { stats, writeResult, type Stats } from '../lib/measure';

export const name = 'io';

async function interleaved<K extends string>(
	fns: Record<K, () => unknown>,
	runs: number,
	warmup = 1
): Promise<Record<K, { wall: Stats; cpu: Stats }>> {
	const entries = Object.entries(fns) as [K, () => unknown][];
	for (let i = 0; i < warmup; i++) for (const [, fn] of entries) await fn();
	const wall = new Map<K, number[]>(entries.map(([k]) => [k, []]));
	const cpu = new Map<K, number[]>(entries.map(([k]) => [k, []]));
	for (let i = 0; i < runs; i++)
		for (const [k, fn] of entries) {
			const c0 = process.cpuUsage();
			const t0 = performance.now();
			await fn();
			wall.get(k)!.push(performance.now() - t0);
			const c = process.cpuUsage(c0);
			cpu.get(k)!.push((c.user + c.system) / 1000);
		}
	return Object.fromEntries(
		entries.map(([k]) => [k, { wall: stats(wall.get(k)!), cpu: stats(cpu.get(k)!) }])
	) as Record<K, { wall: Stats; cpu: Stats }>;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<void> {
	installFileReader();
	const plan = generateGridPlan({ walls: 100, openingsEvery: 3, furniturePerWalls: 0.5, seed: 7 });
	const xml = planToHomeXml(plan);
	const zip = sh3dZip(xml);
	const check = await importSh3d(zip);
	if (!check.ok) throw new Error(`benchmark home did not import: ${check.error}`);
	const doc = check.doc;
	const imported = {
		sh3dWalls: Object.keys(plan.walls).length,
		sh3dFurniture: Object.keys(plan.furniture).length,
		sh3dOpenings: Object.keys(plan.openings).length,
		walls: Object.keys(doc.walls).length,
		furniture: Object.keys(doc.furniture).length,
		openings: Object.keys(doc.openings).length,
		rooms: Object.keys(doc.rooms).length,
		zipBytes: zip.length,
		xmlBytes: xml.length
	};

	const importTimes = await interleaved(
		{
			importSh3d: () => importSh3d(zip),
			unzipAndParse: () => {
				const entry = listEntries(zip).find((e) => e.name === 'Home.xml')!;
				return parseXml(new TextDecoder().decode(readEntry(zip, entry, 50 * 1024 * 1024)));
			}
		},
		8
	);
	let glbBytes = 0;
	let pdfBytes = 0;
	const exportTimes = await interleaved(
		{
			glb: async () => (glbBytes = (await exportGltf(doc)).length),
			pdf: async () => (pdfBytes = (await exportPlanPdf(doc, { scale: 100 })).length),
			json: () => exportPlanJson(doc)
		},
		8
	);
	const ratio = (a: { cpu: Stats }, b: { cpu: Stats }) => round(a.cpu.median / b.cpu.median, 1);
	const result = {
		subject:
			'importSh3d of a ~100-wall, ~200-piece Sweet Home 3D home; GLB and PDF export of the imported plan',
		baselines: {
			import: 'unzip + XML parse of the same file, no mapping (same run, interleaved)',
			export: 'exportPlanJson of the same plan (same run, interleaved)'
		},
		plan: imported,
		import: importTimes,
		export: { ...exportTimes, glbBytes, pdfBytes },
		ratios: {
			importVsUnzipParse: ratio(importTimes.importSh3d, importTimes.unzipAndParse),
			glbVsJson: ratio(exportTimes.glb, exportTimes.json),
			pdfVsJson: ratio(exportTimes.pdf, exportTimes.json)
		}
	};
	const file = writeResult(name, result);
	console.log(
		`io: import ${round(importTimes.importSh3d.wall.median)} ms (unzip+parse ${round(importTimes.unzipAndParse.wall.median)} ms), ` +
			`GLB ${round(exportTimes.glb.wall.median)} ms, PDF ${round(exportTimes.pdf.wall.median)} ms, JSON ${round(exportTimes.json.wall.median, 3)} ms → ${file}`
	);
}
