import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { designRevisions, designs, type DesignRevision } from '../db/schema';
import { DesignError, notFound } from './errors';
import { getDesign } from './service';
import { planThumbnailSvg } from './thumbnail';

export type RevisionSummary = Pick<DesignRevision, 'id' | 'version' | 'name' | 'createdAt'>;

export const REVISION_NAME_MAX_LENGTH = 80;

export async function listRevisions(db: Db, ownerId: string, designId: string) {
	await getDesign(db, ownerId, designId);
	return db
		.select({
			id: designRevisions.id,
			version: designRevisions.version,
			name: designRevisions.name,
			createdAt: designRevisions.createdAt
		})
		.from(designRevisions)
		.where(eq(designRevisions.designId, designId))
		.orderBy(desc(designRevisions.createdAt), desc(designRevisions.version));
}

export async function getRevision(
	db: Db,
	ownerId: string,
	designId: string,
	revisionId: string
): Promise<DesignRevision> {
	await getDesign(db, ownerId, designId);
	const [row] = await db
		.select()
		.from(designRevisions)
		.where(and(eq(designRevisions.id, revisionId), eq(designRevisions.designId, designId)));
	if (!row) throw new DesignError(404, 'Version not found.');
	return row;
}

/** "Save version": a named snapshot of the design as it is stored now. */
export async function saveNamedRevision(
	db: Db,
	ownerId: string,
	designId: string,
	rawName: unknown
): Promise<RevisionSummary> {
	const name = typeof rawName === 'string' ? rawName.trim() : '';
	if (!name) throw new DesignError(400, 'Give the version a name.');
	if (name.length > REVISION_NAME_MAX_LENGTH)
		throw new DesignError(400, `Use at most ${REVISION_NAME_MAX_LENGTH} characters.`);
	const design = await getDesign(db, ownerId, designId);
	const row = {
		id: crypto.randomUUID(),
		designId,
		version: design.version,
		name,
		document: design.document,
		createdAt: new Date(),
		createdBy: ownerId
	};
	await db.insert(designRevisions).values(row);
	return row;
}

/**
 * Makes a past revision the current document. Nothing is destroyed: the current state is
 * kept as a revision first, and the restore itself is recorded as a new one.
 */
export async function restoreRevision(
	db: Db,
	ownerId: string,
	designId: string,
	revisionId: string
): Promise<{ version: number }> {
	const revision = await getRevision(db, ownerId, designId, revisionId);
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(designs).where(eq(designs.id, designId));
		if (!current) throw notFound();
		const now = new Date();
		await tx.insert(designRevisions).values({
			id: crypto.randomUUID(),
			designId,
			version: current.version,
			name: 'Before restoring',
			document: current.document,
			createdAt: new Date(now.getTime() - 1),
			createdBy: ownerId
		});
		const [updated] = await tx
			.update(designs)
			.set({
				document: revision.document,
				version: sql`${designs.version} + 1`,
				thumbnailSvg: planThumbnailSvg(revision.document),
				updatedAt: now
			})
			.where(eq(designs.id, designId))
			.returning({ version: designs.version });
		const label = revision.name ?? `version ${revision.version}`;
		await tx.insert(designRevisions).values({
			id: crypto.randomUUID(),
			designId,
			version: updated.version,
			name: `Restored ${label}`.slice(0, REVISION_NAME_MAX_LENGTH),
			document: revision.document,
			createdAt: now,
			createdBy: ownerId
		});
		return { version: updated.version };
	});
}
