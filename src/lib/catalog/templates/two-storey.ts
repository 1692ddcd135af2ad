/**
 * A two-storey house, 8.5 × 6 m on the wall centre lines. Ground floor: living room, a hall
 * with the staircase, and a kitchen-diner. First floor: two bedrooms and a study, a bathroom,
 * and the landing with the void over the stairs.
 */
import type { LevelId, PlanDocument } from '../../plan/types';
import { BACK_TO, EXTERIOR, INTERIOR, TemplateBuilder, type Pt } from './builder';

const OUTSIDE = { thickness: EXTERIOR, finishLeft: 'brick:red' };
const INSIDE = { thickness: INTERIOR };

function groundFloor(b: TemplateBuilder, L: LevelId) {
	b.ring(
		L,
		[
			[0, 0],
			[400, 0],
			[600, 0],
			[850, 0],
			[850, 600],
			[600, 600],
			[400, 600],
			[0, 600]
		],
		OUTSIDE
	);
	b.wall(L, [400, 0], [400, 600], INSIDE);
	b.wall(L, [600, 0], [600, 600], INSIDE);

	const hall: Pt = [500, 450];
	b.opening(
		L,
		'door:single',
		[
			[400, 600],
			[600, 600]
		],
		60,
		{ into: hall }
	);
	b.opening(
		L,
		'door:single',
		[
			[400, 0],
			[400, 600]
		],
		450,
		{ into: [200, 450], width: 80 }
	);
	b.opening(
		L,
		'door:single',
		[
			[600, 0],
			[600, 600]
		],
		300,
		{ into: [725, 300], width: 80 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[0, 0],
			[400, 0]
		],
		150,
		{ width: 140 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[0, 600],
			[0, 0]
		],
		300,
		{ width: 160 }
	);
	b.opening(
		L,
		'window:french',
		[
			[0, 600],
			[400, 600]
		],
		200,
		{ into: [200, 450] }
	);
	b.opening(
		L,
		'window:standard',
		[
			[850, 0],
			[850, 600]
		],
		185,
		{ width: 100, sill: 110, height: 100 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[600, 600],
			[850, 600]
		],
		125
	);

	b.room(L, [200, 300], 'Living room', 'wood:oak');
	b.room(L, hall, 'Hall', 'tile:grey');
	b.room(L, [725, 300], 'Kitchen', 'tile:grey');

	// Hall (x 405–595): the stairs rise along its right side from the front door towards the
	// back, arriving on the first-floor landing clear of the back wall.
	b.furniture(L, 'stairs:straight', [550, 270], BACK_TO.top);
	b.furniture(L, 'plant:potted', [430, 40]);
	// Living room (x 12.5–395, y 12.5–587.5).
	b.furniture(L, 'sofa:3-seat', [57.5, 300], BACK_TO.left);
	b.furniture(L, 'table:coffee', [175, 300], BACK_TO.left);
	b.furniture(L, 'tv-unit:standard', [372.5, 250], BACK_TO.right);
	b.furniture(L, 'armchair:standard', [200, 520], BACK_TO.bottom);
	b.furniture(L, 'bookshelf:standard', [330, 27.5], BACK_TO.top);
	b.furniture(L, 'lamp:floor', [40, 40]);
	// Kitchen (x 605–837.5): units along the outside wall, a table for four.
	b.furniture(L, 'kitchen:fridge', [805, 45], BACK_TO.right);
	b.furniture(L, 'kitchen:cooker', [807.5, 105], BACK_TO.right);
	b.furniture(L, 'kitchen:sink-unit', [807.5, 185], BACK_TO.right);
	b.furniture(L, 'kitchen:dishwasher', [807.5, 265], BACK_TO.right);
	b.furniture(L, 'kitchen:base-unit', [807.5, 325], BACK_TO.right);
	b.furniture(L, 'table:dining-4', [700, 480], BACK_TO.left);
	for (const y of [450, 510]) {
		b.furniture(L, 'chair:dining', [650, y], BACK_TO.left);
		b.furniture(L, 'chair:dining', [750, y], BACK_TO.right);
	}
}

