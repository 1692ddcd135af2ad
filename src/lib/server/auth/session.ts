import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { sessions, users, type Session, type User } from '../db/schema';

/**
 * Sessions as in Lucia's session guide: the cookie carries a random secret; the database keeps
 * only its SHA-256, so a leaked table cannot be replayed.
 */

const DAY = 24 * 60 * 60 * 1000;
/** A session unused this long expires; each use pushes the expiry forward (sliding). */
export const IDLE_TIMEOUT_MS = 30 * DAY;
/** However often it is used, a session ends this long after sign-in. */
export const ABSOLUTE_LIFETIME_MS = 180 * DAY;
// Touch the row at most this often, so reads do not turn every request into a write.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export type PublicUser = Pick<User, 'id' | 'email' | 'createdAt'>;
export interface SessionValidation {
	session: Session;
	user: PublicUser;
	/** True when the expiry moved: the cookie must be sent again with the new date. */
	refreshed: boolean;
}

/** 20 random bytes = 160 bits, base32 (32 characters). */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface SessionMeta {
	userAgent?: string | null;
	ip?: string | null;
}

export async function createSession(
	db: Db,
	token: string,
	userId: string,
	meta: SessionMeta = {},
	now = new Date()
): Promise<Session> {
	const row = {
		id: sessionIdFromToken(token),
		userId,
		createdAt: now,
		lastSeenAt: now,
		expiresAt: new Date(now.getTime() + IDLE_TIMEOUT_MS),
		absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
		userAgent: meta.userAgent?.slice(0, 300) ?? null,
		ip: meta.ip?.slice(0, 64) ?? null
	};
	await db.insert(sessions).values(row);
	return row;
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = sessionIdFromToken(token);
	const rows = await db
		.select({
			session: sessions,
			user: { id: users.id, email: users.email, createdAt: users.createdAt }
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id));
	const found = rows[0];
	if (!found) return null;
	const { session, user } = found;
	const t = now.getTime();
	if (t >= session.expiresAt.getTime() || t >= session.absoluteExpiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	let refreshed = false;
	if (t - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
		session.lastSeenAt = now;
		session.expiresAt = new Date(
			Math.min(t + IDLE_TIMEOUT_MS, session.absoluteExpiresAt.getTime())
		);
		await db
			.update(sessions)
			.set({ lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt })
			.where(eq(sessions.id, id));
		refreshed = true;
	}
	return { session, user, refreshed };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere, or everywhere but `exceptSessionId`. */
export async function invalidateUserSessions(
	db: Db,
	userId: string,
	exceptSessionId?: string
): Promise<void> {
	await db
		.delete(sessions)
		.where(
			exceptSessionId
				? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
				: eq(sessions.userId, userId)
		);
}

export async function listUserSessions(db: Db, userId: string): Promise<Session[]> {
	const rows = await db.select().from(sessions).where(eq(sessions.userId, userId));
	return rows.sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}
