/** glTF 2.0 export (binary GLB or JSON .gltf) of the plan's 3D model with three's GLTFExporter. */
import { GLTFExporter } from 'three/addons/exporters/GLTFExporter.js';
import type { PlanDocument } from '../../plan/types';
import { step, throwIfAborted, type TaskOptions } from '../progress';
import { buildExportScene } from './scene';

export interface GltfExportOptions extends TaskOptions {
	/** GLB (one binary file, default) or a .gltf JSON text with embedded buffers. */
	binary?: boolean;
}

export async function exportGltf(
	doc: PlanDocument,
	options: GltfExportOptions & { binary: false }
): Promise<string>;
export async function exportGltf(
	doc: PlanDocument,
	options?: GltfExportOptions
): Promise<Uint8Array>;
export async function exportGltf(
	doc: PlanDocument,
	options: GltfExportOptions = {}
): Promise<Uint8Array | string> {
	const binary = options.binary ?? true;
	const built = await buildExportScene(doc, {
		signal: options.signal,
		onProgress: (f, s) => options.onProgress?.(f * 0.6, s)
	});
	try {
		await step(options, 0.6, 'Writing glTF');
		const result = await new GLTFExporter().parseAsync(built.scene, { binary });
		throwIfAborted(options.signal);
		await step(options, 1, 'Done');
		return result instanceof ArrayBuffer ? new Uint8Array(result) : JSON.stringify(result);
	} finally {
		built.dispose();
	}
}
