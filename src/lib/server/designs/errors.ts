/** A design operation refused for a reason the person can act on; routes map it to a 4xx. */
export class DesignError extends Error {
	constructor(
		readonly status: 400 | 404 | 409 | 413 | 422,
		message: string,
		readonly details?: unknown
	) {
		super(message);
		this.name = 'DesignError';
	}
}

export const notFound = () => new DesignError(404, 'Design not found.');

/** 413 for a body, or a document a change would grow, past `limit` bytes. */
export const tooLarge = (limit: number) =>
	new DesignError(
		413,
		`Too large to save: over ${Math.floor(limit / 1_000_000)} MB. Remove an uploaded model or the trace image.`
	);

export const NAME_MAX_LENGTH = 120;

export function designName(raw: unknown): string {
	const name = typeof raw === 'string' ? raw.trim() : '';
	if (!name) throw new DesignError(400, 'Give the design a name.');
	if (name.length > NAME_MAX_LENGTH)
		throw new DesignError(400, `Use at most ${NAME_MAX_LENGTH} characters for the name.`);
	return name;
}
