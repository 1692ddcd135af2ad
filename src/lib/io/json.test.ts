import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { generateGridPlan } from '../plan/generate';
import { createBackground, createFurniture, createModel } from '../plan/records';
import type { LevelId } from '../plan/types';
import { exportPlanJson, importPlanJson } from './json';

describe('plan JSON', () => {
	it('exports and imports every template to an identical document', () => {
		for (const t of templates) {
			const doc = t.build();
			const back = importPlanJson(exportPlanJson(doc));
			expect(back.ok).toBe(true);
			if (back.ok) expect(back.doc).toEqual(doc);
		}
	});

	it('round-trips a generated plan with furniture', () => {
		const doc = generateGridPlan({ walls: 60, furniturePerWalls: 2, seed: 3 });
		const back = importPlanJson(exportPlanJson(doc));
		expect(back.ok && back.doc).toEqual(doc);
	});

	it('carries uploaded models and the trace image, and refuses them over their caps', () => {
		const doc = templates[0].build();
		const level = Object.keys(doc.levels)[0] as LevelId;
		const model = createModel({
			name: 'Lamp',
			format: 'glb',
			data: btoa('glTF and some bytes!'),
			width: 40,
			depth: 35,
			height: 150,
			triangles: 1
		});
		const piece = createFurniture({ level, catalogId: model.id, x: 0, y: 0 });
		const bg = createBackground({
			level,
			mime: 'image/png',
			data: btoa('not really a PNG'),
			pixelWidth: 10,
			pixelHeight: 10,
			cmPerPixel: 2,
			x: 5,
			y: 5,
			rotation: 0,
			opacity: 0.4,
			visible: false
		});
		const withFiles = {
			...doc,
			furniture: { ...doc.furniture, [piece.id]: piece },
			models: { [model.id]: model },
			backgrounds: { [bg.id]: bg }
		};
		const back = importPlanJson(exportPlanJson(withFiles));
		expect(back.ok && back.doc).toEqual(withFiles);
		const tooMany = JSON.parse(exportPlanJson(withFiles));
		for (let i = 0; i < 21; i++) tooMany.models[`model:m${i}`] = { ...model, id: `model:m${i}` };
		const refused = importPlanJson(JSON.stringify(tooMany));
		expect(!refused.ok && refused.messages).toEqual([
			'models: must hold at most 20 models (it holds 22)'
		]);
	});

	it('lists validation errors with their paths', () => {
		const doc = templates[0].build();
		const wallId = Object.keys(doc.walls)[0];
		const broken = JSON.parse(exportPlanJson(doc));
		broken.walls[wallId].thickness = -5;
		const result = importPlanJson(JSON.stringify(broken));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.messages.join('\n')).toContain(`walls["${wallId}"].thickness`);
	});

	it('reports text that is not JSON', () => {
		const result = importPlanJson('{"schemaVersion": 2,');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.messages[0]).toMatch(/not valid JSON/);
	});
});
