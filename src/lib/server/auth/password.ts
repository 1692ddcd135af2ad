import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1). `Algorithm.Argon2id` is 2 in @node-rs/argon2. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// The ~49,000 most common passwords (zxcvbn's list), lowercased for the check.
const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** Why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string, email = ''): string | null {
	if (password.length < PASSWORD_MIN_LENGTH)
		return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
	if (password.length > PASSWORD_MAX_LENGTH)
		return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
	const lower = password.toLowerCase();
	if (commonPasswords.has(lower)) return 'This password is one of the most common: choose another.';
	if (email && lower === email.toLowerCase()) return 'The password must not be your email address.';
	if (new Set(password).size < 4) return 'Use more different characters.';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verified against when the email is unknown, so that both cases take the same time.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword('house-planner-dummy-password');
	return dummyHash;
}
