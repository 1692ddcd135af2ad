import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyDiff, type Diff } from '../plan/diff';
import { createEmptyDocument } from '../plan/document';
import { samePlan } from '../plan/same';
import { createModel } from '../plan/records';
import { COLLECTIONS, type PlanDocument, type WallId } from '../plan/types';
import { rectanglePlan } from '../server/designs/test-plan';
import { indexedDbDrafts, type Draft, type DraftStore } from './drafts';
import { DesignSync, type SaveStatus, type SaveTransport } from './sync';

/**
 * A fake server keeping one design with optimistic versions, like /api/designs/[id]: PUT takes
 * the whole document, PATCH a diff whose `before`s must match what it holds. Every request is
 * logged with its method and size.
 */
function fakeServer(start: PlanDocument) {
	const server = {
		version: 1,
		document: start,
		up: true,
		/** While set, requests wait for it before they are handled (a slow network). */
		gate: null as Promise<void> | null,
		saves: [] as PlanDocument[],
		requests: [] as { method: 'PUT' | 'PATCH'; bytes: number; diff?: Diff }[]
	};
	const conflict = (error: string) => ({
		status: 409,
		body: { error, version: server.version, document: server.document }
	});
	const accept = (doc: PlanDocument) => {
		server.version += 1;
		server.document = doc;
		server.saves.push(doc);
		return { status: 200, body: { version: server.version } };
	};
	const transport: SaveTransport = {
		async save(_id, baseVersion, doc) {
			if (!server.up) return { status: 0, body: null };
			server.requests.push({ method: 'PUT', bytes: JSON.stringify(doc).length });
			if (baseVersion !== server.version) return conflict('changed elsewhere');
			return accept(doc);
		},
		async patch(_id, baseVersion, diff) {
			if (!server.up) return { status: 0, body: null };
			await server.gate;
			server.requests.push({ method: 'PATCH', bytes: JSON.stringify({ diff }).length, diff });
			if (baseVersion !== server.version) return conflict('changed elsewhere');
			for (const c of COLLECTIONS)
				for (const [id, ch] of Object.entries(diff.records[c] ?? {}))
					if (
						!samePlan(
							(server.document[c] as Record<string, unknown> | undefined)?.[id] ?? null,
							ch.before
						)
					)
						return conflict('different copy');
			if (
				diff.root &&
				!samePlan({ name: server.document.name, north: server.document.north }, diff.root.before)
			)
				return conflict('different copy');
			return accept(applyDiff(server.document, diff));
		}
	};
	/** Another tab's whole-document save, not logged as this tab's request. */
	const transportSave = async (doc: PlanDocument) => accept(doc);
	return { server: Object.assign(server, { transportSave }), transport };
}

function memoryDrafts(): DraftStore & { map: Map<string, Draft> } {
	const map = new Map<string, Draft>();
	return {
		map,
		get: async (id) => map.get(id),
		put: async (d) => void map.set(d.designId, d),
		delete: async (id) => void map.delete(id)
	};
}

const named = (doc: PlanDocument, name: string): PlanDocument => ({ ...doc, name });

