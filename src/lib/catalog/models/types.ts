/**
 * Parametric 3D models of catalog items as plain data, so the catalog stays free of three.js.
 *
 * A model is a list of parts in a unit cell: x ∈ [−½, ½] across the width, y ∈ [0, 1] up the
 * height, z ∈ [−½, ½] from the back (−½, the side against the wall, plan symbol y = 0) to the
 * front. A placed piece scales the cell to its width, height and depth, so one geometry per
 * model serves every size and resizing keeps the proportions.
 */

export type Vec3 = [number, number, number];

/**
 * `box` a cuboid; `cylinder` a round column along its local y (elliptic if x ≠ z);
 * `cone` the same narrowing to a point at the top; `sphere` an ellipsoid.
 */
export type PartShape = 'box' | 'cylinder' | 'cone' | 'sphere';

/**
 * What a part is made of. `body` takes the piece's own colour (the one a person picks); the
 * others keep their look whatever that colour is.
 */
export const PART_MATERIALS = [
	'body',
	'wood',
	'fabric',
	'metal',
	'dark',
	'white',
	'ceramic',
	'glass',
	'plant',
	'light'
] as const;
export type PartMaterial = (typeof PART_MATERIALS)[number];

export interface ModelPart {
	shape: PartShape;
	/** Centre of the part in the unit cell. */
	position: Vec3;
	/** Full extent along the part's own x, y, z before rotation. */
	size: Vec3;
	/** Euler angles (radians, order XYZ) about the part's centre. */
	rotation?: Vec3;
	material: PartMaterial;
}

/** Linear-ish sRGB colours of the fixed materials (`body` is the piece's colour). */
export const PART_COLORS: Record<Exclude<PartMaterial, 'body'>, string> = {
	wood: '#8a6a4a',
	fabric: '#8c8f96',
	metal: '#a4a9ae',
	dark: '#2b2d30',
	white: '#f2f0ea',
	ceramic: '#fbfbf8',
	glass: '#cfe3ea',
	plant: '#4f8a3c',
	light: '#fff4d6'
};

/** The catalog finish each fixed material looks like, for renderers that texture parts. */
export const PART_FINISHES: Record<Exclude<PartMaterial, 'body'>, string> = {
	wood: 'wood:walnut',
	fabric: 'carpet:linen',
	metal: 'metal:steel',
	dark: 'metal:black',
	white: 'paint:white',
	ceramic: 'tile:white',
	glass: 'glass:clear',
	plant: 'paint:sage',
	light: 'paint:white'
};
