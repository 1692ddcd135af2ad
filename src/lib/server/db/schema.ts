import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { PlanDocument } from '../../plan/types';

// drizzle-kit loads this file with its own loader: keep imports relative and type-only.

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
	'users',
	{
		id: text('id').primaryKey(),
		// Stored lowercased (checked below) so the unique index is case-insensitive without citext,
		// which PGlite only has as an extension loaded at construction.
		email: text('email').notNull().unique(),
		passwordHash: text('password_hash').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [check('users_email_lowercase', sql`${table.email} = lower(${table.email})`)]
);

export const sessions = pgTable(
	'sessions',
	{
		// Hex SHA-256 of the session secret: the secret itself is never stored.
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		// Idle expiry, pushed forward on use; never past absoluteExpiresAt.
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
		userAgent: text('user_agent'),
		ip: text('ip')
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export const designs = pgTable(
	'designs',
	{
		id: text('id').primaryKey(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		document: jsonb('document').$type<PlanDocument>().notNull(),
		// Bumped on every save; a save naming an older version is a conflict.
		version: integer('version').notNull().default(1),
		thumbnailSvg: text('thumbnail_svg'),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		// Soft delete: set instead of removing the row, so a design can be restored.
		deletedAt: timestamp('deleted_at', { withTimezone: true })
	},
	(table) => [index('designs_owner_idx').on(table.ownerId, table.updatedAt)]
);

export const designRevisions = pgTable(
	'design_revisions',
	{
		id: text('id').primaryKey(),
		designId: text('design_id')
			.notNull()
			.references(() => designs.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		name: text('name'),
		document: jsonb('document').$type<PlanDocument>().notNull(),
		createdAt: createdAt(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' })
	},
	(table) => [index('design_revisions_design_idx').on(table.designId, table.version)]
);

export const shareLinks = pgTable(
	'share_links',
	{
		id: text('id').primaryKey(),
		designId: text('design_id')
			.notNull()
			.references(() => designs.id, { onDelete: 'cascade' }),
		// SHA-256 of the token in the link; the token itself is only ever shown once.
		tokenHash: text('token_hash').notNull().unique(),
		createdAt: createdAt(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [index('share_links_design_idx').on(table.designId)]
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type Design = typeof designs.$inferSelect;
export type NewDesign = typeof designs.$inferInsert;
export type DesignRevision = typeof designRevisions.$inferSelect;
export type NewDesignRevision = typeof designRevisions.$inferInsert;
export type ShareLink = typeof shareLinks.$inferSelect;
export type NewShareLink = typeof shareLinks.$inferInsert;
