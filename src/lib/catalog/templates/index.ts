/** Ready-made, furnished designs a person can start from. */
import type { PlanDocument } from '../../plan/types';
import { buildStudio } from './studio';
import { buildTwoBedroomHouse } from './two-bedroom';
import { buildTwoStoreyHouse } from './two-storey';

export interface Template {
	id: string;
	name: string;
	description: string;
	/** A new document every call, with fresh ids. */
	build(): PlanDocument;
}

export const templates: readonly Template[] = [
	{
		id: 'studio',
		name: 'Studio flat',
		description: 'About 33 m²: one room to live, cook and sleep in, with a hall and a bathroom.',
		build: buildStudio
	},
	{
		id: 'two-bedroom',
		name: 'Two-bedroom house',
		description: 'A single-storey house of about 70 m² with two bedrooms, living room and kitchen.',
		build: buildTwoBedroomHouse
	},
	{
		id: 'two-storey',
		name: 'Two-storey house',
		description: 'Living room and kitchen downstairs, three bedrooms and a bathroom upstairs.',
		build: buildTwoStoreyHouse
	}
];

export function getTemplate(id: string): Template | undefined {
	return templates.find((t) => t.id === id);
}
