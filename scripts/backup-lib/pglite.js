// PGlite side of scripts/backup and scripts/restore:
//   node scripts/backup-lib/pglite.js dump <DATA_DIR> <out.tar.gz>
//   node scripts/backup-lib/pglite.js load <in.tar.gz> <DATA_DIR>
// A dump is PGlite's own dumpDataDir() tarball (the data directory, gzipped), which PGlite opens
// again with `loadDataDir`. PGlite is one process's embedded database: it must not be open in
// the server while this runs (postmaster.pid marks an open directory), so stop the server first.
import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

function fail(message) {
	console.error(`pglite: ${message}`);
	process.exit(1);
}

async function dump(dataDir, out) {
	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) fail(`${dataDir} holds no PGlite database`);
	if (existsSync(path.join(dataDir, 'postmaster.pid')))
		fail(
			`${dataDir} is open (postmaster.pid): stop the server first; if no server runs, it ` +
				'crashed: start and stop it once'
		);
	const db = await PGlite.create(dataDir);
	try {
		const tarball = await db.dumpDataDir('gzip');
		await writeFile(out, Buffer.from(await tarball.arrayBuffer()));
	} finally {
		await db.close();
	}
}

async function load(file, dataDir) {
	if (existsSync(dataDir) && (await readdir(dataDir)).length > 0)
		fail(`${dataDir} is not empty: restore into an empty directory`);
	await mkdir(dataDir, { recursive: true });
	const db = await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(file)]) });
	try {
		// Proves the restored directory opens and answers.
		await db.query('select 1');
	} finally {
		await db.close();
	}
}

const [mode, from, to] = process.argv.slice(2);
if (mode === 'dump' && from && to) await dump(path.resolve(from), path.resolve(to));
else if (mode === 'load' && from && to) await load(path.resolve(from), path.resolve(to));
else fail('usage: pglite.js dump <DATA_DIR> <out.tar.gz> | load <in.tar.gz> <DATA_DIR>');
