import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { sampleHouseXml, sh3dZip } from './fixtures/sh3d';
import { exportPlanJson } from './json';
import { EXPORT_FORMATS, fileBaseName, runExport, runImport } from './run';

describe('runExport / runImport', () => {
	const doc = { ...templates[0].build(), name: 'Maison Écluse #2' };

	it('names files after the design', () => {
		expect(fileBaseName(doc)).toBe('maison-ecluse-2');
	});

	it('produces a non-empty file for every format that needs no browser', async () => {
		const node = EXPORT_FORMATS.filter((f) => !f.id.startsWith('png'));
		for (const f of node) {
			if (f.id === 'glb') continue; // needs FileReader (covered in three/gltf.test.ts)
			const files = await runExport(doc, { format: f.id, scale: 50 });
			expect(files.length).toBeGreaterThan(0);
			expect(files[0].name.startsWith('maison-ecluse-2')).toBe(true);
			const data = files[0].data;
			expect(typeof data === 'string' ? data.length : (data as Uint8Array).length).toBeGreaterThan(
				100
			);
		}
	});

	it('says the 3D image needs the 3D view', async () => {
		await expect(runExport(doc, { format: 'png-3d' })).rejects.toThrow(/3D view/);
	});

	it('imports plan JSON and Sweet Home 3D files by content', async () => {
		const json = await runImport('plan.json', new TextEncoder().encode(exportPlanJson(doc)));
		expect(json.ok && json.doc).toEqual(doc);
		const sh3d = await runImport('renamed.zip', sh3dZip(sampleHouseXml()));
		expect(sh3d.ok).toBe(true);
		if (sh3d.ok) expect(sh3d.summary.join('\n')).toMatch(/walls imported/);
		const bad = await runImport('x.json', new TextEncoder().encode('{"schemaVersion":2}'));
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.messages.length).toBeGreaterThan(0);
		const jpeg = await runImport('photo.sh3d', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
		expect(!jpeg.ok && jpeg.messages[0]).toMatch(/JPEG/);
	});
});
