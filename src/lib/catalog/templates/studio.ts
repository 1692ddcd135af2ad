/**
 * A studio flat, 7.4 × 5 m on the wall centre lines: one living room with a kitchen run, a
 * dining table and a double bed, an entrance hall with a wardrobe, and a bathroom.
 */
import type { PlanDocument } from '../../plan/types';
import { BACK_TO, EXTERIOR, INTERIOR, TemplateBuilder, type Pt } from './builder';

export function buildStudio(): PlanDocument {
	const b = new TemplateBuilder('Studio flat', 'Flat');
	const L = b.ground;
	const outside = { thickness: EXTERIOR, finishLeft: 'brick:red' };
	const inside = { thickness: INTERIOR };
	// Clockwise on screen, so each wall's left side is the outside.
	b.ring(
		L,
		[
			[0, 0],
			[240, 0],
			[740, 0],
			[740, 500],
			[240, 500],
			[0, 500],
			[0, 220]
		],
		outside
	);
	b.chain(
		L,
		[
			[240, 0],
			[240, 220],
			[240, 500]
		],
		inside
	);
	b.wall(L, [0, 220], [240, 220], inside);

	const hall: Pt = [120, 380];
	b.opening(
		L,
		'door:single',
		[
			[0, 500],
			[240, 500]
		],
		130,
		{ into: hall }
	);
	b.opening(
		L,
		'door:single',
		[
			[0, 220],
			[240, 220]
		],
		125,
		{ into: hall, width: 80 }
	);
	b.opening(
		L,
		'door:single',
		[
			[240, 220],
			[240, 500]
		],
		80,
		{ into: hall, width: 80, hingeAtB: true }
	);
	b.opening(
		L,
		'window:standard',
		[
			[0, 0],
			[0, 220]
		],
		110,
		{ width: 60, height: 60, sill: 150 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[240, 0],
			[740, 0]
		],
		175,
		{ width: 100, height: 100, sill: 110 }
	);
	b.opening(
		L,
		'window:standard',
		[
			[740, 0],
			[740, 500]
		],
		130
	);
	b.opening(
		L,
		'window:french',
		[
			[240, 500],
			[740, 500]
		],
		150,
		{ into: [400, 400] }
	);

	b.room(L, [500, 250], 'Living room', 'wood:oak');
	b.room(L, [120, 110], 'Bathroom', 'tile:grey');
	b.room(L, hall, 'Hall', 'tile:terracotta');

	// Kitchen run along the top wall (inner face at y = 12.5).
	b.furniture(L, 'kitchen:fridge', [275, 45], BACK_TO.top);
	b.furniture(L, 'kitchen:base-unit', [335, 42.5], BACK_TO.top);
	b.furniture(L, 'kitchen:sink-unit', [415, 42.5], BACK_TO.top);
	b.furniture(L, 'kitchen:cooker', [495, 42.5], BACK_TO.top);
	b.furniture(L, 'kitchen:dishwasher', [555, 42.5], BACK_TO.top);
	// Dining table with its chairs half tucked in.
	b.furniture(L, 'table:dining-4', [420, 170]);
	for (const x of [390, 450]) {
		b.furniture(L, 'chair:dining', [x, 120], BACK_TO.top);
		b.furniture(L, 'chair:dining', [x, 220], BACK_TO.bottom);
	}
	// Sleeping corner against the right wall.
	b.furniture(L, 'bed:double', [627.5, 340], BACK_TO.right);
	b.furniture(L, 'table:bedside', [707.5, 235], BACK_TO.right);
	b.furniture(L, 'table:bedside', [707.5, 445], BACK_TO.right);
	b.furniture(L, 'plant:potted', [700, 40]);
	// Sitting area: TV on the hall wall, sofa facing it.
	b.furniture(L, 'tv-unit:standard', [267.5, 370], BACK_TO.left);
	b.furniture(L, 'table:coffee', [360, 370], BACK_TO.left);
	b.furniture(L, 'sofa:2-seat', [460, 370], BACK_TO.right);
	// Bathroom.
	b.furniture(L, 'bath:bathtub', [97.5, 50], BACK_TO.top);
	b.furniture(L, 'bath:toilet', [202.5, 150], BACK_TO.right);
	b.furniture(L, 'bath:washbasin', [35, 160], BACK_TO.left);
	// Hall.
	b.furniture(L, 'wardrobe:double', [42.5, 290], BACK_TO.left);
	return b.build();
}