function firstFloor(b: TemplateBuilder, U: LevelId) {
	b.ring(
		U,
		[
			[0, 0],
			[400, 0],
			[600, 0],
			[850, 0],
			[850, 300],
			[850, 600],
			[600, 600],
			[400, 600],
			[0, 600],
			[0, 300]
		],
		OUTSIDE
	);
	for (const x of [400, 600])
		b.chain(
			U,
			[
				[x, 0],
				[x, 300],
				[x, 600]
			],
			INSIDE
		);
	b.wall(U, [0, 300], [400, 300], INSIDE);
	b.wall(U, [600, 300], [850, 300], INSIDE);

	const upperLeft: [Pt, Pt] = [
		[400, 0],
		[400, 300]
	];
	b.opening(U, 'door:single', upperLeft, 250, { into: [200, 150], width: 80, hingeAtB: true });
	b.opening(
		U,
		'door:single',
		[
			[400, 300],
			[400, 600]
		],
		60,
		{ into: [200, 450], width: 80 }
	);
	// Doors on the right side of the landing stay clear of the void over the stairs.
	b.opening(
		U,
		'door:single',
		[
			[600, 0],
			[600, 300]
		],
		60,
		{ into: [725, 150], width: 70 }
	);
	b.opening(
		U,
		'door:single',
		[
			[600, 300],
			[600, 600]
		],
		200,
		{ into: [725, 450], width: 80 }
	);
	b.opening(
		U,
		'window:standard',
		[
			[0, 0],
			[400, 0]
		],
		150,
		{ width: 140 }
	);
	b.opening(
		U,
		'window:standard',
		[
			[0, 600],
			[400, 600]
		],
		150,
		{ width: 140 }
	);
	b.opening(
		U,
		'window:standard',
		[
			[850, 0],
			[850, 300]
		],
		150,
		{ width: 60, height: 60, sill: 150 }
	);
	b.opening(
		U,
		'window:standard',
		[
			[600, 600],
			[850, 600]
		],
		125
	);
	b.opening(
		U,
		'window:standard',
		[
			[400, 0],
			[600, 0]
		],
		100,
		{ width: 80 }
	);

	b.room(U, [200, 150], 'Bedroom', 'carpet:beige');
	b.room(U, [200, 450], 'Bedroom 2', 'carpet:beige');
	b.room(U, [500, 300], 'Landing', 'wood:oak');
	b.room(U, [725, 150], 'Bathroom', 'tile:white');
	b.room(U, [725, 450], 'Study', 'wood:oak');
	b.label(U, [550, 270], 'Void');

	// Bedroom (x 12.5–395, y 12.5–295).
	b.furniture(U, 'bed:king', [112.5, 150], BACK_TO.left);
	b.furniture(U, 'table:bedside', [32.5, 35], BACK_TO.left);
	b.furniture(U, 'table:bedside', [32.5, 265], BACK_TO.left);
	b.furniture(U, 'wardrobe:double', [300, 42.5], BACK_TO.top);
	// Bedroom 2 (y 305–587.5).
	b.furniture(U, 'bed:double', [112.5, 450], BACK_TO.left);
	b.furniture(U, 'table:bedside', [32.5, 347.5], BACK_TO.left);
	b.furniture(U, 'table:bedside', [32.5, 552.5], BACK_TO.left);
	b.furniture(U, 'wardrobe:double', [300, 557.5], BACK_TO.bottom);
	// Bathroom (x 605–837.5, y 12.5–295).
	b.furniture(U, 'bath:bathtub', [752.5, 257.5], BACK_TO.bottom);
	b.furniture(U, 'bath:toilet', [805, 130], BACK_TO.right);
	b.furniture(U, 'bath:washbasin', [720, 35], BACK_TO.top);
	// Study (x 605–837.5, y 305–587.5).
	b.furniture(U, 'desk:standard', [802.5, 400], BACK_TO.right);
	b.furniture(U, 'chair:office', [730, 400], BACK_TO.left);
	b.furniture(U, 'bookshelf:standard', [740, 572.5], BACK_TO.bottom);
	b.furniture(U, 'plant:potted', [815, 530]);
}

export function buildTwoStoreyHouse(): PlanDocument {
	const b = new TemplateBuilder('Two-storey house');
	groundFloor(b, b.ground);
	const ground = b.doc.levels[b.ground];
	const upper = b.addLevel({
		name: 'First floor',
		order: 1,
		elevation: ground.elevation + ground.height + ground.floorThickness,
		height: ground.height,
		floorThickness: ground.floorThickness
	});
	firstFloor(b, upper);
	return b.build();
}
