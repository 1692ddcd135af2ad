/**
 * Import and export. Light, pure modules are re-exported here; `pdf.ts` (jsPDF) and `three/*`
 * (three's exporters) are meant to be loaded with `import()` — `runExport` in `run.ts` does so.
 */
export * from './progress';
export * from './drawing';
export * from './json';
export * from './csv';
export * from './svg';
export * from './dxf';
export * from './trace';
export * from './run';
