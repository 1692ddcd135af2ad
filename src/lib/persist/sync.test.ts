import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDocument } from '../plan/document';
import type { PlanDocument } from '../plan/types';
import { indexedDbDrafts, type Draft, type DraftStore } from './drafts';
import { DesignSync, type SaveStatus, type SaveTransport } from './sync';

/** A fake server keeping one design with optimistic versions, like /api/designs/[id]. */
function fakeServer(start: PlanDocument) {
	const server = { version: 1, document: start, up: true, saves: [] as PlanDocument[] };
	const transport: SaveTransport = {
		async save(_id, baseVersion, doc) {
			if (!server.up) return { status: 0, body: null };
			if (baseVersion !== server.version)
				return {
					status: 409,
					body: { error: 'conflict', version: server.version, document: server.document }
				};
			server.version += 1;
			server.document = doc;
			server.saves.push(doc);
			return { status: 200, body: { version: server.version } };
		}
	};
	return { server, transport };
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
			}
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
