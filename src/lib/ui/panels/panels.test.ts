/**
 * The panels rendered on the server (Svelte's SSR in Node): what a person and a screen reader
 * get before any script runs. Interaction is covered by tests/e2e/panels.spec.ts.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildTwoStoreyHouse } from '../../catalog/templates/two-storey';
import { catalog } from '../../catalog/furniture';
import type { PlanDocument, RecordId } from '../../plan/types';
import CatalogPanel from './CatalogPanel.svelte';
import LevelsPanel from './LevelsPanel.svelte';
import PropertiesPanel from './PropertiesPanel.svelte';
import UnitsSwitcher from './UnitsSwitcher.svelte';
import { sortedLevels } from './levels/levels';

const noop = () => {};
const house = buildTwoStoreyHouse();
const ground = sortedLevels(house)[0];
const wallsOf = (doc: PlanDocument) =>
	Object.values(doc.walls).filter((w) => w.level === ground.id);

/** The <input> with this id, as rendered. */
function inputTag(html: string, id: string): string {
	const m = html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`));
	if (!m) throw new Error(`no input #${id} in ${html.slice(0, 500)}`);
	return m[0];
}

describe('PropertiesPanel', () => {
	it('labels each wall field with its unit and shows the value', () => {
		const wall = wallsOf(house)[0];
		const { body } = render(PropertiesPanel, {
			props: { doc: house, selection: new Set<RecordId>([wall.id]), units: 'm', onchange: noop }
		});
		expect(body).toMatch(
			/<label for="prop-wall-thickness"[^>]*>\s*Thickness(?:<!--[^>]*-->)?<span[^>]*>(?:&nbsp;|\u00a0)\(m\)/
		);
		expect(inputTag(body, 'prop-wall-thickness')).toContain(`value="${wall.thickness / 100} m"`);
		expect(body).toContain('prop-wall-length');
	});

	it('shows feet in imperial mode', () => {
		const wall = wallsOf(house)[0];
		const { body } = render(PropertiesPanel, {
			props: { doc: house, selection: [wall.id], units: 'ft-in', onchange: noop }
		});
		expect(body).toMatch(/Thickness(?:<!--[^>]*-->)?<span[^>]*>(?:&nbsp;|\u00a0)\(ft\)/);
		expect(body).not.toContain('(m)');
	});

	it('shows Mixed for values a multi-selection does not share', () => {
		const walls = wallsOf(house);
		const thick = walls.find((w) => w.thickness === 25)!;
		const thin = walls.find((w) => w.thickness === 10)!;
		const { body } = render(PropertiesPanel, {
			props: { doc: house, selection: [thick.id, thin.id], units: 'cm', onchange: noop }
		});
		expect(body).toContain('2 walls');
		expect(inputTag(body, 'prop-wall-thickness')).toContain('placeholder="Mixed"');
		expect(inputTag(body, 'prop-wall-height')).toContain('value="250 cm"');
	});

	it('invites a selection when nothing is selected', () => {
		const { body } = render(PropertiesPanel, {
			props: { doc: house, selection: [], units: 'm', onchange: noop }
		});
		expect(body).toMatch(/Select a wall/);
	});
});

describe('LevelsPanel', () => {
	it('lists levels highest first and marks the current one', () => {
		const { body } = render(LevelsPanel, {
			props: { doc: house, current: ground.id, onchange: noop, onselect: noop }
		});
		expect(body.indexOf('First floor')).toBeLessThan(body.indexOf('Ground floor'));
		expect(body).toMatch(new RegExp(`id="level-switch-${ground.id}"[^>]*aria-current="true"`));
		expect(body).toContain('aria-label="Delete Ground floor"');
		expect(body).toContain('Add level');
	});
});

describe('CatalogPanel', () => {
	it('renders every item as a draggable button with a symbol thumbnail and its size', () => {
		const { body } = render(CatalogPanel, { props: { units: 'cm', onplace: noop } });
		expect(body.match(/draggable="true"/g)).toHaveLength(catalog.length);
		expect(body.match(/<svg/g)!.length).toBeGreaterThanOrEqual(catalog.length);
		expect(body).toContain('160 × 200 cm');
		expect(body).toContain(`${catalog.length} items`);
	});
});

describe('UnitsSwitcher', () => {
	it('checks the current units among metric and imperial choices', () => {
		const { body } = render(UnitsSwitcher, { props: { units: 'ft-in', onchange: noop } });
		expect(body).toMatch(/value="ft-in"[^>]*checked/);
		for (const u of ['m', 'cm', 'mm']) expect(body).toContain(`value="${u}"`);
	});
});
