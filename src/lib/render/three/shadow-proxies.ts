/**
 * Shadow stand-ins: per level, one mesh with the level's walls and floors and its furniture
 * (the merged models, or a box per piece), on the layer only the sun's shadow camera sees.
 * The shadow pass then costs one draw call per level instead of one per visible mesh.
 */
import {
	BoxGeometry,
	BufferAttribute,
	BufferGeometry,
	Group,
	Mesh,
	Vector3,
	type Material,
	type Matrix4
} from 'three';
/** Triangles to cast shadows with (merged plan buckets, merged furniture). */
export interface Caster {
	positions: Float32Array;
	indices: Uint32Array;
}
import { SHADOW_LAYER } from './lighting';

const UNIT_BOX = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
const BOX_POSITIONS = UNIT_BOX.getAttribute('position').array as Float32Array;
const BOX_INDEX = UNIT_BOX.getIndex()!.array as Uint16Array;

export class ShadowProxies {
	readonly group = new Group();
	private meshes = new Map<string, Mesh>();

	constructor(private material: Material) {
		this.group.name = 'shadow-proxies';
	}

	/** Rebuilds the stand-in of one level from its structure, furniture and furniture boxes. */
	rebuild(level: string, structure: readonly Caster[], boxes: readonly Matrix4[] = []): void {
		this.remove(level);
		const boxVerts = BOX_POSITIONS.length / 3;
		let vertices = boxes.length * boxVerts;
		let indices = boxes.length * BOX_INDEX.length;
		for (const m of structure) {
			vertices += m.positions.length / 3;
			indices += m.indices.length;
		}
		if (indices === 0) return;
		const positions = new Float32Array(vertices * 3);
		const index = new Uint32Array(indices);
		let v = 0;
		let k = 0;
		for (const m of structure) {
			positions.set(m.positions, v * 3);
			for (let i = 0; i < m.indices.length; i++) index[k + i] = m.indices[i] + v;
			v += m.positions.length / 3;
			k += m.indices.length;
		}
		const p = new Vector3();
		for (const matrix of boxes) {
			for (let i = 0; i < boxVerts; i++) {
				p.fromArray(BOX_POSITIONS, i * 3)
					.applyMatrix4(matrix)
					.toArray(positions, (v + i) * 3);
			}
			for (let i = 0; i < BOX_INDEX.length; i++) index[k + i] = BOX_INDEX[i] + v;
			v += boxVerts;
			k += BOX_INDEX.length;
		}
		const g = new BufferGeometry();
		g.setAttribute('position', new BufferAttribute(positions, 3));
		g.setIndex(new BufferAttribute(index, 1));
		g.computeBoundingSphere();
		const mesh = new Mesh(g, this.material);
		mesh.name = `shadow:${level}`;
		mesh.castShadow = true;
		mesh.layers.set(SHADOW_LAYER);
		mesh.userData.level = level;
		this.meshes.set(level, mesh);
		this.group.add(mesh);
	}

	remove(level: string): void {
		const old = this.meshes.get(level);
		if (!old) return;
		this.group.remove(old);
		old.geometry.dispose();
		this.meshes.delete(level);
	}

	setVisibility(visible: (level: string) => boolean): void {
		for (const [level, mesh] of this.meshes) mesh.visible = visible(level);
	}

	get count(): number {
		return this.meshes.size;
	}

	dispose(): void {
		for (const level of [...this.meshes.keys()]) this.remove(level);
	}
}
