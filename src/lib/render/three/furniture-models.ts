/**
 * Parametric 3D models for catalog furniture, as boxes in a unit cell: x ∈ [−½, ½] across the
 * width, y ∈ [0, 1] up the height, z ∈ [−½, ½] from the back (−½, the side against the wall,
 * plan symbol y = 0) to the front. A piece's instance matrix scales the cell to its width,
 * height and depth, so one geometry per model serves every size.
 *
 * Each part either takes the piece's colour (`tint` 1) or keeps its own (sheets, metal, screens).
 * Level of detail 1 is the plain bounding box: 12 triangles whatever the model.
 */
import { BufferAttribute, BufferGeometry, Color } from 'three';

/** [x0, x1, y0, y1, z0, z1, colour]: colour `null` = the piece's colour. */
export type Part = [number, number, number, number, number, number, string | null];

const WOOD = '#8a6a4a';
const WHITE = '#f2f0ea';
const METAL = '#9aa0a6';
const DARK = '#2b2d30';
const GREEN = '#4f8a3c';

/** Four legs of `t` (fraction of the cell) under a top starting at `y`. */
function legs(t: number, y: number, colour: string | null = WOOD, inset = 0.03): Part[] {
	const a = -0.5 + inset;
	const b = 0.5 - inset - t;
	return [
		[a, a + t, 0, y, a, a + t, colour],
		[b, b + t, 0, y, a, a + t, colour],
		[a, a + t, 0, y, b, b + t, colour],
		[b, b + t, 0, y, b, b + t, colour]
	];
}

const box: Part[] = [[-0.5, 0.5, 0, 1, -0.5, 0.5, null]];

