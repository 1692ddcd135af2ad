import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/handle';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import {
	getRevision,
	listRevisions,
	restoreRevision,
	saveNamedRevision
} from '$lib/server/designs/revisions';
import { getDesign } from '$lib/server/designs/service';
import { planThumbnailSvg } from '$lib/server/designs/thumbnail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireUser(event);
	const db = getDatabase().db;
	try {
		const design = await getDesign(db, user.id, event.params.id);
		const revisions = await listRevisions(db, user.id, design.id);
		const previewId = event.url.searchParams.get('preview');
		const preview = previewId ? await getRevision(db, user.id, design.id, previewId) : null;
		return {
			design: { id: design.id, name: design.name, version: design.version },
			revisions: revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
			preview: preview
				? {
						id: preview.id,
						name: preview.name,
						version: preview.version,
						svg: planThumbnailSvg(preview.document)
					}
				: null
		};
	} catch (e) {
		if (e instanceof DesignError) error(e.status, e.message);
		throw e;
	}
};

export const actions: Actions = {
	save: async (event) => {
		const { user } = requireUser(event);
		const form = await event.request.formData();
		try {
			await saveNamedRevision(getDatabase().db, user.id, event.params.id, form.get('name'));
		} catch (e) {
			if (e instanceof DesignError) return fail(e.status, { message: e.message });
			throw e;
		}
		return { message: 'Version saved.' };
	},
	restore: async (event) => {
		const { user } = requireUser(event);
		const form = await event.request.formData();
		try {
			await restoreRevision(
				getDatabase().db,
				user.id,
				event.params.id,
				String(form.get('revision') ?? '')
			);
		} catch (e) {
			if (e instanceof DesignError) return fail(e.status, { message: e.message });
			throw e;
		}
		redirect(303, `/designs/${event.params.id}/history?restored=1`);
	}
};
