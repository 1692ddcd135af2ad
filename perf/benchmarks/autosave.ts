/**
 * Autosave under load: 50 editors, each signed in to its own account and editing its own
 * ~50 KB design, save in a loop through `PUT /api/designs/[id]` with the version they last got
 * back in If-Match (autocannon, one connection per editor). Measured on the built server with
 * PostgreSQL and with PGlite. Afterwards the database is checked: every design's version is
 * 1 + its accepted saves, its document is the last accepted one, and its revisions only go
 * forward. Baseline in the same run: plain INSERTs of the same documents through the same
 * driver (drizzle on postgres-js / PGlite), 50 at a time, without HTTP, validation or versions.
 *
 * Then, on the same server, one editor's design carrying a ~4 MB uploaded model: the same
 * one-wall edit saved alternately as a diff (PATCH, what the editor sends) and as the whole
 * document (PUT, the baseline), one save at a time: bytes per request and time per save
 * (request sent → answer read, over loopback, so nearly all of it is the server's work).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { asc, eq, sql } from 'drizzle-orm';
import { jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';
import { diffDocuments } from '../../src/lib/plan/diff';
import { generateGridPlan } from '../../src/lib/plan/generate';
import { createModel } from '../../src/lib/plan/records';
import type { PlanDocument, WallId } from '../../src/lib/plan/types';
import { openDatabase, type Database } from '../../src/lib/server/db/index';
import { designRevisions, designs } from '../../src/lib/server/db/schema';
import { stats, writeResult, type Stats } from '../lib/measure';
import { startServer, type StartedServer } from '../lib/server';

export const name = 'autosave';

const EDITORS = Number(process.env.PERF_EDITORS ?? 50);
/** Saves each editor makes: a fixed count, so no save is still in flight when the run ends. */
const SAVES_PER_EDITOR = Number(process.env.PERF_SAVES ?? 20);
/** Saves of the one-wall edit on the design with a model, each way (PATCH and PUT). */
const MODEL_SAVES = Number(process.env.PERF_MODEL_SAVES ?? 20);
/** Decoded size of the uploaded model in that design. */
const MODEL_BYTES = 4 * 1024 * 1024;
const BUILD_DIR = process.env.BUILD_DIR || 'build';
/** The PostgreSQL server on which a scratch database is created for the run and dropped after. */
const POSTGRES_ADMIN_URL =
	process.env.PERF_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'autosave-benchmark-passphrase';

interface Editor {
	index: number;
	cookie: string;
	designId: string;
	/** The version the editor last got back (sent as If-Match). */
	version: number;
	/** The document body up to the value of `north`, which changes on every save. */
	bodyHead: string;
	saves: number;
	/** Body of the save in flight (one per connection: autocannon does not pipeline here). */
	pending: string;
	lastAccepted: string;
	accepted: number;
	statuses: Record<number, number>;
	/** Versions from the 200s in the order they came back: must rise by exactly 1. */
	outOfOrder: number;
}

interface Figures {
	savesPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	requests: number;
	seconds: number;
	/** Connection errors and timeouts (autocannon); always 0 for the baseline. */
	errors: number;
}

/** The environment without anything that would point the server at other services. */
function serverEnv(extra: Record<string, string>): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = { ...process.env };
	for (const key of ['DATABASE_URL', 'REDIS_URL', 'DATA_DIR', 'PORT', 'HOST', 'ORIGIN']) {
		delete env[key];
	}
	return {
		...env,
		NODE_ENV: 'production',
		BUILD_DIR,
		LOG_LEVEL: 'warn',
		// One account per editor, all from 127.0.0.1: the default 10 sign-ups an hour would stop it.
		SIGNUP_LIMIT_PER_HOUR: String(EDITORS * 4),
		...extra
	};
}

function percentile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs `work(i)` for i in [0, count) with at most `limit` running at once. */
async function pool(count: number, limit: number, work: (i: number) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < count) await work(next++);
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

function documentFor(index: number) {
	const doc = generateGridPlan({ walls: 100, openingsEvery: 3, seed: index + 1 });
	return { ...doc, name: `Autosave ${index + 1}` };
}