/** Models by kind; `kindOf` maps catalog ids onto these keys. */
export const MODELS: Record<string, Part[]> = {
	box,
	bed: [
		[-0.5, 0.5, 0, 0.35, -0.5, 0.5, null], // frame
		[-0.48, 0.48, 0.35, 0.55, -0.45, 0.48, WHITE], // mattress
		[-0.5, 0.5, 0, 1, -0.5, -0.45, null], // headboard
		[-0.4, -0.05, 0.55, 0.65, -0.43, -0.28, WHITE], // pillows
		[0.05, 0.4, 0.55, 0.65, -0.43, -0.28, WHITE]
	],
	sofa: [
		[-0.5, 0.5, 0, 0.45, -0.5, 0.5, null], // base and seat
		[-0.5, 0.5, 0.45, 1, -0.5, -0.28, null], // back
		[-0.5, -0.4, 0.45, 0.7, -0.28, 0.5, null], // arms
		[0.4, 0.5, 0.45, 0.7, -0.28, 0.5, null]
	],
	table: [[-0.5, 0.5, 0.94, 1, -0.5, 0.5, null], ...legs(0.06, 0.94)],
	chair: [
		[-0.5, 0.5, 0.48, 0.55, -0.5, 0.5, null],
		[-0.5, 0.5, 0.55, 1, -0.5, -0.4, null],
		...legs(0.1, 0.48, null, 0)
	],
	cabinet: [
		[-0.5, 0.5, 0.04, 1, -0.5, 0.5, null],
		[-0.48, 0.48, 0, 0.04, -0.45, 0.45, DARK], // plinth
		[-0.005, 0.005, 0.08, 0.96, 0.5, 0.51, DARK] // door gap
	],
	shelf: [
		[-0.5, -0.46, 0, 1, -0.5, 0.5, null],
		[0.46, 0.5, 0, 1, -0.5, 0.5, null],
		[-0.5, 0.5, 0, 1, -0.5, -0.46, null],
		[-0.46, 0.46, 0, 0.03, -0.46, 0.5, null],
		[-0.46, 0.46, 0.32, 0.35, -0.46, 0.5, null],
		[-0.46, 0.46, 0.65, 0.68, -0.46, 0.5, null],
		[-0.46, 0.46, 0.97, 1, -0.46, 0.5, null]
	],
	counter: [
		[-0.5, 0.5, 0.06, 0.94, -0.5, 0.47, null],
		[-0.5, 0.5, 0.94, 1, -0.5, 0.5, '#d8d4cc'], // worktop
		[-0.49, 0.49, 0, 0.06, -0.5, 0.42, DARK]
	],
	sink: [
		[-0.5, 0.5, 0.06, 0.94, -0.5, 0.47, null],
		[-0.5, 0.5, 0.94, 1, -0.5, -0.35, '#d8d4cc'],
		[-0.5, 0.5, 0.94, 1, 0.35, 0.5, '#d8d4cc'],
		[-0.5, -0.3, 0.94, 1, -0.35, 0.35, '#d8d4cc'],
		[0.3, 0.5, 0.94, 1, -0.35, 0.35, '#d8d4cc'],
		[-0.3, 0.3, 0.8, 0.82, -0.35, 0.35, METAL], // basin floor
		[-0.02, 0.02, 1, 1.25, -0.45, -0.38, METAL] // tap
	],
	hob: [
		[-0.5, 0.5, 0.06, 0.94, -0.5, 0.47, null],
		[-0.5, 0.5, 0.94, 1, -0.5, 0.5, DARK]
	],
	fridge: [
		[-0.5, 0.5, 0, 1, -0.5, 0.48, null],
		[-0.5, 0.5, 0.6, 0.61, 0.48, 0.5, DARK],
		[0.38, 0.42, 0.65, 0.85, 0.5, 0.54, METAL]
	],
	bathtub: [
		[-0.5, 0.5, 0, 1, -0.5, -0.42, null],
		[-0.5, 0.5, 0, 1, 0.42, 0.5, null],
		[-0.5, -0.44, 0, 1, -0.42, 0.42, null],
		[0.44, 0.5, 0, 1, -0.42, 0.42, null],
		[-0.44, 0.44, 0, 0.2, -0.42, 0.42, null]
	],
	shower: [
		[-0.5, 0.5, 0, 0.05, -0.5, 0.5, null],
		[-0.02, 0.02, 0.05, 1, -0.5, -0.48, METAL]
	],
	toilet: [
		[-0.35, 0.35, 0, 0.5, -0.2, 0.5, null], // bowl
		[-0.5, 0.5, 0.5, 1, -0.5, -0.2, null], // cistern
		[-0.4, 0.4, 0.5, 0.54, -0.2, 0.5, null] // seat
	],
	washbasin: [
		[-0.5, 0.5, 0.85, 1, -0.5, 0.5, null],
		[-0.15, 0.15, 0, 0.85, -0.5, -0.2, null],
		[-0.03, 0.03, 1, 1.15, -0.45, -0.35, METAL]
	],
	desk: [
		[-0.5, 0.5, 0.95, 1, -0.5, 0.5, null],
		[-0.5, -0.46, 0, 0.95, -0.48, 0.48, null],
		[0.46, 0.5, 0, 0.95, -0.48, 0.48, null],
		[-0.46, 0.46, 0.5, 0.95, -0.48, -0.45, null]
	],
	tv: [
		[-0.5, 0.5, 0, 0.45, -0.5, 0.5, null],
		[-0.38, 0.38, 0.47, 1, -0.05, 0.02, DARK],
		[-0.05, 0.05, 0.45, 0.47, -0.15, 0.15, DARK]
	],
	lamp: [
		[-0.2, 0.2, 0, 0.03, -0.2, 0.2, METAL],
		[-0.03, 0.03, 0.03, 0.75, -0.03, 0.03, METAL],
		[-0.5, 0.5, 0.75, 1, -0.5, 0.5, null]
	],
	plant: [
		[-0.3, 0.3, 0, 0.3, -0.3, 0.3, null],
		[-0.5, 0.5, 0.3, 1, -0.5, 0.5, GREEN]
	],
	lounger: [
		[-0.5, 0.5, 0.2, 0.3, -0.5, 0.5, null],
		[-0.5, 0.5, 0.3, 1, -0.5, -0.25, null],
		...legs(0.05, 0.2, METAL)
	],
	// A straight flight: ten steps rising from the front (z = ½) to the back.
	stairs: Array.from({ length: 10 }, (_, i): Part => [
		-0.5,
		0.5,
		0,
		(i + 1) / 10,
		0.5 - (i + 1) / 10,
		0.5 - i / 10,
		null
	]),
	appliance: [
		[-0.5, 0.5, 0, 1, -0.5, 0.48, null],
		[-0.4, 0.4, 0.8, 0.95, 0.48, 0.5, DARK]
	]
};

