/** Shared pieces of the records that carry a file (uploaded models, trace images). */
import { z } from 'zod/mini';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 text decodes to. */
export function base64Bytes(data: string): number {
	const pad = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
	return (data.length / 4) * 3 - pad;
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * A file as base64 of at most `maxBytes` decoded bytes. The length is checked before the
 * pattern, so an oversized text is refused without scanning it.
 */
export function base64File(maxBytes: number) {
	const maxLength = Math.ceil(maxBytes / 3) * 4;
	return z.string().check(
		z.superRefine((data, ctx) => {
			if (data.length === 0)
				return void ctx.addIssue({ code: 'custom', message: 'must not be empty' });
			if (data.length > maxLength)
				return void ctx.addIssue({
					code: 'custom',
					message: `must be at most ${megabytes(maxBytes)} (it is ${megabytes(base64Bytes(data))})`
				});
			if (data.length % 4 !== 0 || !BASE64.test(data))
				ctx.addIssue({ code: 'custom', message: 'must be base64 data' });
		})
	);
}
