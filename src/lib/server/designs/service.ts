import { and, desc, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { validateDocument, formatValidationError } from '../../plan/validate';
import type { PlanDocument } from '../../plan/types';
import type { Db } from '../db';
import { designRevisions, designs, type Design } from '../db/schema';
import { DesignError, designName, notFound } from './errors';
import { planThumbnailSvg } from './thumbnail';

/**
 * Designs belong to one owner. Every function takes the owner's id and treats another
 * account's design exactly like a missing one (404), so ids cannot be probed.
 */

export const RESTORE_WINDOW_DAYS = 30;
/** Autosaves add a revision at most this often; "Save version" adds one at any time. */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60 * 1000;

export type DesignSummary = Pick<
	Design,
	'id' | 'name' | 'version' | 'thumbnailSvg' | 'createdAt' | 'updatedAt' | 'deletedAt'
>;

const summaryColumns = {
	id: designs.id,
	name: designs.name,
	version: designs.version,
	thumbnailSvg: designs.thumbnailSvg,
	createdAt: designs.createdAt,
	updatedAt: designs.updatedAt,
	deletedAt: designs.deletedAt
};

/** Validates a document from outside; throws a 422 naming the first problems. */
export function checkedDocument(input: unknown): PlanDocument {
	const result = validateDocument(input);
	if (result.ok) return result.doc;
	const shown = result.errors.slice(0, 5).map(formatValidationError);
	throw new DesignError(
		422,
		`The plan is not valid: ${shown.join('; ')}`,
		result.errors.slice(0, 50)
	);
}

export async function listDesigns(db: Db, ownerId: string): Promise<DesignSummary[]> {
	return db
		.select(summaryColumns)
		.from(designs)
		.where(and(eq(designs.ownerId, ownerId), isNull(designs.deletedAt)))
		.orderBy(desc(designs.updatedAt));
}

/** Deleted designs still inside the restore window. */
export async function listDeletedDesigns(db: Db, ownerId: string): Promise<DesignSummary[]> {
	return db
		.select(summaryColumns)
		.from(designs)
		.where(and(eq(designs.ownerId, ownerId), isNotNull(designs.deletedAt)))
		.orderBy(desc(designs.deletedAt));
}

export async function getDesign(db: Db, ownerId: string, id: string): Promise<Design> {
	if (typeof id !== 'string' || id.length > 64) throw notFound();
	const [row] = await db
		.select()
		.from(designs)
		.where(and(eq(designs.id, id), eq(designs.ownerId, ownerId), isNull(designs.deletedAt)));
	if (!row) throw notFound();
	return row;
}

export async function createDesign(
	db: Db,
	ownerId: string,
	rawName: unknown,
	document: unknown
): Promise<Design> {
	const name = designName(rawName);
	const doc = checkedDocument(document);
	const now = new Date();
	const row = {
		id: crypto.randomUUID(),
		ownerId,
		name,
		document: { ...doc, name },
		version: 1,
		thumbnailSvg: planThumbnailSvg(doc),
		createdAt: now,
		updatedAt: now,
		deletedAt: null
	};
	await db.transaction(async (tx) => {
		await tx.insert(designs).values(row);
		await tx.insert(designRevisions).values({
			id: crypto.randomUUID(),
			designId: row.id,
			version: 1,
			name: 'Created',
			document: row.document,
			createdAt: now,
			createdBy: ownerId
		});
	});
	return row;
}

export async function renameDesign(db: Db, ownerId: string, id: string, rawName: unknown) {
	const name = designName(rawName);
	const design = await getDesign(db, ownerId, id);
	await db
		.update(designs)
		.set({
			name,
			document: { ...design.document, name },
			version: sql`${designs.version} + 1`,
			updatedAt: new Date()
		})
		.where(eq(designs.id, design.id));
}

export async function duplicateDesign(db: Db, ownerId: string, id: string): Promise<Design> {
	const design = await getDesign(db, ownerId, id);
	const name = `${design.name} (copy)`.slice(0, 120);
	return createDesign(db, ownerId, name, design.document);
}

export async function deleteDesign(db: Db, ownerId: string, id: string): Promise<void> {
	const design = await getDesign(db, ownerId, id);
	await db.update(designs).set({ deletedAt: new Date() }).where(eq(designs.id, design.id));
}

export async function restoreDesign(db: Db, ownerId: string, id: string): Promise<void> {
	const cutoff = new Date(Date.now() - RESTORE_WINDOW_DAYS * 24 * 3600 * 1000);
	const restored = await db
		.update(designs)
		.set({ deletedAt: null })
		.where(
			and(
				eq(designs.id, id),
				eq(designs.ownerId, ownerId),
				isNotNull(designs.deletedAt),
				gt(designs.deletedAt, cutoff)
			)
		)
		.returning({ id: designs.id });
	if (!restored.length) throw notFound();
}

/** Removes for good what was deleted more than the restore window ago. */
export async function purgeDeletedDesigns(db: Db, now = new Date()): Promise<number> {
	const cutoff = new Date(now.getTime() - RESTORE_WINDOW_DAYS * 24 * 3600 * 1000);
	const gone = await db
		.delete(designs)
		.where(and(isNotNull(designs.deletedAt), lt(designs.deletedAt, cutoff)))
		.returning({ id: designs.id });
	return gone.length;
}

export type SaveResult = { version: number; updatedAt: Date };

/**
 * Saves a new document over `expectedVersion`. A stale version is a 409 carrying the current
 * version and document: never a silent overwrite. A refused save changes nothing.
 */
export async function saveDesign(
	db: Db,
	ownerId: string,
	id: string,
	expectedVersion: number,
	document: unknown
): Promise<SaveResult> {
	const doc = checkedDocument(document);
	const now = new Date();
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(designs)
			.set({
				document: doc,
				name: designName(doc.name || 'Untitled'),
				version: sql`${designs.version} + 1`,
				thumbnailSvg: planThumbnailSvg(doc),
				updatedAt: now
			})
			.where(
				and(
					eq(designs.id, id),
					eq(designs.ownerId, ownerId),
					isNull(designs.deletedAt),
					eq(designs.version, expectedVersion)
				)
			)
			.returning({ version: designs.version });
		if (!updated.length) {
			const [current] = await tx
				.select({ version: designs.version, document: designs.document })
				.from(designs)
				.where(and(eq(designs.id, id), eq(designs.ownerId, ownerId), isNull(designs.deletedAt)));
			if (!current) throw notFound();
			throw new DesignError(409, 'This design was changed elsewhere.', current);
		}
		const version = updated[0].version;
		const [last] = await tx
			.select({ createdAt: designRevisions.createdAt })
			.from(designRevisions)
			.where(eq(designRevisions.designId, id))
			.orderBy(desc(designRevisions.createdAt))
			.limit(1);
		if (!last || now.getTime() - last.createdAt.getTime() >= AUTO_REVISION_INTERVAL_MS) {
			await tx.insert(designRevisions).values({
				id: crypto.randomUUID(),
				designId: id,
				version,
				name: null,
				document: doc,
				createdAt: now,
				createdBy: ownerId
			});
		}
		return { version, updatedAt: now };
	});
}