describe('DesignSync', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('keeps each edit on the device and sends the last one after the delay', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const drafts = memoryDrafts();
		const states: string[] = [];
		const sync = new DesignSync({
			designId: 'd1',
			version: 1,
			drafts,
			transport,
			delayMs: 1000,
			onStatus: (s) => states.push(s.state)
		});
		await sync.change(named(base, 'B'));
		await sync.change(named(base, 'C'));
		expect(drafts.map.get('d1')?.doc.name).toBe('C');
		expect(server.saves).toEqual([]);
		await vi.advanceTimersByTimeAsync(1000);
		expect(server.saves.map((d) => d.name)).toEqual(['C']);
		expect(sync.current).toMatchObject({ state: 'saved', version: 2 });
		expect(drafts.map.has('d1')).toBe(false);
		expect(states).toContain('saving');
	});

	it('offline: keeps the edits, says so, and sends them when the server is back', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		server.up = false;
		const drafts = memoryDrafts();
		const sync = new DesignSync({ designId: 'd1', version: 1, drafts, transport, delayMs: 500 });
		await sync.change(named(base, 'offline edit'));
		await vi.advanceTimersByTimeAsync(500);
		expect(sync.current.state).toBe('offline');
		expect(sync.current.message).toBe('Offline — changes kept on this device');
		expect(drafts.map.get('d1')?.doc.name).toBe('offline edit');
		server.up = true;
		await vi.advanceTimersByTimeAsync(5000);
		expect(server.document.name).toBe('offline edit');
		expect(sync.current.state).toBe('saved');
	});

	it('a stale version reports the conflict with the server copy and overwrites nothing', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const drafts = memoryDrafts();
		const sync = new DesignSync({ designId: 'd1', version: 1, drafts, transport, delayMs: 10 });
		// Another tab saves first.
		await transport.save('d1', 1, named(base, 'other tab'));
		await sync.change(named(base, 'this tab'));
		await vi.advanceTimersByTimeAsync(10);
		const status: SaveStatus = sync.current;
		expect(status.state).toBe('conflict');
		expect(status.conflict?.version).toBe(2);
		expect(status.conflict?.document.name).toBe('other tab');
		expect(server.document.name).toBe('other tab');
		// This tab's edits are still on the device until the person chooses.
		expect(drafts.map.get('d1')?.doc.name).toBe('this tab');
		await sync.change(named(base, 'more'));
		await vi.advanceTimersByTimeAsync(100);
		expect(server.document.name).toBe('other tab');
	});

	it('a refused plan stays on the device, says why, and is sent again after the next edit', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const refusing: SaveTransport = {
			async save(id, baseVersion, doc) {
				if (doc.name === 'too big')
					return { status: 413, body: { error: 'Too large to save: over 20 MB.' } };
				return transport.save(id, baseVersion, doc);
			},
			patch: transport.patch
		};
		const drafts = memoryDrafts();
		const sync = new DesignSync({
			designId: 'd1',
			version: 1,
			drafts,
			transport: refusing,
			delayMs: 10
		});
		await sync.change(named(base, 'too big'));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.current).toMatchObject({
			state: 'invalid',
			message: 'Too large to save: over 20 MB.'
		});
		expect(drafts.map.get('d1')?.doc.name).toBe('too big');
		expect(server.saves).toEqual([]);
		// Nothing more is sent until the person changes something…
		await vi.advanceTimersByTimeAsync(5000);
		expect(server.saves).toEqual([]);
		// …and the fixed plan then saves.
		await sync.change(named(base, 'smaller'));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.current.state).toBe('saved');
		expect(server.document.name).toBe('smaller');
		expect(drafts.map.has('d1')).toBe(false);
	});

	it('resumes a draft left by a closed tab and sends it', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const drafts = memoryDrafts();
		await drafts.put({ designId: 'd1', baseVersion: 1, doc: named(base, 'left'), changedAt: 0 });
		const sync = new DesignSync({ designId: 'd1', version: 1, drafts, transport });
		const opened = await sync.resume(base);
		expect(opened.name).toBe('left');
		await vi.runAllTimersAsync();
		expect(server.document.name).toBe('left');
		expect(drafts.map.size).toBe(0);
	});

	it('a draft made on an older version opens as a conflict, not an overwrite', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const drafts = memoryDrafts();
		await drafts.put({ designId: 'd1', baseVersion: 1, doc: named(base, 'old'), changedAt: 0 });
		await transport.save('d1', 1, named(base, 'newer'));
		const sync = new DesignSync({ designId: 'd1', version: 2, drafts, transport });
		await sync.resume(server.document);
		expect(sync.current.state).toBe('conflict');
		expect(server.document.name).toBe('newer');
	});
});

/** A plan with four walls and an uploaded model of `modelBytes` base64 characters. */
function planWithModel(modelBytes = 400_000): PlanDocument {
	const doc = rectanglePlan('With a model');
	const model = createModel({
		name: 'Lamp',
		format: 'glb',
		data: 'A'.repeat(modelBytes),
		width: 40,
		depth: 40,
		height: 150,
		triangles: 12
	});
	return { ...doc, models: { [model.id]: model } };
}

/** `doc` with one wall made thicker (a new walls map and wall record, as the editor does). */
function thicken(doc: PlanDocument, index: number, thickness: number): PlanDocument {
	const id = Object.keys(doc.walls)[index] as WallId;
	return { ...doc, walls: { ...doc.walls, [id]: { ...doc.walls[id], thickness } } };
}

const wallId = (doc: PlanDocument, index: number) => Object.keys(doc.walls)[index] as WallId;

