/**
 * Schema 2 → 3. Version 3 added two optional collections that carry files with the design:
 * `models` (a person's own glTF models, used by furniture through `catalogId: "model:…"`) and
 * `backgrounds` (calibrated trace images under the plan). A version-2 document has neither, and
 * absent means none, so nothing needs rewriting.
 *
 * Why a new version for optional fields: the version-2 validator drops fields it does not know,
 * so an older app (or an old server instance during a deploy) would silently strip the models
 * and save the design without them. At version 3 it refuses the design instead.
 */
import type { PlainDocument } from '../migrate';

export function migrateV2ToV3(doc: PlainDocument): PlainDocument {
	return { ...doc };
}
