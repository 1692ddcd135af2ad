import { describe, expect, it } from 'vitest';
import { templates } from '../catalog/templates';
import { generateGridPlan } from '../plan/generate';
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
