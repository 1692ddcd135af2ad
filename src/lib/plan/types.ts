/**
 * The plan document: the one thing a design saves. Plain data, JSON-serialisable,
 * flat maps of records keyed by prefixed ids. Session state (selection, camera, tool)
 * never lives here.
 *
 * Units: every length is in CENTIMETRES (float), every angle in RADIANS.
 * Plan coordinates: x grows to the right, y grows downwards (as in SVG and Sweet Home 3D).
 * The 3D view maps plan (x, y) to three.js (x, z) with y up.
 */

export const LENGTH_UNIT = 'cm' as const;

export type LevelId = `level:${string}`;
export type CornerId = `corner:${string}`;
export type WallId = `wall:${string}`;
export type OpeningId = `opening:${string}`;
export type RoomId = `room:${string}`;
export type FurnitureId = `furniture:${string}`;
export type LabelId = `label:${string}`;
export type DimensionId = `dimension:${string}`;
export type ModelId = `model:${string}`;
export type BackgroundId = `background:${string}`;
export type RecordId =
	| LevelId
	| CornerId
	| WallId
	| OpeningId
	| RoomId
	| FurnitureId
	| LabelId
	| DimensionId
	| ModelId
	| BackgroundId;

/** A finish names a material of the catalog, e.g. `paint:white`, `wood:oak`, `tile:grey`. */
export type FinishId = string;

export interface Vec2 {
	x: number;
	y: number;
}

export interface Level {
	id: LevelId;
	name: string;
	/** Height of the top of this level's floor above ground. */
	elevation: number;
	/** Default wall / ceiling height of the level. */
	height: number;
	floorThickness: number;
	/** Stacking order, 0 = ground floor. */
	order: number;
}

/** A node of the wall graph. */
export interface Corner {
	id: CornerId;
	level: LevelId;
	x: number;
	y: number;
}

/** An edge of the wall graph. "left"/"right" are as seen walking from start to end. */
export interface Wall {
	id: WallId;
	level: LevelId;
	start: CornerId;
	end: CornerId;
	thickness: number;
	/** Height at the start corner. */
	height: number;
	/** Height at the end corner for a sloped top; null = same as `height`. */
	heightAtEnd: number | null;
	/** Signed arc extent in radians for a curved wall; null or 0 = straight. */
	arcExtent: number | null;
	finishLeft: FinishId;
	finishRight: FinishId;
}

export type OpeningKind = 'door' | 'window' | 'opening';

/** A door, window or plain opening hung on a wall. */
export interface Opening {
	id: OpeningId;
	wall: WallId;
	kind: OpeningKind;
	/** Distance along the wall's centre line from its start corner to the opening's centre. */
	offset: number;
	width: number;
	height: number;
	/** Height of the bottom of the opening above the floor (0 for doors). */
	sill: number;
	/** Which end of the opening the leaf hinges on, seen from the wall's start. */
	hinge: 'start' | 'end';
	/** Which side of the wall the leaf swings into. */
	swing: 'left' | 'right';
	/** Catalog model of the door/window, e.g. `door:single`; null = plain default. */
	catalogId: string | null;
}

export interface Room {
	/** Stable: survives walls moving, splitting and merging. */
	id: RoomId;
	level: LevelId;
	name: string;
	floorFinish: FinishId;
	ceilingFinish: FinishId;
	/**
	 * The room's outline. When `derived` is true it is recomputed from the walls by topology
	 * (this is the last derived polygon, used to re-find the room after edits); when false
	 * the person drew it freely and it is kept as drawn.
	 */
	polygon: Vec2[];
	derived: boolean;
}

export interface Furniture {
	id: FurnitureId;
	level: LevelId;
	/** Catalog item id, e.g. `bed:double`. */
	catalogId: string;
	name: string;
	/** Centre of the footprint. */
	x: number;
	y: number;
	rotation: number;
	width: number;
	depth: number;
	height: number;
	/** Height of the bottom above the level's floor. */
	elevation: number;
	/** CSS hex colour `#rrggbb`, or null for the model's own. */
	color: string | null;
	material: FinishId | null;
	mirrored: boolean;
}

export interface Label {
	id: LabelId;
	level: LevelId;
	x: number;
	y: number;
	text: string;
	rotation: number;
	/** Font size in centimetres on the plan. */
	size: number;
}

export interface Dimension {
	id: DimensionId;
	level: LevelId;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Perpendicular offset of the dimension line from the measured points. */
	offset: number;
}

/**
 * A person's own glTF 2.0 model, kept in the design so it travels with it (server, device,
 * JSON). A furniture piece uses it by naming its id as `catalogId` (`model:…`); the plan draws
 * it by its footprint. It is removed with the last piece that uses it (see cascade.ts).
 */
export interface UploadedModel {
	id: ModelId;
	name: string;
	format: 'glb' | 'gltf';
	/** The file, base64 (size capped by LIMITS.maxModelBytes). */
	data: string;
	/** Bounding box in cm: width (x), depth (z), height (y). */
	width: number;
	depth: number;
	height: number;
	triangles: number;
}

export type BackgroundMime = 'image/png' | 'image/jpeg' | 'image/webp';

/**
 * A scanned plan drawn under the plan to trace over, calibrated by two points and a known
 * distance (src/lib/io/trace.ts). At most one per level, or one for every level (`level` null).
 */
export interface Background {
	id: BackgroundId;
	/** The level it is traced on; null = every level. */
	level: LevelId | null;
	mime: BackgroundMime;
	/** The image, base64 (size capped by LIMITS.maxBackgroundBytes). */
	data: string;
	/** Natural size of the image in pixels. */
	pixelWidth: number;
	pixelHeight: number;
	/** Plan centimetres per image pixel. */
	cmPerPixel: number;
	/** Plan position (cm) of the image's top-left corner. */
	x: number;
	y: number;
	/** Turn about the top-left corner (radians, clockwise on screen). */
	rotation: number;
	/** 0–1. */
	opacity: number;
	visible: boolean;
}

export const SCHEMA_VERSION = 3 as const;

export interface PlanDocument {
	schemaVersion: typeof SCHEMA_VERSION;
	name: string;
	/** Angle of north, clockwise from the plan's up direction (−y). */
	north: number;
	levels: Record<LevelId, Level>;
	corners: Record<CornerId, Corner>;
	walls: Record<WallId, Wall>;
	openings: Record<OpeningId, Opening>;
	rooms: Record<RoomId, Room>;
	furniture: Record<FurnitureId, Furniture>;
	labels: Record<LabelId, Label>;
	dimensions: Record<DimensionId, Dimension>;
	/** Uploaded 3D models (schema 3); absent = none. */
	models?: Record<ModelId, UploadedModel>;
	/** Trace images under the plan (schema 3); absent = none. */
	backgrounds?: Record<BackgroundId, Background>;
}

/** The collections of a document, in a fixed order (useful for diffs, validation, iteration). */
export const COLLECTIONS = [
	'levels',
	'corners',
	'walls',
	'openings',
	'rooms',
	'furniture',
	'labels',
	'dimensions',
	'models',
	'backgrounds'
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const ID_PREFIX: Record<CollectionName, string> = {
	levels: 'level',
	corners: 'corner',
	walls: 'wall',
	openings: 'opening',
	rooms: 'room',
	furniture: 'furniture',
	labels: 'label',
	dimensions: 'dimension',
	models: 'model',
	backgrounds: 'background'
};

/** The collections a document may leave out (older documents have none of them). */
export const OPTIONAL_COLLECTIONS = ['models', 'backgrounds'] as const;
