import { fail, redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { requireUser } from '$lib/server/auth/handle';
import {
	invalidateSession,
	invalidateUserSessions,
	listUserSessions
} from '$lib/server/auth/session';
import { AuthInputError, changePassword, deleteUser } from '$lib/server/auth/users';
import { getDatabase } from '$lib/server/db';
import { describeDevice } from '$lib/server/auth/device';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, session } = requireUser(event);
	const sessions = await listUserSessions(getDatabase().db, user.id);
	return {
		email: user.email,
		sessions: sessions.map((s) => ({
			id: s.id,
			device: describeDevice(s.userAgent),
			ip: s.ip,
			lastSeenAt: s.lastSeenAt.toISOString(),
			current: s.id === session.id
		}))
	};
};

export const actions: Actions = {
	signOutSession: async (event) => {
		const { user } = requireUser(event);
		const id = String((await event.request.formData()).get('session') ?? '');
		const mine = await listUserSessions(getDatabase().db, user.id);
		if (!mine.some((s) => s.id === id)) return fail(404, { message: 'No such session.' });
		await invalidateSession(getDatabase().db, id);
		return { message: 'Signed out that device.' };
	},
	signOutOthers: async (event) => {
		const { user, session } = requireUser(event);
		await invalidateUserSessions(getDatabase().db, user.id, session.id);
		return { message: 'Signed out everywhere else.' };
	},
	signOutEverywhere: async (event) => {
		const { user } = requireUser(event);
		await invalidateUserSessions(getDatabase().db, user.id);
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, '/signin');
	},
	changePassword: async (event) => {
		const { user, session } = requireUser(event);
		const form = await event.request.formData();
		try {
			await changePassword(
				getDatabase().db,
				user.id,
				session.id,
				form.get('currentPassword'),
				form.get('newPassword')
			);
		} catch (error) {
			if (error instanceof AuthInputError)
				return fail(400, {
					passwordErrors: { [error.field]: error.message } as Partial<
						Record<'password' | 'newPassword' | 'form', string>
					>
				});
			throw error;
		}
		return { message: 'Password changed. Your other devices were signed out.' };
	},
	deleteAccount: async (event) => {
		const { user } = requireUser(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'DELETE')
			return fail(400, { deleteError: 'Type DELETE to confirm.' });
		try {
			await deleteUser(getDatabase().db, user.id, form.get('password'));
		} catch (error) {
			if (error instanceof AuthInputError) return fail(400, { deleteError: error.message });
			throw error;
		}
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, '/?deleted=1');
	}
};
