import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/handle';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import { getDesign } from '$lib/server/designs/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireUser(event);
	try {
		const d = await getDesign(getDatabase().db, user.id, event.params.id);
		return { design: { id: d.id, name: d.name, version: d.version, document: d.document } };
	} catch (e) {
		if (e instanceof DesignError) error(e.status, e.message);
		throw e;
	}
};
