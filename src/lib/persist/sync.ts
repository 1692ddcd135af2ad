import { diffDocuments, isEmptyDiff, type Diff } from '../plan/diff';
import { samePlan } from '../plan/same';
import { SCHEMA_VERSION, type PlanDocument } from '../plan/types';
import type { DraftStore } from './drafts';

export { samePlan };

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

/** What the server answered. `status` 0 means the network failed. */
export interface SaveResponse {
	status: number;
	body: Record<string, unknown> | null;
}

/** The wire: one autosave request, made on the server's version `baseVersion` (If-Match). */
export interface SaveTransport {
	/** The whole document (PUT): when the document the server has is not known here. */
	save(designId: string, baseVersion: number, doc: PlanDocument): Promise<SaveResponse>;
	/** Only what changed since the document the server confirmed at `baseVersion` (PATCH). */
	patch(designId: string, baseVersion: number, diff: Diff): Promise<SaveResponse>;
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

/**
 * Autosave for one design. Every change is written to the device first, then sent within
 * `delayMs` of the last edit with the version it was based on (If-Match). A stale version
 * stops autosaving and reports the conflict: the caller offers to reload or keep a copy —
 * nothing is ever overwritten silently. Network or server failures retry with backoff.
 *
 * Only what changed is sent: the sync keeps the document the server confirmed at `version`
 * (the one it opened with, then each one a save succeeded with) and sends the diff from it
 * (PATCH), so a design carrying megabytes of uploaded models does not upload them on every
 * edit. Without a known base (no `resume`, or after a conflict whose copy it did not see) it
 * sends the whole document (PUT).
 */
export class DesignSync {
	private version: number;
	/** What the server holds at `version`, as far as this tab knows; null = unknown. */
	private base: PlanDocument | null = null;
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
		// The page read the document and `version` together: this is the server's copy at it.
		this.base = serverDoc;
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
		const theirs = this.status.conflict;
		this.base = theirs?.version === serverVersion ? theirs.document : null;
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

	/** The diff from the confirmed base, or null when the whole document must go (PUT). */
	private diffFromBase(doc: PlanDocument): Diff | null {
		const base = this.base;
		// A diff carries no schemaVersion: an older stored format is replaced whole.
		if (!base || base.schemaVersion !== SCHEMA_VERSION || doc.schemaVersion !== SCHEMA_VERSION)
			return null;
		return diffDocuments(base, doc);
	}

	private async request(doc: PlanDocument, diff: Diff | null): Promise<SaveResponse> {
		const { transport, designId } = this.opts;
		try {
			return diff
				? await transport.patch(designId, this.version, diff)
				: await transport.save(designId, this.version, doc);
		} catch {
			return { status: 0, body: null };
		}
	}

	private async send(doc: PlanDocument): Promise<void> {
		const diff = this.diffFromBase(doc);
		if (diff && isEmptyDiff(diff)) {
			// Nothing differs from what the server has (e.g. an edit undone): no request needed.
			await this.confirmed(doc, this.version);
			return;
		}
		this.setStatus('saving');
		let { status, body } = await this.request(doc, diff);
		if (diff && status === 409 && body?.version === this.version) {
			// Same version, yet the diff's `before` did not match: this tab's idea of the server's
			// copy was off, and nobody saved in between. The whole document, on the same version,
			// is what autosave sent before diffs — still refused if someone saves meanwhile.
			this.base = null;
			({ status, body } = await this.request(doc, null));
		}
		if (status === 200 && typeof body?.version === 'number') {
			await this.confirmed(doc, body.version);
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

	/** The server now holds `doc` as `version`: it is the base of the next diff. */
	private async confirmed(doc: PlanDocument, version: number): Promise<void> {
		this.version = version;
		this.base = doc;
		this.retryMs = 1000;
		if (this.latest === doc) {
			this.latest = null;
			await this.opts.drafts.delete(this.opts.designId);
			this.setStatus('saved');
			return;
		}
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

	private setStatus(state: SaveState, conflict?: SaveStatus['conflict'], message?: string) {
		this.status = { state, version: this.version, message: message ?? MESSAGES[state], conflict };
		this.opts.onStatus?.(this.status);
	}
}

async function send(
	method: 'PUT' | 'PATCH',
	designId: string,
	baseVersion: number,
	body: unknown
): Promise<SaveResponse> {
	let response: Response;
	try {
		response = await fetch(`/api/designs/${encodeURIComponent(designId)}`, {
			method,
			headers: { 'content-type': 'application/json', 'if-match': `"${baseVersion}"` },
			body: JSON.stringify(body)
		});
	} catch {
		return { status: 0, body: null };
	}
	const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
	return { status: response.status, body: json };
}

/** The autosave endpoint over fetch: PUT the whole document, or PATCH `{ diff }`. */
export const fetchTransport: SaveTransport = {
	save: (designId, baseVersion, doc) => send('PUT', designId, baseVersion, doc),
	patch: (designId, baseVersion, diff) => send('PATCH', designId, baseVersion, { diff })
};