describe('DesignSync sends only what changed', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function opened(start: PlanDocument) {
		const { server, transport } = fakeServer(start);
		const drafts = memoryDrafts();
		const sync = new DesignSync({ designId: 'd1', version: 1, drafts, transport, delayMs: 10 });
		return { server, drafts, sync };
	}

	it('PATCHes the diff from the document it opened with, not the whole document', async () => {
		const start = planWithModel();
		const { server, drafts, sync } = opened(start);
		expect(await sync.resume(start)).toBe(start);
		const edited = thicken(start, 0, 30);
		await sync.change(edited);
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH']);
		const { diff, bytes } = server.requests[0];
		expect(diff?.records).toEqual({
			walls: {
				[wallId(start, 0)]: {
					before: start.walls[wallId(start, 0)],
					after: edited.walls[wallId(start, 0)]
				}
			}
		});
		expect(bytes).toBeLessThan(JSON.stringify(edited).length / 100);
		expect(samePlan(server.document, edited)).toBe(true);
		expect(sync.current).toMatchObject({ state: 'saved', version: 2 });
		expect(drafts.map.has('d1')).toBe(false);
	});

	it('after a confirmed save, the next diff is relative to that save', async () => {
		const start = planWithModel();
		const { server, sync } = opened(start);
		await sync.resume(start);
		const first = thicken(start, 0, 30);
		await sync.change(first);
		await vi.advanceTimersByTimeAsync(10);
		const second = thicken(thicken(first, 0, 35), 1, 12);
		await sync.change(second);
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
		const walls = server.requests[1].diff!.records.walls!;
		expect(Object.keys(walls).sort()).toEqual([wallId(start, 0), wallId(start, 1)].sort());
		// The first wall's `before` is what the first save stored, not what the tab opened with.
		expect(walls[wallId(start, 0)].before).toEqual(first.walls[wallId(start, 0)]);
		expect(samePlan(server.document, second)).toBe(true);
		expect(sync.current).toMatchObject({ state: 'saved', version: 3 });
	});

	it('an edit made while a save is out is diffed from that save once it is confirmed', async () => {
		const start = planWithModel(1000);
		const { server, drafts, sync } = opened(start);
		await sync.resume(start);
		let release = () => {};
		server.gate = new Promise((r) => (release = r));
		const first = thicken(start, 0, 30);
		await sync.change(first);
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.current.state).toBe('saving');
		const second = { ...first, name: 'Renamed' };
		await sync.change(second);
		server.gate = null;
		release();
		await vi.advanceTimersByTimeAsync(0);
		// Still to send, now on the version the first save got.
		expect(drafts.map.get('d1')).toMatchObject({ baseVersion: 2, doc: second });
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
		expect(server.requests[1].diff).toEqual({
			records: {},
			root: { before: { name: first.name, north: 0 }, after: { name: 'Renamed', north: 0 } }
		});
		expect(samePlan(server.document, second)).toBe(true);
		expect(sync.current).toMatchObject({ state: 'saved', version: 3 });
	});

	it('an edit that changes nothing the server has needs no request', async () => {
		const start = planWithModel(1000);
		const { server, drafts, sync } = opened(start);
		await sync.resume(start);
		// Edited and undone before the save went out: an equal document, not the same object.
		await sync.change(thicken(thicken(start, 0, 30), 0, start.walls[wallId(start, 0)].thickness));
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests).toEqual([]);
		expect(sync.current).toMatchObject({ state: 'saved', version: 1 });
		expect(drafts.map.has('d1')).toBe(false);
	});

	it('falls back to PUT without a known base, then diffs from what that PUT stored', async () => {
		const start = planWithModel(1000);
		const { server, sync } = opened(start);
		// No resume: the document the server has at version 1 is not known here.
		await sync.change(thicken(start, 0, 30));
		await vi.advanceTimersByTimeAsync(10);
		await sync.change(thicken(thicken(start, 0, 30), 1, 12));
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PATCH']);
		expect(Object.keys(server.requests[1].diff!.records.walls!)).toEqual([wallId(start, 1)]);
		expect(server.document.walls[wallId(start, 1)].thickness).toBe(12);
	});

	it('sends the whole document when the server copy is in an older schema', async () => {
		const start = planWithModel(1000);
		const old = { ...start, schemaVersion: 2 } as unknown as PlanDocument;
		const { server, sync } = opened(old);
		await sync.resume(old);
		await sync.change(thicken(start, 0, 30));
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PUT']);
		expect(sync.current.state).toBe('saved');
	});

	it('resumes a draft left on this device by PATCHing its diff from the server copy', async () => {
		const start = planWithModel(1000);
		const { server, drafts, sync } = opened(start);
		const left = thicken(start, 2, 40);
		await drafts.put({ designId: 'd1', baseVersion: 1, doc: left, changedAt: 0 });
		expect(await sync.resume(start)).toBe(left);
		await vi.runAllTimersAsync();
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH']);
		expect(Object.keys(server.requests[0].diff!.records.walls!)).toEqual([wallId(start, 2)]);
		expect(samePlan(server.document, left)).toBe(true);
		expect(drafts.map.size).toBe(0);
	});

	it('a PATCH on a stale version reports the conflict with the server copy and overwrites nothing', async () => {
		const start = planWithModel(1000);
		const { server, drafts, sync } = opened(start);
		await sync.resume(start);
		const theirs = thicken(start, 3, 50);
		await server.transportSave(theirs);
		await sync.change(thicken(start, 0, 30));
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH']);
		expect(sync.current.state).toBe('conflict');
		expect(sync.current.conflict).toMatchObject({ version: 2 });
		expect(samePlan(sync.current.conflict?.document, theirs)).toBe(true);
		expect(samePlan(server.document, theirs)).toBe(true);
		expect(drafts.map.get('d1')?.doc.walls[wallId(start, 0)].thickness).toBe(30);
		// Nothing more is sent while the person has not chosen.
		await sync.change(thicken(start, 0, 31));
		await vi.advanceTimersByTimeAsync(100);
		expect(server.requests).toHaveLength(1);

		// They load the saved version: its document is the base of the next diff.
		await sync.discardLocal(2);
		await sync.change(thicken(theirs, 1, 12));
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
		expect(Object.keys(server.requests[1].diff!.records.walls!)).toEqual([wallId(start, 1)]);
		expect(server.document.walls[wallId(start, 3)].thickness).toBe(50);
		expect(sync.current).toMatchObject({ state: 'saved', version: 3 });
	});

	it('a diff made on a different copy at the same version is sent again whole (PUT), once', async () => {
		const start = planWithModel(1000);
		const { server, sync } = opened(start);
		// The tab believes it opened `start`; the server holds another copy at the same version.
		await sync.resume(thicken(start, 0, 99));
		const edited = thicken(start, 1, 12);
		await sync.change(edited);
		await vi.advanceTimersByTimeAsync(10);
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PUT']);
		expect(server.document).toBe(edited);
		expect(sync.current).toMatchObject({ state: 'saved', version: 2 });
	});

	it('a refused diff stays on the device and says why', async () => {
		const start = planWithModel(1000);
		const { server, transport } = fakeServer(start);
		const refusing: SaveTransport = {
			save: transport.save,
			patch: async () => ({ status: 422, body: { error: 'The plan is not valid: walls…' } })
		};
		const drafts = memoryDrafts();
		const sync = new DesignSync({
			designId: 'd1',
			version: 1,
			drafts,
			transport: refusing,
			delayMs: 10
		});
		await sync.resume(start);
		await sync.change(thicken(start, 0, 30));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.current).toMatchObject({
			state: 'invalid',
			message: 'The plan is not valid: walls…'
		});
		expect(drafts.map.get('d1')?.doc.walls[wallId(start, 0)].thickness).toBe(30);
		expect(server.saves).toEqual([]);
	});

	it('offline: a PATCH that cannot reach the server is retried with backoff', async () => {
		const start = planWithModel(1000);
		const { server, sync } = opened(start);
		await sync.resume(start);
		server.up = false;
		await sync.change(thicken(start, 0, 30));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.current.state).toBe('offline');
		server.up = true;
		await vi.advanceTimersByTimeAsync(5000);
		expect(sync.current.state).toBe('saved');
		expect(server.requests.map((r) => r.method)).toEqual(['PATCH']);
		expect(server.document.walls[wallId(start, 0)].thickness).toBe(30);
	});
});

