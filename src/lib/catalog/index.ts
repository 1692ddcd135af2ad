/** The catalog: furniture, doors and windows, their 3D models, and the finishes surfaces are given. */
export * from './furniture';
export * from './models';
export * from './finishes';
