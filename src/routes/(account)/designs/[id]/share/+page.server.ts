import { error, fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/handle';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import { getDesign } from '$lib/server/designs/service';
import { createShareLink, listShareLinks, revokeShareLink } from '$lib/server/designs/sharing';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireUser(event);
	try {
		const design = await getDesign(getDatabase().db, user.id, event.params.id);
		const links = await listShareLinks(getDatabase().db, user.id, design.id);
		return {
			design: { id: design.id, name: design.name },
			links: links.map((l) => ({ id: l.id, createdAt: l.createdAt.toISOString() }))
		};
	} catch (e) {
		if (e instanceof DesignError) error(e.status, e.message);
		throw e;
	}
};

export const actions: Actions = {
	create: async (event) => {
		const { user } = requireUser(event);
		try {
			const link = await createShareLink(getDatabase().db, user.id, event.params.id);
			// The token is shown this once: only its hash is stored.
			return { url: `${event.url.origin}/s/${link.token}` };
		} catch (e) {
			if (e instanceof DesignError) return fail(e.status, { message: e.message });
			throw e;
		}
	},
	revoke: async (event) => {
		const { user } = requireUser(event);
		const id = String((await event.request.formData()).get('link') ?? '');
		try {
			await revokeShareLink(getDatabase().db, user.id, event.params.id, id);
		} catch (e) {
			if (e instanceof DesignError) return fail(e.status, { message: e.message });
			throw e;
		}
		return { message: 'Link revoked: it no longer opens the design.' };
	}
};
