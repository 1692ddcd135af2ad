import { redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { getDatabase } from '../db';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './cookie';
import { createSession, generateSessionToken, validateSessionToken } from './session';

/** Fills `locals.user` and `locals.session` from the session cookie (Lucia's guide). */
export const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, event.url);
	if (token) {
		const result = await validateSessionToken(getDatabase().db, token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.refreshed)
				setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/** Starts a session for `userId` and sets its cookie. */
export async function signIn(event: RequestEvent, userId: string): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(getDatabase().db, token, userId, {
		userAgent: event.request.headers.get('user-agent'),
		ip: clientAddress(event)
	});
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
}

export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const { user, session } = event.locals;
	if (!user || !session) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/signin?next=${encodeURIComponent(next)}`);
	}
	return { user, session };
}

/** Only same-site relative paths, so `?next=` cannot send anyone elsewhere. */
export function safeNext(raw: string | null | undefined, fallback = '/designs'): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
		return fallback;
	return raw;
}
