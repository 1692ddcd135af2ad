import { fail, redirect } from '@sveltejs/kit';
import { clientAddress, safeNext, signIn } from '$lib/server/auth/handle';
import { hit, RULES } from '$lib/server/auth/rate-limit';
import { AuthInputError, createUser } from '$lib/server/auth/users';
import { getCache } from '$lib/server/cache';
import { getConfig } from '$lib/server/config';
import { getDatabase } from '$lib/server/db';
import { claimDeviceDesign } from '$lib/server/designs/claim';
import type { Actions, PageServerLoad } from './$types';

type FieldErrors = Partial<Record<'form' | 'email' | 'password', string>>;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '');
		const rule = { ...RULES.signupIp, limit: getConfig().SIGNUP_LIMIT_PER_HOUR };
		const limited = await hit(getCache(), rule, clientAddress(event));
		if (!limited.ok) {
			event.setHeaders({ 'retry-after': String(limited.retryAfter) });
			return fail(429, {
				email,
				errors: {
					form: `Too many sign-ups from here. Try again in ${limited.retryAfter} s.`
				} as FieldErrors
			});
		}
		let userId: string;
		try {
			userId = (await createUser(getDatabase().db, email, form.get('password'))).id;
		} catch (error) {
			if (error instanceof AuthInputError)
				return fail(400, { email, errors: { [error.field]: error.message } as FieldErrors });
			throw error;
		}
		await signIn(event, userId);
		// A design drawn before signing up (kept on the device) moves into the new account.
		const claimed = await claimDeviceDesign(getDatabase().db, userId, form.get('deviceDesign'));
		redirect(
			303,
			claimed ? `/designs/${claimed}?claimed=1` : safeNext(event.url.searchParams.get('next'))
		);
	}
};
