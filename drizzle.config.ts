import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from the schema into drizzle/; the server applies
// them at start (src/lib/server/db/migrate.ts). No database connection is needed to generate.
export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle',
	dialect: 'postgresql'
});
