/**
 * Sweet Home 3D import: `.sh3d` bytes → a validated plan document and a report of what was not
 * imported. Hostile input (not a ZIP, a zip bomb, a truncated archive, XML with entities, huge
 * XML) ends in `{ ok: false, error }` with a sentence a person can act on, never a throw.
 */
import type { PlanDocument } from '../../plan/types';
import { formatValidationError, validateDocument } from '../../plan/validate';
import { step, throwIfAborted, isAbortError, type TaskOptions } from '../progress';
import { isZip, listEntries, readEntry, sniffKind, ZipError } from './zip';
import { parseXml, XmlError } from './xml';
import { mapHome, type MapOptions } from './map';
import type { ImportReport } from './report';

export { ImportReport, type ReportLine } from './report';
export { GENERIC_ITEM_ID, matchCatalogItem } from './furniture-match';

export interface Sh3dImportOptions extends TaskOptions, MapOptions {
	/** Largest Home.xml accepted, uncompressed (default 50 MB). */
	maxXmlBytes?: number;
	/** Largest .sh3d file accepted (default 200 MB). */
	maxFileBytes?: number;
}

export type Sh3dImportResult =
	{ ok: true; doc: PlanDocument; report: ImportReport } | { ok: false; error: string };

const NOT_SH3D = 'This is not a Sweet Home 3D file';

function fail(error: string): Sh3dImportResult {
	return { ok: false, error };
}

/** Maps Home.xml text (already out of the archive) to a validated document. */
export function importHomeXml(text: string, options: Sh3dImportOptions = {}): Sh3dImportResult {
	let root;
	try {
		root = parseXml(text, { maxLength: options.maxXmlBytes ?? 50 * 1024 * 1024 });
	} catch (e) {
		if (e instanceof XmlError) return fail(`Home.xml cannot be read: ${e.message}.`);
		throw e;
	}
	if (root.name !== 'home') return fail(`${NOT_SH3D}: Home.xml has no <home> element.`);
	let mapped;
	try {
		mapped = mapHome(root, options);
	} catch (e) {
		return fail(`The home could not be converted: ${(e as Error).message}.`);
	}
	const valid = validateDocument(mapped.doc);
	if (!valid.ok)
		return fail(
			`The imported home is not a valid plan: ${valid.errors.slice(0, 5).map(formatValidationError).join('; ')}.`
		);
	return { ok: true, doc: valid.doc, report: mapped.report };
}

export async function importSh3d(
	bytes: Uint8Array,
	options: Sh3dImportOptions = {}
): Promise<Sh3dImportResult> {
	try {
		await step(options, 0, 'Opening the archive');
		const maxFile = options.maxFileBytes ?? 200 * 1024 * 1024;
		if (bytes.length > maxFile)
			return fail(
				`The file is ${Math.round(bytes.length / 1048576)} MB; at most ${Math.round(maxFile / 1048576)} MB are accepted.`
			);
		if (!isZip(bytes)) {
			const kind = sniffKind(bytes);
			return fail(`${NOT_SH3D}: it is not a ZIP archive${kind ? ` (it looks like ${kind})` : ''}.`);
		}
		let xmlBytes: Uint8Array;
		try {
			const entries = listEntries(bytes);
			const entry = entries.find((e) => e.name === 'Home.xml');
			if (!entry)
				return fail(
					entries.some((e) => e.name === 'Home')
						? 'This Sweet Home 3D file was saved by a version older than 5.3 and has no Home.xml: open it in Sweet Home 3D and save it again.'
						: `${NOT_SH3D}: the archive has no Home.xml.`
				);
			await step(options, 0.1, 'Unpacking Home.xml');
			xmlBytes = readEntry(bytes, entry, options.maxXmlBytes ?? 50 * 1024 * 1024);
		} catch (e) {
			if (e instanceof ZipError) return fail(`The file cannot be opened: ${e.message}.`);
			throw e;
		}
		await step(options, 0.3, 'Reading the home');
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(xmlBytes);
		} catch {
			return fail('Home.xml is not valid UTF-8 text.');
		}
		throwIfAborted(options.signal);
		const result = importHomeXml(text, options);
		await step(options, 1, 'Done');
		return result;
	} catch (e) {
		if (isAbortError(e)) throw e;
		return fail(`The file could not be imported (${(e as Error).message}).`);
	}
}
