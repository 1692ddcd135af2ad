/** The catalog: furniture, doors and windows, and the finishes surfaces are given. */
export * from './furniture';
export * from './finishes';
