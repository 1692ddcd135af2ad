/** Rejects with `message` when `promise` has not settled after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The readable part of an error, including Node's AggregateError (IPv4 + IPv6 refusals). */
export function errorMessage(error: unknown): string {
	if (error instanceof AggregateError && !error.message && error.errors.length > 0) {
		return errorMessage(error.errors[0]);
	}
	if (error instanceof Error) {
		const code = (error as { code?: unknown }).code;
		return error.message || (typeof code === 'string' ? code : error.name);
	}
	return String(error);
}
