/**
 * One entry point per file format for the UI: each export loads its module with `import()`
 * (jsPDF and three's exporters stay out of the editor's first load) and returns the bytes to
 * save, with a file name and MIME type. Imports return a document or messages to show.
 */
import type { PlanDocument } from '../plan/types';
import type { TaskOptions } from './progress';
import type { ReportLine } from './sh3d/report';

export const EXPORT_FORMATS = [
	{
		id: 'json',
		label: 'Plan (JSON)',
		ext: 'json',
		mime: 'application/json',
		scale: false,
		pixels: false
	},
	{
		id: 'svg',
		label: 'Plan drawing (SVG)',
		ext: 'svg',
		mime: 'image/svg+xml',
		scale: true,
		pixels: false
	},
	{
		id: 'png-plan',
		label: 'Plan image (PNG)',
		ext: 'png',
		mime: 'image/png',
		scale: true,
		pixels: true
	},
	{
		id: 'png-3d',
		label: '3D view image (PNG)',
		ext: 'png',
		mime: 'image/png',
		scale: false,
		pixels: true
	},
	{
		id: 'pdf',
		label: 'Printable plan (PDF)',
		ext: 'pdf',
		mime: 'application/pdf',
		scale: true,
		pixels: false
	},
	{
		id: 'dxf',
		label: 'CAD drawing (DXF)',
		ext: 'dxf',
		mime: 'application/dxf',
		scale: false,
		pixels: false
	},
	{
		id: 'csv-rooms',
		label: 'Room schedule (CSV)',
		ext: 'csv',
		mime: 'text/csv',
		scale: false,
		pixels: false
	},
	{
		id: 'csv-furniture',
		label: 'Furniture list (CSV)',
		ext: 'csv',
		mime: 'text/csv',
		scale: false,
		pixels: false
	},
	{
		id: 'glb',
		label: '3D model (glTF binary, GLB)',
		ext: 'glb',
		mime: 'model/gltf-binary',
		scale: false,
		pixels: false
	},
	{
		id: 'obj',
		label: '3D model (OBJ + MTL)',
		ext: 'obj',
		mime: 'model/obj',
		scale: false,
		pixels: false
	}
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export const SCALES = [20, 50, 100, 200, 500] as const;

export interface ExportRequest extends TaskOptions {
	format: ExportFormat;
	/** Drawing scale denominator for SVG, PNG and PDF (default 100). */
	scale?: number;
	/** Pixel width for PNG (default 2000). */
	width?: number;
	/** The 3D view's canvas, for `png-3d`. */
	canvas?: HTMLCanvasElement | null;
}

export interface ExportFile {
	name: string;
	mime: string;
	data: Uint8Array | string | Blob;
}

/** A file name from the design name: letters, digits and dashes. */
export function fileBaseName(doc: PlanDocument): string {
	const base = doc.name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
	return base.slice(0, 60) || 'house-plan';
}

export async function runExport(doc: PlanDocument, req: ExportRequest): Promise<ExportFile[]> {
	const format = EXPORT_FORMATS.find((f) => f.id === req.format);
	if (!format) throw new Error(`Unknown format ${req.format}`);
	const base = fileBaseName(doc);
	const scale = req.scale ?? 100;
	const file = (data: ExportFile['data'], suffix = '') => [
		{ name: `${base}${suffix}.${format.ext}`, mime: format.mime, data }
	];
	switch (req.format) {
		case 'json':
			return file((await import('./json')).exportPlanJson(doc));
		case 'svg':
			return file((await import('./svg')).exportPlanSvg(doc, { scale }), `-1-${scale}`);
		case 'png-plan':
			return file(
				await (await import('./png')).exportPlanPng(doc, req.width ?? 2000, { ...req, scale })
			);
		case 'png-3d': {
			if (!req.canvas) throw new Error('Open the 3D view first: there is no 3D picture to save');
			return file(await (await import('./png')).canvasToPng(req.canvas, req.width), '-3d');
		}
		case 'pdf':
			return file(
				await (await import('./pdf')).exportPlanPdf(doc, { ...req, scale }),
				`-1-${scale}`
			);
		case 'dxf':
			return file((await import('./dxf')).exportPlanDxf(doc));
		case 'csv-rooms':
			return file((await import('./csv')).roomScheduleCsv(doc), '-rooms');
		case 'csv-furniture':
			return file((await import('./csv')).furnitureScheduleCsv(doc), '-furniture');
		case 'glb':
			return file(await (await import('./three/gltf')).exportGltf(doc, req));
		case 'obj': {
			const { obj, mtl } = await (
				await import('./three/obj')
			).exportObj(doc, {
				...req,
				mtlFileName: `${base}.mtl`
			});
			return [
				{ name: `${base}.obj`, mime: 'model/obj', data: obj },
				{ name: `${base}.mtl`, mime: 'model/mtl', data: mtl }
			];
		}
	}
}

export type ImportOutcome =
	| { ok: true; doc: PlanDocument; summary: string[]; notImported: ReportLine[] }
	| { ok: false; messages: string[] };

/** Largest plan JSON file read (characters are checked again by validation). */
const MAX_JSON_BYTES = 25 * 1024 * 1024;

/** Imports a plan JSON or a Sweet Home 3D file, chosen by its content, not only its name. */
export async function runImport(
	name: string,
	bytes: Uint8Array,
	options: TaskOptions = {}
): Promise<ImportOutcome> {
	const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (isZip || /\.sh3d$/i.test(name)) {
		const { importSh3d } = await import('./sh3d');
		const r = await importSh3d(bytes, options);
		if (!r.ok) return { ok: false, messages: [r.error] };
		return { ok: true, doc: r.doc, summary: r.report.summary(), notImported: r.report.notImported };
	}
	if (bytes.length > MAX_JSON_BYTES)
		return {
			ok: false,
			messages: [`The file is too large for a plan (over ${MAX_JSON_BYTES / 1048576} MB).`]
		};
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			messages: ['This file is neither a plan (JSON) nor a Sweet Home 3D file.']
		};
	}
	const { importPlanJson } = await import('./json');
	const r = importPlanJson(text);
	if (!r.ok) return { ok: false, messages: r.messages };
	return { ok: true, doc: r.doc, summary: ['Plan read and validated.'], notImported: [] };
}