/** Signs up one account through the real form; returns its session cookie. */
async function signUp(origin: string, index: number | string): Promise<string> {
	const form = new URLSearchParams({
		email: `editor-${index}-${process.pid}@autosave.example`,
		password: PASSWORD
	});
	const signup = await fetch(`${origin}/signup`, {
		method: 'POST',
		body: form,
		headers: { origin },
		redirect: 'manual'
	});
	const cookie = signup.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => /^(__Host-)?session=./.test(c));
	if (!cookie) throw new Error(`sign-up ${index} gave ${signup.status} and no session cookie`);
	await signup.arrayBuffer();
	return cookie;
}

/** Creates a design through the API; returns its id and version. */
async function createDesign(origin: string, cookie: string, doc: PlanDocument) {
	const created = await fetch(`${origin}/api/designs`, {
		method: 'POST',
		body: JSON.stringify({ name: doc.name, document: doc }),
		headers: { origin, cookie, 'content-type': 'application/json' }
	});
	if (created.status !== 201) {
		throw new Error(`create ${doc.name} gave ${created.status}: ${await created.text()}`);
	}
	return (await created.json()) as { id: string; version: number };
}

/** Signs up one account and creates its design. */
async function prepareEditor(origin: string, index: number): Promise<Editor> {
	const cookie = await signUp(origin, index);
	const doc = documentFor(index);
	const { id, version } = await createDesign(origin, cookie, doc);
	const { north: _north, ...rest } = doc;
	const bodyHead = JSON.stringify(rest).slice(0, -1) + ',"north":';
	return {
		index,
		cookie,
		designId: id,
		version,
		bodyHead,
		saves: 0,
		pending: '',
		lastAccepted: '',
		accepted: 0,
		statuses: {},
		outOfOrder: 0
	};
}

/** 50 connections, one per editor, each saving SAVES_PER_EDITOR times in a row. */
async function runSaves(origin: string, editors: Editor[]): Promise<Figures> {
	let assigned = 0;
	const result = await autocannon({
		url: origin,
		connections: editors.length,
		// A count, not a duration: a run cut off by time would leave saves in flight whose answer
		// never comes back, and the check below could not account for them.
		amount: editors.length * SAVES_PER_EDITOR,
		maxConnectionRequests: SAVES_PER_EDITOR,
		// Seconds. A timed-out save is sent again by autocannon while the server may still apply
		// the first one, which the check would count as a lost version: wait long enough instead.
		timeout: 300,
		setupClient(client) {
			const editor = editors[assigned++];
			client.setRequests([
				{
					method: 'PUT',
					path: `/api/designs/${editor.designId}`,
					setupRequest(request) {
						editor.saves++;
						// A different north on every save, so each stored document is distinguishable.
						editor.pending = `${editor.bodyHead}${editor.saves / 1000}}`;
						return {
							...request,
							headers: {
								origin,
								cookie: editor.cookie,
								'content-type': 'application/json',
								'if-match': `"${editor.version}"`
							},
							body: editor.pending
						};
					},
					onResponse(status, body) {
						editor.statuses[status] = (editor.statuses[status] ?? 0) + 1;
						if (status !== 200 && status !== 409) return;
						const { version } = JSON.parse(body) as { version: number };
						if (status === 200) {
							if (version !== editor.version + 1) editor.outOfOrder++;
							editor.accepted++;
							editor.lastAccepted = editor.pending;
						}
						editor.version = version;
					}
				}
			]);
		}
	});
	const accepted = editors.reduce((n, e) => n + e.accepted, 0);
	return {
		savesPerSecond: round(accepted / result.duration),
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		requests: result.requests.total,
		seconds: round(result.duration, 2),
		errors: result.errors + result.timeouts
	};
}

interface WaySaves {
	/** Body bytes of one save request. */
	requestBytes: Stats;
	/** Request sent → answer read, over loopback. */
	ms: Stats;
}

interface ModelEditFigures {
	modelBytes: number;
	documentBytes: number;
	saves: number;
	patch: WaySaves;
	put: WaySaves;
	/** PATCH over PUT (median bytes, median time). */
	ratio: { requestBytes: number; ms: number };
	/** The stored design is the last save's document. */
	ok: boolean;
}

