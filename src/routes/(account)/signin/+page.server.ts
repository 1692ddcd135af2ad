import { fail, redirect } from '@sveltejs/kit';
import { clientAddress, safeNext, signIn } from '$lib/server/auth/handle';
import { hit, isLimited, reset, RULES } from '$lib/server/auth/rate-limit';
import { authenticate } from '$lib/server/auth/users';
import { getCache } from '$lib/server/cache';
import { getDatabase } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

// One message whether the email is unknown or the password wrong: no account probing.
const WRONG = 'That email and password do not match an account.';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.toLowerCase()
			.slice(0, 254);
		const cache = getCache();
		const tooMany = (retryAfter: number) => {
			event.setHeaders({ 'retry-after': String(retryAfter) });
			return fail(429, {
				email,
				message: `Too many attempts. Try again in ${Math.ceil(retryAfter / 60)} min.`
			});
		};
		const perIp = await hit(cache, RULES.signinIp, clientAddress(event));
		if (!perIp.ok) return tooMany(perIp.retryAfter);
		const perAccount = await isLimited(cache, RULES.signinAccount, email);
		if (!perAccount.ok) return tooMany(perAccount.retryAfter);

		const user = await authenticate(getDatabase().db, email, form.get('password'));
		if (!user) {
			const after = await hit(cache, RULES.signinAccount, email);
			if (!after.ok) return tooMany(after.retryAfter);
			return fail(400, { email, message: WRONG });
		}
		await reset(cache, RULES.signinAccount, email);
		await signIn(event, user.id);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
};
