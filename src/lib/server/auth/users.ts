import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users, type User } from '../db/schema';
import { authFailures } from '../metrics/registry';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { invalidateUserSessions } from './session';

/** A problem with what the person typed, shown next to the form; never a 500. */
export class AuthInputError extends Error {
	constructor(
		readonly field: 'email' | 'password' | 'newPassword' | 'form',
		message: string
	) {
		super(message);
		this.name = 'AuthInputError';
	}
}

// Deliberately loose: the real check is that mail arrives; this only catches typing mistakes.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: unknown): string {
	const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	if (!email) throw new AuthInputError('email', 'Enter your email address.');
	if (email.length > 254 || !EMAIL.test(email))
		throw new AuthInputError('email', 'Enter a valid email address, like name@example.com.');
	return email;
}

export function passwordFrom(raw: unknown, field: 'password' | 'newPassword' = 'password'): string {
	if (typeof raw !== 'string' || raw.length === 0)
		throw new AuthInputError(field, 'Enter a password.');
	return raw;
}

export async function createUser(db: Db, rawEmail: unknown, rawPassword: unknown): Promise<User> {
	const email = normaliseEmail(rawEmail);
	const password = passwordFrom(rawPassword);
	const problem = passwordProblem(password, email);
	if (problem) throw new AuthInputError('password', problem);
	const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
	if (existing.length)
		throw new AuthInputError('email', 'An account with this email already exists.');
	const now = new Date();
	const user = {
		id: crypto.randomUUID(),
		email,
		passwordHash: await hashPassword(password),
		createdAt: now,
		updatedAt: now
	};
	try {
		await db.insert(users).values(user);
	} catch {
		// Two sign-ups racing for one email: the unique index decides.
		throw new AuthInputError('email', 'An account with this email already exists.');
	}
	return user;
}

/** The user when email and password match; null otherwise (same time either way). */
export async function authenticate(
	db: Db,
	rawEmail: unknown,
	rawPassword: unknown
): Promise<User | null> {
	const email = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase() : '';
	const password = typeof rawPassword === 'string' ? rawPassword : '';
	const [user] = email ? await db.select().from(users).where(eq(users.email, email)) : [];
	if (!user) {
		await verifyPassword(await dummyPasswordHash(), password);
		authFailures.inc();
		return null;
	}
	if (await verifyPassword(user.passwordHash, password)) return user;
	authFailures.inc();
	return null;
}

/** Changes the password and signs out every other session. */
export async function changePassword(
	db: Db,
	userId: string,
	currentSessionId: string,
	rawCurrent: unknown,
	rawNext: unknown
): Promise<void> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) throw new AuthInputError('form', 'Your account no longer exists.');
	const current = passwordFrom(rawCurrent);
	if (!(await verifyPassword(user.passwordHash, current)))
		throw new AuthInputError('password', 'Your current password is not right.');
	const next = passwordFrom(rawNext, 'newPassword');
	const problem = passwordProblem(next, user.email);
	if (problem) throw new AuthInputError('newPassword', problem);
	await db
		.update(users)
		.set({ passwordHash: await hashPassword(next), updatedAt: new Date() })
		.where(eq(users.id, userId));
	await invalidateUserSessions(db, userId, currentSessionId);
}

/** Deletes the account; its sessions, designs, revisions and links go with it (cascades). */
export async function deleteUser(db: Db, userId: string, rawPassword: unknown): Promise<void> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) return;
	if (!(await verifyPassword(user.passwordHash, passwordFrom(rawPassword))))
		throw new AuthInputError('password', 'Your password is not right.');
	await db.delete(users).where(eq(users.id, userId));
}