/** A ~50 KB plan plus an uploaded model of MODEL_BYTES, as a design with an own model. */
function documentWithModel(): PlanDocument {
	const doc = {
		...generateGridPlan({ walls: 100, openingsEvery: 3, seed: 7 }),
		name: 'With a model'
	};
	const model = createModel({
		name: 'Big model',
		format: 'glb',
		data: randomBytes(MODEL_BYTES).toString('base64'),
		width: 100,
		depth: 60,
		height: 200,
		triangles: 50_000
	});
	return { ...doc, models: { [model.id]: model } };
}

/**
 * One editor makes the same kind of edit (one wall a little thicker) MODEL_SAVES times as a
 * diff and MODEL_SAVES times as the whole document, alternating so that both meet the same
 * server and database state.
 */
async function runModelEdits(origin: string): Promise<ModelEditFigures> {
	const cookie = await signUp(origin, 'model');
	let confirmed = documentWithModel();
	const documentBytes = Buffer.byteLength(JSON.stringify(confirmed));
	const created = await createDesign(origin, cookie, confirmed);
	const id = created.id;
	let version = created.version;
	const wall = Object.keys(confirmed.walls)[0] as WallId;
	const samples = {
		patch: { bytes: [] as number[], ms: [] as number[] },
		put: { bytes: [] as number[], ms: [] as number[] }
	};
	for (let i = 0; i < 2 * MODEL_SAVES; i++) {
		const way = i % 2 === 0 ? 'patch' : 'put';
		const next: PlanDocument = {
			...confirmed,
			walls: { ...confirmed.walls, [wall]: { ...confirmed.walls[wall], thickness: 10 + (i % 20) } }
		};
		const body =
			way === 'patch'
				? JSON.stringify({ diff: diffDocuments(confirmed, next) })
				: JSON.stringify(next);
		const t0 = performance.now();
		const response = await fetch(`${origin}/api/designs/${id}`, {
			method: way === 'patch' ? 'PATCH' : 'PUT',
			body,
			headers: { origin, cookie, 'content-type': 'application/json', 'if-match': `"${version}"` }
		});
		const answer = (await response.json()) as { version?: number; error?: string };
		samples[way].ms.push(performance.now() - t0);
		samples[way].bytes.push(Buffer.byteLength(body));
		if (response.status !== 200 || typeof answer.version !== 'number')
			throw new Error(`${way} ${i} gave ${response.status}: ${answer.error}`);
		version = answer.version;
		confirmed = next;
	}
	const stored = await fetch(`${origin}/api/designs/${id}`, { headers: { cookie } });
	const { document } = (await stored.json()) as { document: PlanDocument };
	const figures = (way: 'patch' | 'put'): WaySaves => ({
		requestBytes: stats(samples[way].bytes, 'bytes'),
		ms: stats(samples[way].ms.map((ms) => round(ms, 2)))
	});
	const patch = figures('patch');
	const put = figures('put');
	return {
		modelBytes: MODEL_BYTES,
		documentBytes,
		saves: MODEL_SAVES,
		patch,
		put,
		ratio: {
			requestBytes: round(patch.requestBytes.median / put.requestBytes.median, 5),
			ms: round(patch.ms.median / put.ms.median, 2)
		},
		ok: isDeepStrictEqual(document, confirmed)
	};
}

interface Check {
	designs: number;
	acceptedSaves: number;
	statuses: Record<number, number>;
	connectionErrors: number;
	versionMismatches: string[];
	documentMismatches: string[];
	revisionsOutOfOrder: string[];
	responsesOutOfOrder: number;
	ok: boolean;
}

