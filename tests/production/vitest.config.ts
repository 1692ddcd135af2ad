import { defineConfig } from 'vitest/config';

// The production tests start real processes (Nginx, several `node build`, PostgreSQL, Redis):
// one file at a time, generous time-outs for a shared 2-core machine.
// Run: npx vitest run --config tests/production/vitest.config.ts
export default defineConfig({
	test: {
		root: import.meta.dirname,
		include: ['**/*.test.ts'],
		environment: 'node',
		globalSetup: ['./global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 240_000
	}
});
