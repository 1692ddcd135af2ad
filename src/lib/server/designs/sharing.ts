import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { designs, shareLinks, type Design } from '../db/schema';
import { notFound } from './errors';
import { getDesign } from './service';

/**
 * Read-only links. The token (160 random bits) is shown once, when the link is made; only its
 * SHA-256 is stored, so the table alone cannot open anything.
 */

export function hashShareToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createShareLink(db: Db, ownerId: string, designId: string) {
	await getDesign(db, ownerId, designId);
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	const link = {
		id: crypto.randomUUID(),
		designId,
		tokenHash: hashShareToken(token),
		createdAt: new Date(),
		revokedAt: null
	};
	await db.insert(shareLinks).values(link);
	return { id: link.id, token, createdAt: link.createdAt };
}

export async function listShareLinks(db: Db, ownerId: string, designId: string) {
	await getDesign(db, ownerId, designId);
	return db
		.select({ id: shareLinks.id, createdAt: shareLinks.createdAt })
		.from(shareLinks)
		.where(and(eq(shareLinks.designId, designId), isNull(shareLinks.revokedAt)))
		.orderBy(desc(shareLinks.createdAt));
}

export async function revokeShareLink(db: Db, ownerId: string, designId: string, linkId: string) {
	await getDesign(db, ownerId, designId);
	const revoked = await db
		.update(shareLinks)
		.set({ revokedAt: new Date() })
		.where(and(eq(shareLinks.id, linkId), eq(shareLinks.designId, designId)))
		.returning({ id: shareLinks.id });
	if (!revoked.length) throw notFound();
}

/** The design behind a live link, or a 404 for a wrong, revoked or deleted one. */
export async function openSharedDesign(db: Db, token: string): Promise<Design> {
	if (typeof token !== 'string' || !/^[a-z2-7]{32}$/.test(token)) throw notFound();
	const [row] = await db
		.select({ design: designs })
		.from(shareLinks)
		.innerJoin(designs, eq(shareLinks.designId, designs.id))
		.where(
			and(
				eq(shareLinks.tokenHash, hashShareToken(token)),
				isNull(shareLinks.revokedAt),
				isNull(designs.deletedAt)
			)
		);
	if (!row) throw notFound();
	return row.design;
}