/** Reads every design and its revisions back from the database once the server has stopped. */
async function check(database: Database, editors: Editor[], errors: number): Promise<Check> {
	const versionMismatches: string[] = [];
	const documentMismatches: string[] = [];
	const revisionsOutOfOrder: string[] = [];
	const statuses: Record<number, number> = {};
	for (const editor of editors) {
		for (const [status, n] of Object.entries(editor.statuses)) {
			statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
		}
		const [stored] = await database.db
			.select({ version: designs.version, document: designs.document })
			.from(designs)
			.where(eq(designs.id, editor.designId));
		if (stored.version !== 1 + editor.accepted) {
			versionMismatches.push(
				`editor ${editor.index}: stored ${stored.version}, 1 + ${editor.accepted} accepted`
			);
		}
		if (
			editor.accepted > 0 &&
			!isDeepStrictEqual(stored.document, JSON.parse(editor.lastAccepted))
		) {
			documentMismatches.push(`editor ${editor.index}: not the last accepted document`);
		}
		const revisions = await database.db
			.select({ version: designRevisions.version })
			.from(designRevisions)
			.where(eq(designRevisions.designId, editor.designId))
			.orderBy(asc(designRevisions.createdAt), asc(designRevisions.version));
		const versions = revisions.map((r) => r.version);
		const forward = versions.every((v, i) => i === 0 || v > versions[i - 1]);
		if (!forward || versions.some((v) => v > stored.version)) {
			revisionsOutOfOrder.push(`editor ${editor.index}: revisions ${versions.join(', ')}`);
		}
	}
	const responsesOutOfOrder = editors.reduce((n, e) => n + e.outOfOrder, 0);
	const acceptedSaves = editors.reduce((n, e) => n + e.accepted, 0);
	const ok =
		versionMismatches.length === 0 &&
		documentMismatches.length === 0 &&
		revisionsOutOfOrder.length === 0 &&
		responsesOutOfOrder === 0 &&
		errors === 0 &&
		acceptedSaves === EDITORS * SAVES_PER_EDITOR;
	return {
		designs: editors.length,
		acceptedSaves,
		statuses,
		connectionErrors: errors,
		versionMismatches: versionMismatches.slice(0, 10),
		documentMismatches: documentMismatches.slice(0, 10),
		revisionsOutOfOrder: revisionsOutOfOrder.slice(0, 10),
		responsesOutOfOrder,
		ok
	};
}

const baselineTable = pgTable('perf_autosave_baseline', {
	id: serial('id').primaryKey(),
	designId: text('design_id').notNull(),
	document: jsonb('document').notNull()
});

