/**
 * The person's own glTF models (PlanDocument.models) as three.js objects for the exporters:
 * each file is parsed once with GLTFLoader, then every piece that uses it gets a clone fitted
 * to the piece's box (its footprint and height, bottom on the floor), turned and placed like
 * the 3D view places catalog pieces. Lengths in the plan's centimetres.
 */
import { Box3, Group, Object3D, Quaternion, Vector3 } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import type { Furniture, PlanDocument, UploadedModel } from '../../plan/types';

const UP = new Vector3(0, 1, 0);

function bytesOf(base64: string): Uint8Array {
	const binary = atob(base64);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

/** Parses one uploaded file into a three.js scene (rejects when the file does not parse). */
export async function parseUploadedModel(model: UploadedModel): Promise<Object3D> {
	const bytes = bytesOf(model.data);
	const data =
		model.format === 'glb'
			? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
			: new TextDecoder().decode(bytes);
	return (await new GLTFLoader().parseAsync(data, '')).scene;
}

/** Parses the models the document's pieces use; a file that no longer parses is left out. */
export async function loadUploadedModels(doc: PlanDocument): Promise<Map<string, Object3D>> {
	const out = new Map<string, Object3D>();
	const used = new Set(Object.values(doc.furniture).map((f) => f.catalogId));
	for (const model of Object.values(doc.models ?? {})) {
		if (!used.has(model.id)) continue;
		try {
			out.set(model.id, await parseUploadedModel(model));
		} catch {
			// Validated when uploaded; if this browser's loader refuses it now, the piece is a box.
		}
	}
	return out;
}

/** A clone of `source` fitted to the piece's box and placed on the plan (cm, y up). */
export function placeUploadedModel(source: Object3D, f: Furniture, base: number): Group {
	const inner = source.clone(true);
	const box = new Box3().setFromObject(inner);
	const size = box.getSize(new Vector3());
	const centre = box.getCenter(new Vector3());
	inner.position.sub(new Vector3(centre.x, box.min.y, centre.z));
	const fitted = new Group();
	fitted.add(inner);
	const safe = (v: number) => (v > 1e-9 ? v : 1);
	fitted.scale.set(
		(f.width / safe(size.x)) * (f.mirrored ? -1 : 1),
		f.height / safe(size.y),
		f.depth / safe(size.z)
	);
	const placed = new Group();
	placed.name = f.name || f.catalogId;
	placed.userData = { id: f.id, catalogId: f.catalogId };
	placed.add(fitted);
	// Same placement as the 3D view: plan (x, y) → (x, z), rotation −θ about y.
	placed.position.set(f.x, base + f.elevation, f.y);
	placed.quaternion.copy(new Quaternion().setFromAxisAngle(UP, -f.rotation));
	return placed;
}
