/**
 * scripts/backup and scripts/restore for real, on both databases: fill a database through the
 * app's own service functions, back it up, wipe it, restore, and compare every row of every table
 * (accounts, sessions, designs, revisions, share links, the migration journal) as JSON text, byte
 * for byte, and every design document deep-equal. Also: the checksum, the copy hook and retention.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import { createUser } from '../../src/lib/server/auth/users';
import { openDatabase, schema, type Database } from '../../src/lib/server/db';
import { createDesign, saveDesign } from '../../src/lib/server/designs/service';
import { createShareLink } from '../../src/lib/server/designs/sharing';
import { rectanglePlan } from '../../src/lib/server/designs/test-plan';
import { repoRoot } from './lib/build';
import { createScratchDatabase, type ScratchDatabase } from './lib/services';

const TABLES = ['users', 'sessions', 'designs', 'design_revisions', 'share_links'];
const MIGRATIONS = join(repoRoot, 'drizzle');

/** Every row of every table, as PostgreSQL's own JSON text, in a stable order. */
async function snapshot(database: Database): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const tables = [...TABLES.map((t) => `public."${t}"`), 'drizzle.__drizzle_migrations'];
	for (const table of tables) {
		const result = await database.db.execute(
			sql.raw(
				`select coalesce(json_agg(row_to_json(t) order by row_to_json(t)::text), '[]')::text as rows from ${table} t`
			)
		);
		const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
			rows: string;
		}[];
		out[table] = rows[0].rows;
	}
	return out;
}

async function designDocuments(database: Database) {
	const rows = await database.db.select().from(schema.designs);
	return Object.fromEntries(rows.map((r) => [r.id, r.document]));
}

/** Accounts with sessions, designs saved several times (unicode names), a share link. */
async function fill(database: Database) {
	const db = database.db;
	for (const [i, email] of ['ana@example.com', 'bjørn@example.com', 'chen@example.com'].entries()) {
		const user = await createUser(db, email, `correct horse battery ${i}`);
		await createSession(db, generateSessionToken(), user.id, {
			userAgent: 'backup-test',
			ip: '::1'
		});
		for (const name of ['Maison d’été 🏠', `Plan ${i}`]) {
			const design = await createDesign(db, user.id, name, rectanglePlan(name, 400 + i * 10));
			let version = design.version;
			for (const width of [500, 650, 720]) {
				version = (await saveDesign(db, user.id, design.id, version, rectanglePlan(name, width)))
					.version;
			}
			if (i === 0) await createShareLink(db, user.id, design.id);
		}
	}
}

