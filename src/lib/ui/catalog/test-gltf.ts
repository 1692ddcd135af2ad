/** Tiny glTF files built in code for the upload tests (unit and browser). */
import { Buffer } from 'node:buffer';

/** A glTF with one triangle spanning `x` × `y` × `z` metres, buffers embedded as a data URI. */
export function gltfJson([x, y, z]: [number, number, number], uri?: string) {
	const positions = new Float32Array([0, 0, 0, x, 0, 0, 0, y, z]);
	const bytes = new Uint8Array(positions.buffer);
	return {
		asset: { version: '2.0' },
		scenes: [{ nodes: [0] }],
		nodes: [{ mesh: 0 }],
		meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
		accessors: [
			{
				bufferView: 0,
				componentType: 5126,
				count: 3,
				type: 'VEC3',
				min: [0, 0, 0],
				max: [x, y, z]
			}
		],
		bufferViews: [{ buffer: 0, byteLength: bytes.length }],
		buffers: [
			{
				byteLength: bytes.length,
				uri: uri ?? `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`
			}
		]
	};
}

/**
 * The same triangle as a binary .glb (JSON chunk + BIN chunk); `extraBytes` of zeros after the
 * triangle's data make a file of a given size (a real model's textures would be there).
 */
export function glb(size: [number, number, number], extraBytes = 0): Uint8Array {
	const json = gltfJson(size);
	const bin = Buffer.concat([
		Buffer.from(json.buffers[0].uri.split(',')[1], 'base64'),
		Buffer.alloc(extraBytes)
	]);
	delete (json.buffers[0] as { uri?: string }).uri;
	json.buffers[0].byteLength = bin.length;
	const pad = (b: Buffer, fill: number) =>
		Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4, fill)]);
	const jsonChunk = pad(Buffer.from(JSON.stringify(json)), 0x20);
	const binChunk = pad(bin, 0);
	const header = Buffer.alloc(12);
	header.writeUInt32LE(0x46546c67, 0);
	header.writeUInt32LE(2, 4);
	header.writeUInt32LE(12 + 8 + jsonChunk.length + 8 + binChunk.length, 8);
	const chunk = (type: number, data: Buffer) => {
		const h = Buffer.alloc(8);
		h.writeUInt32LE(data.length, 0);
		h.writeUInt32LE(type, 4);
		return Buffer.concat([h, data]);
	};
	return new Uint8Array(
		Buffer.concat([header, chunk(0x4e4f534a, jsonChunk), chunk(0x004e4942, binChunk)])
	);
}
