import { z } from 'zod/mini';
import type { UploadedModel } from '../types';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { idSchema, positiveUpTo, text } from './common';
import { base64File } from './asset';

export const modelSchema = z.object({
	id: idSchema('model'),
	name: text(LIMITS.maxModelNameLength, 1),
	format: z.enum(['glb', 'gltf']),
	data: base64File(LIMITS.maxModelBytes),
	width: positiveUpTo(LIMITS.maxSize),
	depth: positiveUpTo(LIMITS.maxSize),
	height: positiveUpTo(LIMITS.maxHeight),
	triangles: z
		.number()
		.check(
			z.int('must be a whole number'),
			z.gte(0, 'must be ≥ 0'),
			z.lte(100_000_000, 'must be ≤ 100000000')
		)
});

export function createModel(fields: Omit<UploadedModel, 'id'>): UploadedModel {
	return { id: newId('model'), ...fields };
}

/** True when a furniture piece's `catalogId` names an uploaded model rather than a catalog item. */
export const isModelId = (catalogId: string): catalogId is UploadedModel['id'] =>
	catalogId.startsWith('model:');
