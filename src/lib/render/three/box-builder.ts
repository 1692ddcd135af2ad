/**
 * Accumulates oriented boxes into one geometry with the attributes `finishSurfaceMaterial` reads,
 * and remembers which record each run of triangles and vertices belongs to (for picking and
 * for highlighting one record inside the merged mesh).
 */
import { BufferAttribute, BufferGeometry } from 'three';
import { LookArrays, type FinishLook } from './finishes';

export interface IdRange {
	id: string;
	/** First triangle and first vertex of the record. */
	triangleStart: number;
	triangleEnd: number;
	vertexStart: number;
	vertexEnd: number;
}

const CORNERS: [number, number, number][][] = [
	[
		[1, 0, 1],
		[1, 0, 0],
		[1, 1, 0],
		[1, 1, 1]
	],
	[
		[0, 0, 0],
		[0, 0, 1],
		[0, 1, 1],
		[0, 1, 0]
	],
	[
		[0, 1, 1],
		[1, 1, 1],
		[1, 1, 0],
		[0, 1, 0]
	],
	[
		[0, 0, 0],
		[1, 0, 0],
		[1, 0, 1],
		[0, 0, 1]
	],
	[
		[0, 0, 1],
		[1, 0, 1],
		[1, 1, 1],
		[0, 1, 1]
	],
	[
		[1, 0, 0],
		[0, 0, 0],
		[0, 1, 0],
		[1, 1, 0]
	]
];

export class BoxBuilder {
	private positions: number[] = [];
	private normals: number[] = [];
	private uvs: number[] = [];
	/** [vertex start, look] runs. */
	private looks: [number, FinishLook][] = [];
	private indices: number[] = [];
	readonly ranges: IdRange[] = [];
	private open: IdRange | null = null;

	begin(id: string): void {
		this.end();
		const t = this.indices.length / 3;
		const v = this.positions.length / 3;
		this.open = { id, triangleStart: t, triangleEnd: t, vertexStart: v, vertexEnd: v };
	}

	end(): void {
		if (!this.open) return;
		this.open.triangleEnd = this.indices.length / 3;
		this.open.vertexEnd = this.positions.length / 3;
		if (this.open.triangleEnd > this.open.triangleStart) this.ranges.push(this.open);
		this.open = null;
	}

	/**
	 * A box centred at plan point (cx, cy), its length along the plan direction (ux, uy),
	 * its thickness across it, from height y0 to y1, with one finish look.
	 */
	box(
		cx: number,
		cy: number,
		ux: number,
		uy: number,
		length: number,
		thickness: number,
		y0: number,
		y1: number,
		look: FinishLook
	): void {
		// Local axes: a along (ux, uy), b across (−uy, ux); 3D (x, z) = plan (x, y).
		const vx = -uy;
		const vy = ux;
		const at = (ka: number, kb: number): [number, number] => [
			cx + ux * (ka - 0.5) * length + vx * (kb - 0.5) * thickness,
			cy + uy * (ka - 0.5) * length + vy * (kb - 0.5) * thickness
		];
		const axisNormal = [
			[ux, 0, uy],
			[-ux, 0, -uy],
			[0, 1, 0],
			[0, -1, 0],
			[vx, 0, vy],
			[-vx, 0, -vy]
		];
		this.looks.push([this.positions.length / 3, look]);
		const size = [length, y1 - y0, thickness];
		// (u, up, v) with v = (−uy, ux) is right-handed like three's (x, y, z), so the corner
		// table's counter-clockwise faces stay counter-clockwise.
		CORNERS.forEach((face, f) => {
			const base = this.positions.length / 3;
			// uvs in cm on the face's own two axes (patterns keep their real size).
			const [i, j] = f < 2 ? [2, 1] : f < 4 ? [0, 2] : [0, 1];
			for (const corner of face) {
				const [ka, ky, kb] = corner;
				const [x, z] = at(ka, kb);
				this.positions.push(x, ky ? y1 : y0, z);
				this.normals.push(...axisNormal[f]);
				this.uvs.push(corner[i] * size[i], corner[j] * size[j]);
			}
			this.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
		});
	}

	get triangleCount(): number {
		return this.indices.length / 3;
	}

	build(): BufferGeometry {
		this.end();
		const g = new BufferGeometry();
		const n = this.positions.length / 3;
		g.setAttribute('position', new BufferAttribute(new Float32Array(this.positions), 3));
		g.setAttribute('normal', new BufferAttribute(new Float32Array(this.normals), 3));
		g.setAttribute('uv', new BufferAttribute(new Float32Array(this.uvs), 2));
		const looks = new LookArrays(n);
		this.looks.forEach(([from, look], k) => looks.write(look, from, this.looks[k + 1]?.[0] ?? n));
		looks.attach(g);
		g.setIndex(
			n > 65535
				? new BufferAttribute(new Uint32Array(this.indices), 1)
				: new BufferAttribute(new Uint16Array(this.indices), 1)
		);
		g.computeBoundingSphere();
		g.computeBoundingBox();
		return g;
	}
}

/** Binary search of the record that owns triangle `face`. */
export function idAtTriangle(ranges: readonly IdRange[], face: number): string | null {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid];
		if (face < r.triangleStart) hi = mid - 1;
		else if (face >= r.triangleEnd) lo = mid + 1;
		else return r.id;
	}
	return null;
}
