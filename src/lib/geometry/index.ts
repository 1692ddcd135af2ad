/**
 * The geometry layer: plan document → typed-array meshes. See `types.ts` for the output
 * conventions and `cache.ts` for incremental rebuilds.
 */
export { buildPlanGeometry, GeometryCache, type GeometryChanges } from './cache';
export { mergeByMaterial, idAtTriangle } from './merge';
export { ceilingKey } from './room';
export { WALL_CAP, WALL_REVEAL } from './wall';
export type * from './types';
