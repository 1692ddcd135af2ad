/**
 * Caps on what the files kept in a document add up to: counts, total bytes, and one trace image
 * per level. Each record's own size is capped by its schema (records/asset.ts).
 */
import type { PlanDocument } from '../types';
import { LIMITS } from '../limits';
import { base64Bytes } from '../records/asset';
import { errorAt, type ValidationError } from './errors';

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function checkAssets(doc: PlanDocument): ValidationError[] {
	const errors: ValidationError[] = [];
	const models = Object.values(doc.models ?? {});
	const backgrounds = Object.entries(doc.backgrounds ?? {});
	if (models.length > LIMITS.maxModels)
		errors.push(
			errorAt(
				['models'],
				`must hold at most ${LIMITS.maxModels} models (it holds ${models.length})`
			)
		);
	if (backgrounds.length > LIMITS.maxBackgrounds)
		errors.push(
			errorAt(
				['backgrounds'],
				`must hold at most ${LIMITS.maxBackgrounds} images (it holds ${backgrounds.length})`
			)
		);
	const total =
		models.reduce((sum, m) => sum + base64Bytes(m.data), 0) +
		backgrounds.reduce((sum, [, b]) => sum + base64Bytes(b.data), 0);
	if (total > LIMITS.maxAssetBytes)
		errors.push(
			errorAt(
				[],
				`models and trace images must total at most ${megabytes(LIMITS.maxAssetBytes)} (they total ${megabytes(total)})`
			)
		);
	const seen = new Map<string, string>();
	for (const [key, b] of backgrounds) {
		const level = b.level ?? 'every level';
		if (b.level !== null && !Object.hasOwn(doc.levels, b.level))
			errors.push(
				errorAt(
					['backgrounds', key, 'level'],
					`must name an existing level or be null (${b.level} does not exist)`
				)
			);
		const other = seen.get(level);
		if (other)
			errors.push(errorAt(['backgrounds', key, 'level'], `has a trace image already (${other})`));
		else seen.set(level, key);
	}
	return errors;
}
