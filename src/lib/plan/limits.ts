/**
 * Limits every document must respect. They keep the geometry finite and protect a server from
 * documents built to exhaust it. Lengths in centimetres, angles in radians.
 */
export const LIMITS = {
	/** Coordinates stay within ±10 km of the origin. */
	maxCoordinate: 1e6,
	/**
	 * Smallest positive size (thickness, height, width…): 1 mm. Denormal sizes such as 5e-324
	 * are "> 0" yet turn into Infinity when geometry divides by them.
	 */
	minSize: 0.1,
	maxThickness: 500,
	maxHeight: 10_000,
	/** Elevations and vertical offsets (basements are negative). */
	maxElevation: 100_000,
	maxFloorThickness: 500,
	/** Furniture, opening and label sizes. */
	maxSize: 10_000,
	/** Rotations and north; the editor normalises, this only bounds garbage. */
	maxAngle: 100,
	/** Arc walls bend at most three quarters of a circle. */
	maxArcExtent: (3 * Math.PI) / 2,
	/**
	 * A bend is 0 (straight) or at least this (0.57°): a tiny non-zero arc has a radius so large
	 * that geometry computed from it overflows, and geometry draws arcs under 1e-3 straight
	 * while topology would not; above this, every layer treats the wall as an arc.
	 */
	minArcExtent: 0.01,
	/** A wall shorter than this is a mistake, and its joins would not be computable. */
	minWallLength: 1,
	maxLevelOrder: 1000,
	maxIdLength: 100,
	maxNameLength: 200,
	maxTextLength: 2000,
	maxPolygonPoints: 10_000,
	/** Records in all collections together. */
	maxRecords: 50_000,
	/**
	 * Uploaded models and trace images are kept in the document as base64, and the whole document
	 * must fit in maxJsonLength (the server's body limit): the caps below leave the plan itself at
	 * least 4 MB of the 20. Sizes are of the decoded files, in bytes.
	 */
	maxModels: 20,
	maxModelBytes: 5 * 1024 * 1024,
	maxBackgrounds: 10,
	maxBackgroundBytes: 4 * 1024 * 1024,
	/** Every model and background together. */
	maxAssetBytes: 12 * 1024 * 1024,
	/** A model's name (the file name without its extension). */
	maxModelNameLength: 80,
	/** Sides of a trace image, in pixels. */
	maxImagePixels: 16_384,
	/** Size of a JSON text accepted for parsing (characters). */
	maxJsonLength: 20_000_000,
	/** Values (objects, arrays, primitives) walked before schema validation. */
	maxNodes: 2_000_000,
	maxDepth: 16,
	/** Errors reported at most; the rest are counted. */
	maxErrors: 100
} as const;

/** Tolerance for "the opening fits in its wall" comparisons, in centimetres. */
export const FIT_EPSILON = 1e-6;