/** The same documents, the same count, 50 at a time: plain INSERTs through drizzle. */
async function runBaseline(database: Database, editors: Editor[]): Promise<Figures> {
	await database.db.execute(
		sql`create table if not exists perf_autosave_baseline (id serial primary key, design_id text not null, document jsonb not null)`
	);
	const latencies: number[] = [];
	const started = performance.now();
	await Promise.all(
		editors.map(async (editor) => {
			for (let save = 1; save <= SAVES_PER_EDITOR; save++) {
				const t0 = performance.now();
				// Parsed from the same text the server got, as the server's handler does.
				const document = JSON.parse(`${editor.bodyHead}${save / 1000}}`);
				await database.db.insert(baselineTable).values({ designId: editor.designId, document });
				latencies.push(performance.now() - t0);
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(baselineTable);
	if (n !== latencies.length) throw new Error(`baseline stored ${n} of ${latencies.length} rows`);
	latencies.sort((a, b) => a - b);
	return {
		savesPerSecond: round(latencies.length / seconds),
		p50Ms: round(percentile(latencies, 0.5)),
		p99Ms: round(percentile(latencies, 0.99)),
		requests: latencies.length,
		seconds: round(seconds, 2),
		errors: 0
	};
}

interface Case {
	id: 'postgres' | 'pglite';
	env: Record<string, string>;
	open: () => Promise<Database>;
}

async function measureCase(c: Case) {
	console.log(`autosave: ${c.id}: starting the server, signing up ${EDITORS} editors`);
	let editors: Editor[] = [];
	let figures: Figures;
	let modelEdit: ModelEditFigures;
	let server: StartedServer | undefined;
	try {
		server = await startServer({
			args: ['scripts/start.js'],
			// adapter-node takes the origin to be https:// unless told: form posts would fail CSRF.
			env: (port) => serverEnv({ ...c.env, ORIGIN: `http://127.0.0.1:${port}` }),
			path: '/api/health'
		});
		const origin = `http://127.0.0.1:${server.port}`;
		editors = new Array(EDITORS);
		// Sign-ups hash a password (argon2id): a few at a time.
		await pool(EDITORS, 4, async (i) => {
			editors[i] = await prepareEditor(origin, i);
		});
		console.log(`autosave: ${c.id}: ${EDITORS} editors × ${SAVES_PER_EDITOR} saves`);
		const before = Date.now();
		figures = await runSaves(origin, editors);
		console.log(
			`  server   ${figures.savesPerSecond} saves/s  p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms` +
				`  (${((Date.now() - before) / 1000).toFixed(1)} s)`
		);
		modelEdit = await runModelEdits(origin);
		const { patch, put } = modelEdit;
		console.log(
			`  one-wall edit, ${(modelEdit.documentBytes / 1e6).toFixed(1)} MB design: ` +
				`PATCH ${patch.requestBytes.median} B ${patch.ms.median} ms, ` +
				`PUT ${put.requestBytes.median} B ${put.ms.median} ms (median of ${MODEL_SAVES})` +
				(modelEdit.ok ? '' : '  STORED DOCUMENT WRONG')
		);
	} finally {
		await server?.stop();
	}

	const database = await c.open();
	try {
		const checked = await check(database, editors, figures.errors);
		console.log(`  check    ${checked.ok ? 'ok' : 'FAILED'}: ${JSON.stringify(checked.statuses)}`);
		const baseline = await runBaseline(database, editors);
		console.log(
			`  baseline ${baseline.savesPerSecond} inserts/s  p50 ${baseline.p50Ms} ms  p99 ${baseline.p99Ms} ms`
		);
		return {
			autosave: figures,
			baselineInserts: baseline,
			ratio: {
				throughput: round(baseline.savesPerSecond / figures.savesPerSecond, 2),
				p50: round(figures.p50Ms / baseline.p50Ms, 2),
				p99: round(figures.p99Ms / baseline.p99Ms, 2)
			},
			check: checked,
			modelEdit
		};
	} finally {
		await database.close();
	}
}

export async function run() {
	const scratch = mkdtempSync(join(tmpdir(), 'house-planner-autosave-'));
	const dbName = `hp_perf_autosave_${process.pid}`;
	const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, connect_timeout: 5, onnotice: () => {} });
	const results: Record<string, unknown> = {};
	try {
		await admin.unsafe(`create database "${dbName}"`);
		const url = new URL(POSTGRES_ADMIN_URL);
		url.pathname = `/${dbName}`;
		const pgUrl = url.toString();
		const dataDir = join(scratch, 'pglite');
		const cases: Case[] = [
			{
				id: 'postgres',
				env: { DATABASE_URL: pgUrl },
				open: () => openDatabase({ url: pgUrl })
			},
			{
				id: 'pglite',
				env: { DATA_DIR: dataDir },
				open: () => openDatabase({ dataDir })
			}
		];
		for (const c of cases) results[c.id] = await measureCase(c);
	} finally {
		await admin.unsafe(`drop database if exists "${dbName}" with (force)`).catch(() => {});
		await admin.end({ timeout: 5 });
		rmSync(scratch, { recursive: true, force: true });
	}

	const failed = Object.entries(results).filter(([, r]) => {
		const { check: checked, modelEdit } = r as { check: Check; modelEdit: ModelEditFigures };
		return !checked.ok || !modelEdit.ok;
	});
	writeResult(name, {
		description:
			'Autosaves (PUT /api/designs/[id] with If-Match, ~50 KB documents) by 50 concurrent editors, one account and design each, through autocannon against the built server; baseline: plain INSERTs of the same documents through the same driver (drizzle) with the same concurrency. ratio.throughput = baseline inserts/s over autosaves/s; ratio.p50/p99 = autosave latency over insert latency. modelEdit: one editor, a design carrying a ~4 MB uploaded model (modelBytes decoded, documentBytes as JSON), the same one-wall edit saved one at a time alternately as a diff (PATCH, what the editor sends) and as the whole document (PUT, the baseline): request body bytes and ms from request to answer over loopback; modelEdit.ratio = PATCH median over PUT median.',
		modelSaves: MODEL_SAVES,
		editors: EDITORS,
		savesPerEditor: SAVES_PER_EDITOR,
		documentBytes: Buffer.byteLength(JSON.stringify(documentFor(0))),
		...results
	});
	if (failed.length > 0) {
		throw new Error(`autosave check failed on ${failed.map(([id]) => id).join(', ')}`);
	}
}