function run(script: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(join(repoRoot, 'scripts', script), args, {
		cwd: repoRoot,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Kind {
	name: 'postgres' | 'pglite';
	setup(): Promise<{ env: Record<string, string>; open(): Promise<Database> }>;
	wipe(): Promise<void>;
	cleanup(): Promise<void>;
}

let work: string;
beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'hp-backup-test-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

let scratch: ScratchDatabase | undefined;
const dataDir = () => join(work, 'pglite-data');

const KINDS: Kind[] = [
	{
		name: 'postgres',
		async setup() {
			scratch = await createScratchDatabase('backup');
			const url = scratch.url;
			return { env: { DATABASE_URL: url }, open: () => openDatabase({ url }) };
		},
		async wipe() {
			// Drop the whole database and create it again, empty.
			const name = scratch!.name;
			await scratch!.drop();
			const admin = await openDatabase({ url: scratch!.url.replace(`/${name}`, '/postgres') });
			await admin.db.execute(sql.raw(`create database "${name}"`));
			await admin.close();
		},
		async cleanup() {
			await scratch?.drop();
		}
	},
	{
		name: 'pglite',
		async setup() {
			return {
				env: { DATA_DIR: dataDir() },
				open: () => openDatabase({ dataDir: dataDir() })
			};
		},
		async wipe() {
			await rm(dataDir(), { recursive: true, force: true });
		},
		async cleanup() {}
	}
];

describe.each(KINDS)('$name backup and restore', (kind) => {
	let env: Record<string, string>;
	let open: () => Promise<Database>;
	let before: Record<string, string>;
	let documents: Record<string, unknown>;
	let backupDir: string;
	let copyDir: string;
	let file: string;

	beforeAll(async () => {
		({ env, open } = await kind.setup());
		backupDir = join(work, `${kind.name}-backups`);
		copyDir = join(work, `${kind.name}-offsite`);
		await mkdir(backupDir, { recursive: true });
		await mkdir(copyDir, { recursive: true });
		const database = await open();
		await database.migrate(MIGRATIONS);
		await fill(database);
		before = await snapshot(database);
		documents = await designDocuments(database);
		// PGlite cannot be open in two processes: the server (here: the test) closes it first.
		await database.close();
	});
	afterAll(() => kind.cleanup());

	it('backs up, with a checksum, runs the copy hook and deletes backups past retention', async () => {
		const suffix = kind.name === 'postgres' ? 'dump' : 'pglite.tar.gz';
		const old = join(backupDir, `house-planner-20200101T000000.000Z.${suffix}`);
		const unrelated = join(backupDir, 'notes.txt');
		for (const path of [old, `${old}.sha256`, unrelated]) {
			await writeFile(path, 'old');
			const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000);
			await utimes(path, fortyDaysAgo, fortyDaysAgo);
		}
		const result = run('backup', [], {
			...env,
			BACKUP_DIR: backupDir,
			BACKUP_RETENTION_DAYS: '30',
			BACKUP_COPY_COMMAND: `cp "$1" "$1.sha256" '${copyDir}/' && test "$BACKUP_FILE" = "$1"`
		});
		expect(result.status, result.stderr).toBe(0);
		file = result.stdout.trim().split('\n').at(-1)!;
		expect(file).toMatch(new RegExp(`/house-planner-\\d{8}T\\d{6}\\.\\d{3}Z\\.${suffix}$`));
		expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(
			`${sha256(file)}  ${file.split('/').at(-1)}\n`
		);
		if (kind.name === 'postgres')
			expect(readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
		else expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]); // gzip
		// The hook got the file and copied it elsewhere.
		expect(sha256(join(copyDir, file.split('/').at(-1)!))).toBe(sha256(file));
		// Retention: the old backup and its checksum are gone; other files are not ours to delete.
		expect(existsSync(old)).toBe(false);
		expect(existsSync(`${old}.sha256`)).toBe(false);
		expect(existsSync(unrelated)).toBe(true);
		expect((await readdir(backupDir)).sort()).toEqual(
			[file.split('/').at(-1)!, `${file.split('/').at(-1)}.sha256`, 'notes.txt'].sort()
		);
	});

	it('restores into a wiped database every row byte for byte', async () => {
		await kind.wipe();
		const result = run('restore', [file], env);
		expect(result.status, result.stderr).toBe(0);
		const database = await open();
		try {
			const after = await snapshot(database);
			for (const table of Object.keys(before)) expect(after[table], table).toBe(before[table]);
			expect(JSON.parse(before['public."users"'])).toHaveLength(3);
			expect(JSON.parse(before['public."designs"'])).toHaveLength(6);
			expect(JSON.parse(before['public."design_revisions"']).length).toBeGreaterThanOrEqual(6);
			const restored = await designDocuments(database);
			expect(restored).toEqual(documents);
			for (const id of Object.keys(documents))
				expect(JSON.stringify(restored[id])).toBe(JSON.stringify(documents[id]));
			// The restored database still works for the app: a further save goes through.
			const [design] = await database.db.select().from(schema.designs).limit(1);
			const saved = await saveDesign(
				database.db,
				design.ownerId,
				design.id,
				design.version,
				rectanglePlan('After restore', 300)
			);
			expect(saved.version).toBe(design.version + 1);
		} finally {
			await database.close();
		}
	});

	it('refuses a backup that does not match its checksum', async () => {
		const tampered = join(backupDir, `tampered-${file.split('/').at(-1)}`);
		const bytes = readFileSync(file);
		bytes[bytes.length - 1] ^= 0xff;
		await writeFile(tampered, bytes);
		await writeFile(`${tampered}.sha256`, readFileSync(`${file}.sha256`));
		const result = run('restore', [tampered], env);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/does not match its checksum/);
	});
});
