/**
 * Progress and cancellation for exports and imports that may take long: callers pass an
 * AbortSignal and a progress callback; work checks the signal between steps and yields to the
 * event loop so a Cancel button can be pressed and a progress bar repainted.
 */

export interface TaskOptions {
	/** Fraction done in [0, 1] and a short description of the current step. */
	onProgress?: (fraction: number, stage: string) => void;
	signal?: AbortSignal;
}

/** Thrown (as a DOMException named `AbortError`) when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new DOMException('The export was cancelled', 'AbortError');
}

export function isAbortError(e: unknown): boolean {
	return e instanceof DOMException && e.name === 'AbortError';
}

/** Lets the event loop run (a macrotask, so input events and paints get their turn). */
export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reports progress, then yields and checks for cancellation. */
export async function step(options: TaskOptions, fraction: number, stage: string): Promise<void> {
	throwIfAborted(options.signal);
	options.onProgress?.(Math.max(0, Math.min(1, fraction)), stage);
	await yieldToEventLoop();
	throwIfAborted(options.signal);
}
