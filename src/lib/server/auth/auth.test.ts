import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../db/test-database';
import { sessions, users } from '../db/schema';
import { passwordProblem } from './password';
import {
	ABSOLUTE_LIFETIME_MS,
	IDLE_TIMEOUT_MS,
	createSession,
	generateSessionToken,
	listUserSessions,
	sessionIdFromToken,
	validateSessionToken
} from './session';
import { AuthInputError, authenticate, changePassword, createUser, deleteUser } from './users';

const GOOD = 'correct horse battery staple';

describe('password rules', () => {
	it('refuses short, common and email-equal passwords', () => {
		expect(passwordProblem('short')).toMatch(/at least 10/);
		expect(passwordProblem('password123')).toMatch(/most common/);
		expect(passwordProblem('qwertyuiop')).toMatch(/most common/);
		expect(passwordProblem('me@example.com', 'me@example.com')).toMatch(/email/);
		expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/different/);
		expect(passwordProblem(GOOD)).toBeNull();
	});
});

describe('session tokens', () => {
	it('have 160 random bits and are stored only as their SHA-256', () => {
		const a = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/); // 32 base32 characters = 160 bits
		expect(generateSessionToken()).not.toBe(a);
		expect(sessionIdFromToken(a)).toMatch(/^[0-9a-f]{64}$/);
		expect(sessionIdFromToken(a)).not.toContain(a);
	});
});

describe.each(testDatabaseKinds())('accounts on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase(kind);
	});
	afterAll(() => t.destroy());
	beforeEach(() => t.reset());

	it('signs up with an argon2id hash and signs in; unknown email and wrong password look alike', async () => {
		const user = await createUser(t.database.db, ' Ann@Example.com ', GOOD);
		expect(user.email).toBe('ann@example.com');
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		expect((await authenticate(t.database.db, 'ANN@example.com', GOOD))?.id).toBe(user.id);
		expect(await authenticate(t.database.db, 'ann@example.com', 'wrong password!')).toBeNull();
		expect(await authenticate(t.database.db, 'nobody@example.com', GOOD)).toBeNull();
	});

	it('refuses a duplicate email and a weak password with a field message, storing nothing', async () => {
		await createUser(t.database.db, 'ann@example.com', GOOD);
		await expect(createUser(t.database.db, 'ANN@example.com', GOOD)).rejects.toMatchObject({
			field: 'email'
		});
		await expect(createUser(t.database.db, 'bob@example.com', '12345678')).rejects.toBeInstanceOf(
			AuthInputError
		);
		await expect(createUser(t.database.db, 'not-an-email', GOOD)).rejects.toMatchObject({
			field: 'email'
		});
		expect((await t.database.db.select().from(users)).length).toBe(1);
	});

	it('slides the idle expiry and stops at the absolute lifetime', async () => {
		const user = await createUser(t.database.db, 'ann@example.com', GOOD);
		const token = generateSessionToken();
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(t.database.db, token, user.id, { userAgent: 'Test' }, start);
		const [row] = await t.database.db.select().from(sessions);
		expect(row.id).toBe(sessionIdFromToken(token));

		// Used every 20 days: stays alive past the 30-day idle timeout…
		let now = start;
		for (let i = 0; i < 8; i++) {
			now = new Date(now.getTime() + 20 * 24 * 3600 * 1000);
			const v = await validateSessionToken(t.database.db, token, now);
			expect(v?.user.email).toBe('ann@example.com');
			expect(v!.session.expiresAt.getTime()).toBeLessThanOrEqual(
				start.getTime() + ABSOLUTE_LIFETIME_MS
			);
		}
		// …but not past the absolute lifetime.
		now = new Date(start.getTime() + ABSOLUTE_LIFETIME_MS + 1000);
		expect(await validateSessionToken(t.database.db, token, now)).toBeNull();
		expect(await t.database.db.select().from(sessions)).toEqual([]);
	});

	it('expires an idle session', async () => {
		const user = await createUser(t.database.db, 'ann@example.com', GOOD);
		const token = generateSessionToken();
		const start = new Date();
		await createSession(t.database.db, token, user.id, {}, start);
		const later = new Date(start.getTime() + IDLE_TIMEOUT_MS + 1);
		expect(await validateSessionToken(t.database.db, token, later)).toBeNull();
		expect(await validateSessionToken(t.database.db, 'not a token')).toBeNull();
	});

	it('changing the password signs out the other sessions only', async () => {
		const user = await createUser(t.database.db, 'ann@example.com', GOOD);
		const mine = generateSessionToken();
		const other = generateSessionToken();
		await createSession(t.database.db, mine, user.id);
		await createSession(t.database.db, other, user.id);
		await expect(
			changePassword(t.database.db, user.id, sessionIdFromToken(mine), 'wrong', 'new passphrase 42')
		).rejects.toMatchObject({ field: 'password' });
		await changePassword(
			t.database.db,
			user.id,
			sessionIdFromToken(mine),
			GOOD,
			'new passphrase 42'
		);
		const left = await listUserSessions(t.database.db, user.id);
		expect(left.map((s) => s.id)).toEqual([sessionIdFromToken(mine)]);
		expect(
			await authenticate(t.database.db, 'ann@example.com', 'new passphrase 42')
		).not.toBeNull();
	});

	it('deleting the account removes it and its sessions, after checking the password', async () => {
		const user = await createUser(t.database.db, 'ann@example.com', GOOD);
		await createSession(t.database.db, generateSessionToken(), user.id);
		await expect(deleteUser(t.database.db, user.id, 'nope')).rejects.toMatchObject({
			field: 'password'
		});
		await deleteUser(t.database.db, user.id, GOOD);
		expect(await t.database.db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
		expect(await t.database.db.select().from(sessions)).toEqual([]);
	});
});
