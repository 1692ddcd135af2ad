import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { invalidateSession } from '$lib/server/auth/session';
import { getDatabase } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(getDatabase().db, locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
