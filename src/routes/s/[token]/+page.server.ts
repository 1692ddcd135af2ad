import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import { openSharedDesign } from '$lib/server/designs/sharing';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	try {
		const d = await openSharedDesign(getDatabase().db, params.token);
		// The link itself is the secret: keep it out of caches and referrers.
		setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
		return { design: { name: d.name, document: d.document } };
	} catch (e) {
		if (e instanceof DesignError)
			error(404, 'This link does not open a design (it may have been revoked).');
		throw e;
	}
};
