/**
 * Topology of the plan: the wall graph's edits, rooms as its faces, and measurements.
 * Everything here is pure: documents in, `{ diff, doc }` (or plain values) out.
 */
export {
	addWall,
	mergeCorners,
	moveCorner,
	removeCorner,
	settleCorner,
	splitWall,
	SNAP,
	type EditOptions,
	type WallProps
} from './edit';
export type { TopologyResult } from './draft';
export { faceContains, findFaces, type BoundaryRing, type Face } from './faces';
export {
	createRoomAt,
	DEFAULT_ROOM_NAME,
	roomAt,
	updateLevelRooms,
	updateRooms,
	type UpdateRoomsOptions
} from './rooms';
export {
	faceMeasures,
	faceOfRoom,
	offsetRing,
	roomAreas,
	roomOutline,
	wallLengths,
	type FaceMeasures,
	type RoomAreas,
	type WallLengths
} from './measure';
export { intersectionArea } from './overlap';
export {
	ARC_STEP,
	arcOf,
	arcSegmentCount,
	pathLength,
	pathPoints,
	pointAlong,
	projectOnPath,
	tangentAt
} from './wallPath';
