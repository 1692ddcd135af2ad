import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../plan/types';
import { ConfigError } from '../config';
import { openDatabase, type Database } from './index';
import { designRevisions, designs, sessions, shareLinks, users } from './schema';
import {
	createScratchPostgres,
	createTestDatabase,
	testDatabaseKinds,
	type TestDatabase
} from './test-database';

const MIGRATIONS = './drizzle';

async function journalEntries(): Promise<number> {
	const journal = JSON.parse(await readFile(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8'));
	return journal.entries.length;
}

async function appliedMigrations(database: Database): Promise<number> {
	const rows = await database.db
		.select({ n: sql<number>`count(*)::int` })
		.from(sql`drizzle.__drizzle_migrations`);
	return rows[0].n;
}

const sampleDocument = {
	schemaVersion: 3,
	name: 'Maison « été » 🏠',
	north: 0.25,
	levels: {
		'level:g': {
			id: 'level:g',
			name: 'Ground',
			elevation: 0,
			height: 250,
			floorThickness: 20,
			order: 0
		}
	},
	corners: { 'corner:a': { id: 'corner:a', level: 'level:g', x: -12.5, y: 1e-7 } },
	walls: {},
	openings: {},
	rooms: {},
	furniture: {},
	labels: {},
	dimensions: {}
} satisfies PlanDocument;

async function insertOwnerWithDesign(database: Database) {
	await database.db.insert(users).values({ id: 'u1', email: 'ann@example.com', passwordHash: 'h' });
	await database.db
		.insert(designs)
		.values({ id: 'd1', ownerId: 'u1', name: 'First', document: sampleDocument });
}

describe.each(testDatabaseKinds())('database on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
	}, 120_000);
	afterAll(() => t?.destroy());
	beforeEach(() => t.reset());

	it('has applied every migration in drizzle/', async () => {
		expect(await appliedMigrations(t.database)).toBe(await journalEntries());
		const tables = await t.database.db
			.select({ name: sql<string>`table_name` })
			.from(sql`information_schema.tables`)
			.where(sql`table_schema = 'public'`);
		expect(tables.map((r) => r.name).sort()).toEqual([
			'design_revisions',
			'designs',
			'sessions',
			'share_links',
			'users'
		]);
	});

	it('migrating again changes nothing', async () => {
		await t.database.migrate(MIGRATIONS);
		expect(await appliedMigrations(t.database)).toBe(await journalEntries());
	});

	it('stores a user and a design, with defaults and the jsonb document intact', async () => {
		await insertOwnerWithDesign(t.database);
		const [row] = await t.database.db.select().from(designs).where(eq(designs.id, 'd1'));
		expect(row.version).toBe(1);
		expect(row.deletedAt).toBeNull();
		expect(row.createdAt).toBeInstanceOf(Date);
		expect(row.document).toEqual(sampleDocument);
		const [owner] = await t.database.db.select().from(users).where(eq(users.id, row.ownerId));
		expect(owner.email).toBe('ann@example.com');
	});

	it('queries inside the jsonb document', async () => {
		await insertOwnerWithDesign(t.database);
		const [row] = await t.database.db
			.select({ name: sql<string>`${designs.document}->>'name'` })
			.from(designs);
		expect(row.name).toBe(sampleDocument.name);
	});

	it('rejects a second user with the same email and an email that is not lowercased', async () => {
		await t.database.db.insert(users).values({ id: 'u1', email: 'a@b.c', passwordHash: 'h' });
		await expect(
			t.database.db.insert(users).values({ id: 'u2', email: 'a@b.c', passwordHash: 'h' })
		).rejects.toThrow();
		await expect(
			t.database.db.insert(users).values({ id: 'u3', email: 'A@b.c', passwordHash: 'h' })
		).rejects.toThrow();
	});

	it('deleting a user deletes their sessions, designs, revisions and share links', async () => {
		const { db } = t.database;
		await insertOwnerWithDesign(t.database);
		const later = new Date(Date.now() + 3_600_000);
		await db
			.insert(sessions)
			.values({ id: 'a'.repeat(64), userId: 'u1', expiresAt: later, absoluteExpiresAt: later });
		await db.insert(designRevisions).values({
			id: 'r1',
			designId: 'd1',
			version: 1,
			document: sampleDocument,
			createdBy: 'u1'
		});
		await db.insert(shareLinks).values({ id: 's1', designId: 'd1', tokenHash: 'b'.repeat(64) });

		await db.delete(users).where(eq(users.id, 'u1'));

		for (const table of [sessions, designs, designRevisions, shareLinks]) {
			const rows = await db.select({ n: sql<number>`count(*)::int` }).from(table);
			expect(rows[0].n).toBe(0);
		}
	});

	// Last: it closes this kind's database.
	it('ping rejects once the database is closed', async () => {
		await t.database.ping();
		await t.database.close();
		await expect(t.database.ping()).rejects.toThrow();
	});
});

describe('PGlite on disk', () => {
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(path.join(tmpdir(), 'hp-db-'));
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it('creates a missing data dir with its parents, and keeps rows across a reopen', async () => {
		const dataDir = path.join(root, 'missing', 'parents', 'data');
		const first = await openDatabase({ dataDir });
		await first.migrate(MIGRATIONS);
		await first.db.insert(users).values({ id: 'u1', email: 'kept@example.com', passwordHash: 'h' });
		await first.close();
		expect((await stat(dataDir)).isDirectory()).toBe(true);

		const second = await openDatabase({ dataDir });
		await second.migrate(MIGRATIONS);
		const rows = await second.db.select().from(users);
		expect(rows.map((u) => u.email)).toEqual(['kept@example.com']);
		expect(await appliedMigrations(second)).toBe(await journalEntries());
		await second.close();
	}, 180_000);
});

describe('opening PostgreSQL', () => {
	it('names DATABASE_URL when the server cannot be reached', async () => {
		const error = await openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as ConfigError).variable).toBe('DATABASE_URL');
		expect((error as ConfigError).message).not.toContain('\n');
	});

	it.runIf(testDatabaseKinds().includes('postgres'))(
		'two instances migrating at once apply each migration once',
		async () => {
			const scratch = await createScratchPostgres();
			const a = await openDatabase({ url: scratch.url });
			const b = await openDatabase({ url: scratch.url });
			try {
				await Promise.all([a.migrate(MIGRATIONS), b.migrate(MIGRATIONS)]);
				expect(await appliedMigrations(a)).toBe(await journalEntries());
			} finally {
				await a.close();
				await b.close();
				await scratch.drop();
			}
		}
	);
});
