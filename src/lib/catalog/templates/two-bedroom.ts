/**
 * A single-storey house, 10 × 8 m on the wall centre lines: two bedrooms and a bathroom along
 * the back; living room, entrance hall and kitchen along the front.
 */
import type { PlanDocument } from '../../plan/types';
import { BACK_TO, EXTERIOR, INTERIOR, TemplateBuilder } from './builder';

export function buildTwoBedroomHouse(): PlanDocument {
	const b = new TemplateBuilder('Two-bedroom house');
	const L = b.ground;
	const inside = { thickness: INTERIOR };
	b.ring(
		L,
		[
			[0, 0],
			[380, 0],
			[620, 0],
			[1000, 0],
			[1000, 380],
			[1000, 800],
			[760, 800],
			[600, 800],
			[0, 800],
			[0, 380]
		],
		{ thickness: EXTERIOR, finishLeft: 'brick:red' }
	);
	b.chain(
		L,
		[
			[0, 380],
			[380, 380],
			[600, 380],
			[620, 380],
			[760, 380],
			[1000, 380]
		],
		inside
	);
	b.wall(L, [380, 0], [380, 380], inside);
	b.wall(L, [620, 0], [620, 380], inside);
	b.wall(L, [600, 380], [600, 800], inside);
	b.wall(L, [760, 380], [760, 800], inside);

	// Doors: front door into the hall, every room off the hall or the living room.
	b.opening(
		L,
		'door:single',
		[
			[600, 800],
			[760, 800]
		],
		80,
		{ into: [680, 600] }
	);
	b.opening(
		L,
		'door:single',
		[
			[620, 380],
			[760, 380]
		],
		70,
		{ into: [700, 200], width: 80 }
	);
	b.opening(
		L,
		'door:single',
		[
			[600, 380],
			[600, 800]
		],
		120,
		{ into: [680, 600], width: 80 }
	);
	b.opening(
		L,
		'door:single',
		[
			[760, 380],
			[760, 800]
		],
		120,
		{ into: [880, 600], width: 80 }
	);
	b.opening(
		L,
		'door:single',
		[
			[0, 380],
			[380, 380]
		],
		320,
		{ into: [200, 200], width: 80, hingeAtB: true }
	);
	b.opening(
		L,
		'door:single',
		[
			[380, 380],
			[600, 380]
		],
		60,
		{ into: [500, 200], width: 70 }
	);
	// Windows.
	b.opening(
		L,
		'window:standard',
		[
			[0, 0],
			[380, 0]
		],
		190,
		{ width: 140 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[380, 0],
			[620, 0]
		],
		120,
		{ width: 60, height: 60, sill: 150 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[620, 0],
			[1000, 0]
		],
		190,
		{ width: 140 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[1000, 380],
			[1000, 800]
		],
		210,
		{ width: 140 }
	);
	b.opening(
		L,
		'door:sliding',
		[
			[0, 800],
			[600, 800]
		],
		300
	);
	b.opening(
		L,
		'window:standard',
		[
			[0, 380],
			[0, 800]
		],
		210,
		{ width: 140 }
	);

	b.room(L, [190, 190], 'Bedroom', 'carpet:beige');
	b.room(L, [500, 190], 'Bathroom', 'tile:white');
	b.room(L, [810, 190], 'Bedroom 2', 'wood:oak');
	b.room(L, [300, 590], 'Living room', 'wood:oak');
	b.room(L, [680, 590], 'Hall', 'tile:grey');
	b.room(L, [880, 590], 'Kitchen', 'tile:grey');

	// Bedroom (inner faces x 12.5–375, y 12.5–375): double bed against the left wall.
	b.furniture(L, 'bed:double', [112.5, 190], BACK_TO.left);
	b.furniture(L, 'table:bedside', [32.5, 85], BACK_TO.left);
	b.furniture(L, 'table:bedside', [32.5, 295], BACK_TO.left);
	b.furniture(L, 'wardrobe:double', [345, 160], BACK_TO.right);
	// Bathroom (x 385–615, y 12.5–375).
	b.furniture(L, 'bath:bathtub', [500, 50], BACK_TO.top);
	b.furniture(L, 'bath:washbasin', [592.5, 200], BACK_TO.right);
	b.furniture(L, 'bath:toilet', [417.5, 230], BACK_TO.left);
	// Bedroom 2 (x 625–987.5, y 12.5–375): single bed, desk and chair.
	b.furniture(L, 'bed:single', [887.5, 250], BACK_TO.right);
	b.furniture(L, 'desk:standard', [720, 47.5], BACK_TO.top);
	b.furniture(L, 'chair:office', [720, 120], BACK_TO.top);
	b.furniture(L, 'wardrobe:double', [937.5, 42.5], BACK_TO.top);
	// Living room (x 12.5–595, y 385–787.5): sofa under the side window facing the TV.
	b.furniture(L, 'sofa:3-seat', [57.5, 590], BACK_TO.left);
	b.furniture(L, 'table:coffee', [175, 590], BACK_TO.left);
	b.furniture(L, 'tv-unit:standard', [572.5, 650], BACK_TO.right);
	b.furniture(L, 'armchair:standard', [80, 440], BACK_TO.top);
	b.furniture(L, 'bookshelf:standard', [200, 400], BACK_TO.top);
	b.furniture(L, 'plant:potted', [560, 420]);
	b.furniture(L, 'lamp:floor', [40, 740]);
	// Kitchen (x 765–987.5, y 385–787.5): units along the right wall, table in front.
	b.furniture(L, 'kitchen:fridge', [955, 420], BACK_TO.right);
	b.furniture(L, 'kitchen:cooker', [957.5, 485], BACK_TO.right);
	b.furniture(L, 'kitchen:sink-unit', [957.5, 565], BACK_TO.right);
	b.furniture(L, 'kitchen:dishwasher', [957.5, 645], BACK_TO.right);
	b.furniture(L, 'kitchen:base-unit', [957.5, 705], BACK_TO.right);
	b.furniture(L, 'table:dining-4', [845, 730]);
	b.furniture(L, 'chair:dining', [815, 680], BACK_TO.top);
	b.furniture(L, 'chair:dining', [875, 680], BACK_TO.top);
	return b.build();
}
