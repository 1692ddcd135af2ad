import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { createEmptyDocument } from '$lib/plan/document';
import { getTemplate, templates } from '$lib/catalog/templates';
import { clientAddress, requireUser } from '$lib/server/auth/handle';
import { hit, RULES } from '$lib/server/auth/rate-limit';
import { getCache } from '$lib/server/cache';
import { getDatabase } from '$lib/server/db';
import { DesignError } from '$lib/server/designs/errors';
import {
	createDesign,
	deleteDesign,
	duplicateDesign,
	listDeletedDesigns,
	listDesigns,
	renameDesign,
	restoreDesign
} from '$lib/server/designs/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireUser(event);
	const db = getDatabase().db;
	const [active, deleted] = await Promise.all([
		listDesigns(db, user.id),
		listDeletedDesigns(db, user.id)
	]);
	const iso = (d: Date | null) => d?.toISOString() ?? null;
	return {
		designs: active.map((d) => ({
			...d,
			createdAt: iso(d.createdAt),
			updatedAt: iso(d.updatedAt),
			deletedAt: null
		})),
		deleted: deleted.map((d) => ({ id: d.id, name: d.name, deletedAt: iso(d.deletedAt) })),
		templates: templates.map(({ id, name, description }) => ({ id, name, description }))
	};
};

/** Runs a write for the signed-in user, rate-limited, mapping refusals to 4xx messages. */
async function write<T>(event: RequestEvent, run: (userId: string, form: FormData) => Promise<T>) {
	const { user } = requireUser(event);
	const cache = getCache();
	for (const [rule, key] of [
		[RULES.writesAccount, user.id],
		[RULES.writesIp, clientAddress(event)]
	] as const) {
		const r = await hit(cache, rule, key);
		if (!r.ok) {
			event.setHeaders({ 'retry-after': String(r.retryAfter) });
			return fail(429, { message: `Too many changes at once. Try again in ${r.retryAfter} s.` });
		}
	}
	try {
		return await run(user.id, await event.request.formData());
	} catch (e) {
		if (e instanceof DesignError) return fail(e.status, { message: e.message });
		throw e;
	}
}

const idOf = (form: FormData) => String(form.get('id') ?? '');

export const actions: Actions = {
	create: (event) =>
		write(event, async (userId, form) => {
			const templateId = String(form.get('template') ?? '');
			const template = templateId ? getTemplate(templateId) : undefined;
			if (templateId && !template) error(400, 'Unknown template.');
			const doc = template ? template.build() : createEmptyDocument();
			const name = String(form.get('name') ?? '').trim() || template?.name || 'Untitled house';
			const design = await createDesign(getDatabase().db, userId, name, doc);
			redirect(303, `/designs/${design.id}`);
		}),
	rename: (event) =>
		write(event, async (userId, form) => {
			await renameDesign(getDatabase().db, userId, idOf(form), form.get('name'));
			return { message: 'Renamed.' };
		}),
	duplicate: (event) =>
		write(event, async (userId, form) => {
			const copy = await duplicateDesign(getDatabase().db, userId, idOf(form));
			return { message: `Made “${copy.name}”.` };
		}),
	delete: (event) =>
		write(event, async (userId, form) => {
			await deleteDesign(getDatabase().db, userId, idOf(form));
			return { message: 'Deleted. You can restore it for 30 days.' };
		}),
	restore: (event) =>
		write(event, async (userId, form) => {
			await restoreDesign(getDatabase().db, userId, idOf(form));
			return { message: 'Restored.' };
		})
};
