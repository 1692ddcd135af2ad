/**
 * A person's own 3D model (glTF 2.0: `.glb`, or `.gltf` with its buffers embedded): checked
 * for size and format, parsed with three's GLTFLoader (anything it cannot read is refused),
 * and measured so the plan can draw it by its footprint. Loads three: import it lazily.
 */
import { Box3, Vector3 } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { LIMITS } from '../../plan/limits';
import type { UploadedModel } from '../../plan/types';

/** Largest model accepted: it is stored inside the design (the validator's cap). */
export const MAX_MODEL_BYTES = LIMITS.maxModelBytes;
/** Largest side accepted (cm): bigger is almost surely a model in millimetres or a whole scene. */
const MAX_SIDE_CM = 5000;
const GLB_MAGIC = 0x46546c67; // 'glTF' little-endian

/** What is stored with the design: an `UploadedModel` record without its id. */
export type UserModel = Omit<UploadedModel, 'id'>;

export class UserModelError extends Error {}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

function formatOf(bytes: Uint8Array): 'glb' | 'gltf' {
	if (bytes.length >= 12) {
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (view.getUint32(0, true) === GLB_MAGIC) {
			if (view.getUint32(4, true) !== 2)
				throw new UserModelError('Only glTF 2.0 models can be used.');
			return 'glb';
		}
	}
	let json: {
		asset?: { version?: string };
		buffers?: { uri?: string }[];
		images?: { uri?: string }[];
	};
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new UserModelError('This is not a glTF model (.glb or .gltf).');
	}
	if (!json || typeof json !== 'object' || !String(json.asset?.version ?? '').startsWith('2'))
		throw new UserModelError('This is not a glTF 2.0 model.');
	const external = [...(json.buffers ?? []), ...(json.images ?? [])].some(
		(b) => typeof b.uri === 'string' && !b.uri.startsWith('data:')
	);
	if (external)
		throw new UserModelError(
			'This .gltf refers to other files. Export it as a single .glb (or with embedded data).'
		);
	return 'gltf';
}

function parse(bytes: Uint8Array, format: 'glb' | 'gltf') {
	const loader = new GLTFLoader();
	const data =
		format === 'glb'
			? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
			: new TextDecoder().decode(bytes);
	return new Promise<Awaited<ReturnType<GLTFLoader['parseAsync']>>>((resolve, reject) =>
		loader.parse(data as ArrayBuffer, '', resolve, (e) =>
			reject(
				new UserModelError(`The model cannot be read: ${(e as unknown as Error)?.message ?? e}`)
			)
		)
	);
}

/** Checks, parses and measures a model file. Throws `UserModelError` with a message for people. */
export async function readUserModel(name: string, bytes: Uint8Array): Promise<UserModel> {
	if (bytes.length === 0) throw new UserModelError('The file is empty.');
	if (bytes.length > MAX_MODEL_BYTES)
		throw new UserModelError(
			`The model is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_MODEL_BYTES / 1048576} MB.`
		);
	const format = formatOf(bytes);
	const gltf = await parse(bytes, format);
	let triangles = 0;
	gltf.scene.traverse((o) => {
		const g = (
			o as {
				geometry?: {
					index: { count: number } | null;
					attributes: { position?: { count: number } };
				};
			}
		).geometry;
		if (g) triangles += (g.index?.count ?? g.attributes.position?.count ?? 0) / 3;
	});
	if (triangles === 0) throw new UserModelError('The model has no geometry to draw.');
	const size = new Box3().setFromObject(gltf.scene).getSize(new Vector3());
	// glTF lengths are metres.
	const [width, height, depth] = [size.x, size.y, size.z].map((m) => Math.round(m * 1000) / 10);
	if (![width, height, depth].every((v) => Number.isFinite(v) && v > 0))
		throw new UserModelError('The model is flat or has no size.');
	if (Math.max(width, height, depth) > MAX_SIDE_CM)
		throw new UserModelError('The model is larger than 50 m; is it in millimetres?');
	return {
		name: name.replace(/\.(glb|gltf)$/i, '').slice(0, LIMITS.maxModelNameLength) || 'Model',
		format,
		data: toBase64(bytes),
		width,
		depth,
		height,
		triangles: Math.round(triangles)
	};
}