describe('resuming after a tab closed mid-save', () => {
	it('drops a draft the server already saved (key order aside) instead of reporting a conflict', async () => {
		const base = createEmptyDocument('A');
		const { server, transport } = fakeServer(base);
		const drafts = memoryDrafts();
		const saved = named(base, 'saved just before the tab closed');
		await drafts.put({ designId: 'd1', baseVersion: 1, doc: saved, changedAt: 0 });
		await transport.save('d1', 1, saved);
		const reordered = Object.fromEntries(Object.entries(server.document).reverse()) as PlanDocument;
		const sync = new DesignSync({ designId: 'd1', version: 2, drafts, transport });
		expect((await sync.resume(reordered)).name).toBe('saved just before the tab closed');
		expect(sync.current.state).toBe('saved');
		expect(drafts.map.size).toBe(0);
	});
});

describe('IndexedDB drafts', () => {
	it('stores, reads and deletes a draft', async () => {
		const doc = createEmptyDocument('kept');
		await indexedDbDrafts.put({ designId: 'x', baseVersion: 3, doc, changedAt: 1 });
		expect((await indexedDbDrafts.get('x'))?.doc).toEqual(doc);
		await indexedDbDrafts.delete('x');
		expect(await indexedDbDrafts.get('x')).toBeUndefined();
	});
});