/** Ordered: the first keyword found in a catalog id picks the model. */
const KEYWORDS: [string, string][] = [
	['bedside', 'cabinet'],
	['nightstand', 'cabinet'],
	['sofa-bed', 'sofa'],
	['bed', 'bed'],
	['sofa', 'sofa'],
	['armchair', 'sofa'],
	['couch', 'sofa'],
	['lounger', 'lounger'],
	['office-chair', 'chair'],
	['stool', 'chair'],
	['chair', 'chair'],
	['bench', 'table'],
	['desk', 'desk'],
	['table', 'table'],
	['wardrobe', 'cabinet'],
	['dresser', 'cabinet'],
	['chest', 'cabinet'],
	['cabinet', 'cabinet'],
	['sideboard', 'cabinet'],
	['tv', 'tv'],
	['book', 'shelf'],
	['shelf', 'shelf'],
	['sink', 'sink'],
	['hob', 'hob'],
	['cooker', 'hob'],
	['stove', 'hob'],
	['oven', 'appliance'],
	['fridge', 'fridge'],
	['refrigerator', 'fridge'],
	['dishwasher', 'appliance'],
	['washing', 'appliance'],
	['dryer', 'appliance'],
	['kitchen', 'counter'],
	['counter', 'counter'],
	['unit', 'counter'],
	['shower', 'shower'],
	['toilet', 'toilet'],
	['wc', 'toilet'],
	['basin', 'washbasin'],
	['bath', 'bathtub'],
	['tub', 'bathtub'],
	['parasol', 'lamp'],
	['lamp', 'lamp'],
	['light', 'lamp'],
	['plant', 'plant'],
	['tree', 'plant'],
	['stairs', 'stairs'],
	['fireplace', 'cabinet'],
	['piano', 'cabinet'],
	['barbecue', 'appliance'],
	// Flat or plain pieces are drawn as their box on purpose.
	['rug', 'box'],
	['mirror', 'box']
];

/** The model kind drawn for a catalog id such as `bed:double` or `kitchen:sink-unit`. */
export function kindOf(catalogId: string): string {
	const id = catalogId.toLowerCase();
	for (const [word, kind] of KEYWORDS) if (id.includes(word)) return kind;
	return 'box';
}

export function partsOf(kind: string, lod: 0 | 1): Part[] {
	return lod === 1 ? box : (MODELS[kind] ?? box);
}

// Face order: +x, −x, +y, −y, +z, −z; four corners each, counter-clockwise seen from outside.
const FACES: { n: [number, number, number]; c: [number, number, number][] }[] = [
	{
		n: [1, 0, 0],
		c: [
			[1, 0, 1],
			[1, 0, 0],
			[1, 1, 0],
			[1, 1, 1]
		]
	},
	{
		n: [-1, 0, 0],
		c: [
			[0, 0, 0],
			[0, 0, 1],
			[0, 1, 1],
			[0, 1, 0]
		]
	},
	{
		n: [0, 1, 0],
		c: [
			[0, 1, 1],
			[1, 1, 1],
			[1, 1, 0],
			[0, 1, 0]
		]
	},
	{
		n: [0, -1, 0],
		c: [
			[0, 0, 0],
			[1, 0, 0],
			[1, 0, 1],
			[0, 0, 1]
		]
	},
	{
		n: [0, 0, 1],
		c: [
			[0, 0, 1],
			[1, 0, 1],
			[1, 1, 1],
			[0, 1, 1]
		]
	},
	{
		n: [0, 0, -1],
		c: [
			[1, 0, 0],
			[0, 0, 0],
			[0, 1, 0],
			[1, 1, 0]
		]
	}
];

/**
 * One geometry for a model: positions, normals, `color` (a part's own colour, linear) and
 * `tint` (1 where the piece's colour applies). `mirrored` flips it across the width.
 */
export function modelGeometry(parts: Part[], mirrored = false): BufferGeometry {
	const vertexCount = parts.length * 24;
	const positions = new Float32Array(vertexCount * 3);
	const normals = new Float32Array(vertexCount * 3);
	const colors = new Float32Array(vertexCount * 3);
	const tint = new Float32Array(vertexCount);
	const indices = new Uint16Array(parts.length * 36);
	const c = new Color();
	let v = 0;
	let i = 0;
	for (const [x0, x1, y0, y1, z0, z1, colour] of parts) {
		const xs = mirrored ? [-x1, -x0] : [x0, x1];
		c.set(colour ?? '#ffffff');
		for (const face of FACES) {
			const base = v;
			for (const [cx, cy, cz] of face.c) {
				positions.set([xs[cx], cy ? y1 : y0, cz ? z1 : z0], v * 3);
				normals.set(face.n, v * 3);
				colors.set([c.r, c.g, c.b], v * 3);
				tint[v] = colour === null ? 1 : 0;
				v++;
			}
			indices.set([base, base + 1, base + 2, base, base + 2, base + 3], i);
			i += 6;
		}
	}
	const g = new BufferGeometry();
	g.setAttribute('position', new BufferAttribute(positions, 3));
	g.setAttribute('normal', new BufferAttribute(normals, 3));
	g.setAttribute('color', new BufferAttribute(colors, 3));
	g.setAttribute('tint', new BufferAttribute(tint, 1));
	g.setIndex(new BufferAttribute(indices, 1));
	g.computeBoundingBox();
	g.computeBoundingSphere();
	return g;
}

/** Triangles of one instance of a kind at a level of detail. */
export function trianglesOf(kind: string, lod: 0 | 1): number {
	return partsOf(kind, lod).length * 12;
}
