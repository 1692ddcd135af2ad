import { beforeAll, describe, expect, it } from 'vitest';
import { glb, gltfJson } from './test-gltf';
import { MAX_MODEL_BYTES, readUserModel } from './user-model';

const text = (s: string) => new TextEncoder().encode(s);

describe('readUserModel', () => {
	beforeAll(() => {
		// three's FileLoader (data: URIs of a .gltf) reports progress with the browser's
		// ProgressEvent, which Node lacks.
		globalThis.ProgressEvent ??= class extends Event {} as unknown as typeof ProgressEvent;
	});

	it('measures a .glb footprint in cm from its bounding box (glTF metres)', async () => {
		const model = await readUserModel('Lamp.glb', glb([0.5, 1.6, 0.3]));
		expect(model).toMatchObject({ name: 'Lamp', format: 'glb', width: 50, height: 160, depth: 30 });
		expect(model.triangles).toBe(1);
		expect(Buffer.from(model.data, 'base64')).toEqual(Buffer.from(glb([0.5, 1.6, 0.3])));
	});

	it('reads a .gltf with embedded buffers', async () => {
		const model = await readUserModel(
			'chair.gltf',
			text(JSON.stringify(gltfJson([0.45, 0.9, 0.5])))
		);
		expect(model).toMatchObject({ format: 'gltf', width: 45, height: 90, depth: 50 });
	});

	it('refuses files that are not glTF, too big, or point at other files', async () => {
		const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]);
		await expect(readUserModel('photo.glb', jpeg)).rejects.toThrow(/not a glTF/);
		await expect(readUserModel('x.gltf', text('{"asset":{"version":"1.0"}}'))).rejects.toThrow(
			/2\.0/
		);
		await expect(readUserModel('big.glb', new Uint8Array(MAX_MODEL_BYTES + 1))).rejects.toThrow(
			/limit/
		);
		await expect(readUserModel('e.glb', new Uint8Array())).rejects.toThrow(/empty/);
		const external = gltfJson([1, 1, 1], 'model.bin');
		await expect(readUserModel('ext.gltf', text(JSON.stringify(external)))).rejects.toThrow(
			/other files/
		);
	});

	it('refuses a broken .glb and a model with no size', async () => {
		const broken = glb([1, 1, 1]).slice(0, 40);
		await expect(readUserModel('broken.glb', broken)).rejects.toThrow(/cannot be read/);
		await expect(readUserModel('flat.glb', glb([1, 0, 0]))).rejects.toThrow(/flat/);
		await expect(readUserModel('huge.glb', glb([80, 1, 1]))).rejects.toThrow(/50 m/);
	});
});
