import type { PlanDocument } from '../plan/types';
import type { DraftStore } from './drafts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'invalid';

export interface SaveStatus {
	state: SaveState;
	/** Server version the editor's document is based on. */
	version: number;
	/** What to tell the person ("Offline — changes kept on this device"). */
	message: string;
	/** On conflict: what the server has now. */
	conflict?: { version: number; document: PlanDocument };
}

/** The wire: one autosave request. `status` 0 means the network failed. */
export interface SaveTransport {
	save(
		designId: string,
		baseVersion: number,
		doc: PlanDocument
	): Promise<{ status: number; body: Record<string, unknown> | null }>;
}

export const MESSAGES: Record<SaveState, string> = {
	saved: 'Saved',
	pending: 'Unsaved changes',
	saving: 'Saving…',
	offline: 'Offline — changes kept on this device',
	conflict: 'Changed elsewhere — choose which copy to keep',
	invalid: 'Could not save: the plan was refused'
};

const MAX_RETRY_MS = 30_000;

/** Deep equality that ignores key order (PostgreSQL's jsonb does not keep it). */
export function samePlan(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every(
		(k) =>
			Object.prototype.hasOwnProperty.call(b, k) &&
			samePlan((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/**
 * Autosave for one design. Every change is written to the device first, then sent within
 * `delayMs` of the last edit with the version it was based on (If-Match). A stale version
 * stops autosaving and reports the conflict: the caller offers to reload or keep a copy —
 * nothing is ever overwritten silently. Network or server failures retry with backoff.
 */
export class DesignSync {
	private version: number;
	private latest: PlanDocument | null = null;
	private inFlight: Promise<void> | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private retryMs = 1000;
	private status: SaveStatus;
	private stopped = false;

	constructor(
		private readonly opts: {
			designId: string;
			version: number;
			drafts: DraftStore;
			transport: SaveTransport;
			delayMs?: number;
			onStatus?: (status: SaveStatus) => void;
		}
	) {
		this.version = opts.version;
		this.status = { state: 'saved', version: opts.version, message: MESSAGES.saved };
	}

	get current(): SaveStatus {
		return this.status;
	}

	/**
	 * Looks for edits left on this device by an earlier visit. Returns the document to open:
	 * the draft when it was based on the server's current version (and sends it), else the
	 * server's — reporting a conflict when a draft exists for an older version.
	 */
	async resume(serverDoc: PlanDocument): Promise<PlanDocument> {
		const draft = await this.opts.drafts.get(this.opts.designId);
		if (!draft) return serverDoc;
		if (draft.baseVersion === this.version) {
			this.latest = draft.doc;
			this.setStatus('pending');
			void this.flush();
			return draft.doc;
		}
		// The tab closed while its last save was in flight: the server has exactly the draft.
		if (samePlan(draft.doc, serverDoc)) {
			await this.opts.drafts.delete(this.opts.designId);
			return serverDoc;
		}
		this.latest = draft.doc;
		this.setStatus('conflict', { version: this.version, document: serverDoc });
		return draft.doc;
	}

	/** Call after every committed edit. */
	async change(doc: PlanDocument): Promise<void> {
		this.latest = doc;
		await this.opts.drafts.put({
			designId: this.opts.designId,
			baseVersion: this.version,
			doc,
			changedAt: Date.now()
		});
		if (this.status.state === 'conflict') return;
		// A refused plan is sent again after the next edit: the person may have fixed it (removed
		// the large model, undone the bad change). Until then it stays kept on this device.
		if (this.status.state !== 'offline') this.setStatus('pending');
		this.schedule(this.opts.delayMs ?? 1000);
	}

	/** Sends what is pending now (e.g. when the page is hidden or the network returns). */
	flush(): Promise<void> {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		if (this.inFlight) return this.inFlight.then(() => this.flush());
		if (!this.latest || this.stopped) return Promise.resolve();
		if (this.status.state === 'conflict' || this.status.state === 'invalid')
			return Promise.resolve();
		this.inFlight = this.send(this.latest).finally(() => (this.inFlight = null));
		return this.inFlight;
	}

	/** The person chose the server's copy: forget the local edits. */
	async discardLocal(serverVersion: number): Promise<void> {
		this.latest = null;
		this.version = serverVersion;
		await this.opts.drafts.delete(this.opts.designId);
		this.setStatus('saved');
	}

	/** The local edits were kept elsewhere (e.g. as a new design): drop the draft here. */
	async forgetDraft(): Promise<void> {
		this.latest = null;
		await this.opts.drafts.delete(this.opts.designId);
	}

	stop() {
		this.stopped = true;
		if (this.timer) clearTimeout(this.timer);
	}

	private schedule(ms: number) {
		if (this.stopped) return;
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), ms);
	}

	private async send(doc: PlanDocument): Promise<void> {
		this.setStatus('saving');
		let result: Awaited<ReturnType<SaveTransport['save']>>;
		try {
			result = await this.opts.transport.save(this.opts.designId, this.version, doc);
		} catch {
			result = { status: 0, body: null };
		}
		const { status, body } = result;
		if (status === 200 && typeof body?.version === 'number') {
			this.version = body.version;
			this.retryMs = 1000;
			if (this.latest === doc) {
				this.latest = null;
				await this.opts.drafts.delete(this.opts.designId);
				this.setStatus('saved');
			} else {
				// Edited while the request was out: re-key the draft on the new version and go again.
				await this.opts.drafts.put({
					designId: this.opts.designId,
					baseVersion: this.version,
					doc: this.latest!,
					changedAt: Date.now()
				});
				this.setStatus('pending');
				this.schedule(this.opts.delayMs ?? 1000);
			}
			return;
		}
		if (status === 409 && body && typeof body.version === 'number') {
			this.setStatus('conflict', {
				version: body.version,
				document: body.document as PlanDocument
			});
			return;
		}
		if (status === 422 || status === 400 || status === 413) {
			const why = typeof body?.error === 'string' ? body.error : MESSAGES.invalid;
			this.setStatus('invalid', undefined, why);
			return;
		}
		// Offline, server restarting, 5xx, 429, signed out: keep the edits and try again later.
		this.setStatus('offline');
		const wait =
			status === 429 && typeof body?.retryAfter === 'number'
				? body.retryAfter * 1000
				: this.retryMs;
		this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
		this.schedule(wait);
	}

	private setStatus(state: SaveState, conflict?: SaveStatus['conflict'], message?: string) {
		this.status = { state, version: this.version, message: message ?? MESSAGES[state], conflict };
		this.opts.onStatus?.(this.status);
	}
}

/** The autosave endpoint over fetch. */
export const fetchTransport: SaveTransport = {
	async save(designId, baseVersion, doc) {
		let response: Response;
		try {
			response = await fetch(`/api/designs/${encodeURIComponent(designId)}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', 'if-match': `"${baseVersion}"` },
				body: JSON.stringify(doc)
			});
		} catch {
			return { status: 0, body: null };
		}
		const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
		return { status: response.status, body };
	}
};
