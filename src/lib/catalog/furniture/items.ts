/**
 * The furniture of the catalog with true default sizes (cm): width across the front, depth
 * front to back, height, and elevation above the floor.
 */
import { bedSymbol, bedsideTableSymbol, wardrobeSymbol } from './symbols/bedroom';
import { bathtubSymbol, showerTraySymbol, toiletSymbol, washbasinSymbol } from './symbols/bathroom';
import {
	chairSymbol,
	deskSymbol,
	diningTableSymbol,
	officeChairSymbol
} from './symbols/dining-office';
import {
	baseUnitSymbol,
	dishwasherSymbol,
	fridgeSymbol,
	hobSymbol,
	sinkUnitSymbol
} from './symbols/kitchen';
import {
	bookshelfSymbol,
	coffeeTableSymbol,
	plantSymbol,
	seatingSymbol,
	stairsSymbol,
	tvUnitSymbol
} from './symbols/living';
import { lampSymbol, loungerSymbol, roundTableSymbol } from './symbols/outdoor-lighting';
import type { CatalogCategory, FurnitureItem, SymbolFn } from './types';

export function piece(
	id: string,
	name: string,
	category: CatalogCategory,
	[width, depth, height]: [number, number, number],
	color: string,
	symbol: SymbolFn,
	keywords: string[] = [],
	elevation = 0
): FurnitureItem {
	return {
		kind: 'furniture',
		id,
		name,
		category,
		width,
		depth,
		height,
		elevation,
		color,
		symbol,
		keywords
	};
}

export const WOOD = '#b08a5a';
export const FABRIC = '#7d8796';
export const WHITE = '#f2f2ee';
export const STEEL = '#c9ccd1';
export const SANITARY = '#fbfbfb';

export const furnitureItems: FurnitureItem[] = [
	// Bedroom
	piece('bed:single', 'Single bed', 'bedroom', [90, 200, 50], '#d9d2c5', bedSymbol, ['twin']),
	piece('bed:double', 'Double bed', 'bedroom', [160, 200, 50], '#d9d2c5', bedSymbol, ['queen']),
	piece('bed:king', 'King-size bed', 'bedroom', [180, 200, 50], '#d9d2c5', bedSymbol, ['king']),
	piece('wardrobe:double', 'Wardrobe', 'bedroom', [100, 60, 200], WOOD, wardrobeSymbol, [
		'closet',
		'cupboard',
		'armoire'
	]),
	piece('table:bedside', 'Bedside table', 'bedroom', [45, 40, 55], WOOD, bedsideTableSymbol, [
		'nightstand',
		'night table'
	]),
	// Living
	piece('sofa:2-seat', 'Two-seat sofa', 'living', [160, 90, 85], FABRIC, seatingSymbol(2), [
		'couch',
		'settee',
		'loveseat'
	]),
	piece('sofa:3-seat', 'Three-seat sofa', 'living', [210, 90, 85], FABRIC, seatingSymbol(3), [
		'couch',
		'settee'
	]),
	piece('armchair:standard', 'Armchair', 'living', [85, 85, 85], FABRIC, seatingSymbol(1), [
		'easy chair',
		'seat'
	]),
	piece('table:coffee', 'Coffee table', 'living', [110, 60, 45], WOOD, coffeeTableSymbol, [
		'low table'
	]),
	piece('tv-unit:standard', 'TV unit', 'living', [160, 45, 50], '#3b3b3f', tvUnitSymbol, [
		'television',
		'media',
		'sideboard'
	]),
	piece('bookshelf:standard', 'Bookshelf', 'living', [80, 30, 200], WOOD, bookshelfSymbol, [
		'bookcase',
		'shelves'
	]),
	piece('plant:potted', 'Potted plant', 'living', [45, 45, 120], '#4f8a4b', plantSymbol, [
		'flower',
		'pot',
		'green'
	]),
	piece('stairs:straight', 'Straight staircase', 'living', [90, 300, 270], WOOD, stairsSymbol, [
		'stair',
		'steps',
		'flight'
	]),
	// Dining
	piece(
		'table:dining-4',
		'Dining table for 4',
		'dining',
		[120, 80, 75],
		WOOD,
		diningTableSymbol(2),
		['kitchen table']
	),
	piece(
		'table:dining-6',
		'Dining table for 6',
		'dining',
		[180, 90, 75],
		WOOD,
		diningTableSymbol(3),
		['kitchen table']
	),
	piece('chair:dining', 'Dining chair', 'dining', [45, 50, 90], WOOD, chairSymbol, ['seat']),
	// Office
	piece('desk:standard', 'Desk', 'office', [140, 70, 75], WOOD, deskSymbol, [
		'writing',
		'workstation',
		'computer'
	]),
	piece('chair:office', 'Office chair', 'office', [65, 65, 110], '#2f3338', officeChairSymbol, [
		'swivel',
		'desk chair'
	]),
	// Kitchen
	piece('kitchen:base-unit', 'Kitchen base unit', 'kitchen', [60, 60, 90], WHITE, baseUnitSymbol, [
		'cabinet',
		'cupboard',
		'counter',
		'worktop'
	]),
	piece('kitchen:sink-unit', 'Sink unit', 'kitchen', [100, 60, 90], WHITE, sinkUnitSymbol, [
		'sink',
		'drainer'
	]),
	piece('kitchen:cooker', 'Cooker with hob', 'kitchen', [60, 60, 90], STEEL, hobSymbol, [
		'hob',
		'stove',
		'oven',
		'range'
	]),
	piece('kitchen:fridge', 'Fridge-freezer', 'kitchen', [60, 65, 180], STEEL, fridgeSymbol, [
		'refrigerator',
		'freezer'
	]),
	piece('kitchen:dishwasher', 'Dishwasher', 'kitchen', [60, 60, 85], STEEL, dishwasherSymbol, [
		'appliance'
	]),
	// Bathroom
	piece('bath:bathtub', 'Bathtub', 'bathroom', [170, 75, 55], SANITARY, bathtubSymbol, [
		'bath',
		'tub'
	]),
	piece('bath:shower-tray', 'Shower tray', 'bathroom', [90, 90, 10], SANITARY, showerTraySymbol, [
		'shower'
	]),
	piece('bath:toilet', 'Toilet', 'bathroom', [38, 65, 80], SANITARY, toiletSymbol, ['wc', 'loo']),
	piece('bath:washbasin', 'Washbasin', 'bathroom', [60, 45, 85], SANITARY, washbasinSymbol, [
		'sink',
		'basin',
		'lavatory'
	]),
	// Lighting
	piece('lamp:floor', 'Floor lamp', 'lighting', [35, 35, 160], '#e8dcc0', lampSymbol, [
		'standard lamp'
	]),
	piece(
		'lamp:pendant',
		'Pendant lamp',
		'lighting',
		[50, 50, 30],
		'#e8dcc0',
		lampSymbol,
		['ceiling light'],
		210
	),
	// Outdoor
	piece('outdoor:lounger', 'Sun lounger', 'outdoor', [70, 190, 35], '#cfc7b8', loungerSymbol, [
		'deck chair',
		'garden'
	]),
	piece(
		'outdoor:garden-table',
		'Round garden table',
		'outdoor',
		[90, 90, 72],
		'#8b9a8b',
		roundTableSymbol,
		['patio', 'terrace']
	)
];
