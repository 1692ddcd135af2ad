import type { Db } from '../db';
import { logger } from '../log';
import { DesignError } from './errors';
import { createDesign } from './service';

/**
 * Moves a design drawn before signing up (sent by the sign-up form from this device's storage)
 * into the account. An unreadable one is not imported — and the device keeps its copy, so
 * nothing is lost. Returns the new design's id, or null.
 */
export async function claimDeviceDesign(
	db: Db,
	ownerId: string,
	raw: unknown
): Promise<string | null> {
	if (typeof raw !== 'string' || raw.length === 0) return null;
	let doc: unknown;
	try {
		doc = JSON.parse(raw);
	} catch {
		return null;
	}
	const name =
		doc && typeof doc === 'object' && typeof (doc as { name?: unknown }).name === 'string'
			? (doc as { name: string }).name.slice(0, 120) || 'My first design'
			: 'My first design';
	try {
		return (await createDesign(db, ownerId, name, doc)).id;
	} catch (error) {
		if (error instanceof DesignError) {
			logger.warn({ err: error.message }, 'device design not imported at sign-up');
			return null;
		}
		throw error;
	}
}
