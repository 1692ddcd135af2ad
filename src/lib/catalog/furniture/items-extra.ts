/**
 * More furniture with true default sizes (cm, width × depth × height), so every room type has
 * a real choice: storage, appliances, sanitary ware, garden pieces and light fittings.
 */
import { FABRIC, SANITARY, STEEL, WHITE, WOOD, piece } from './items';
import { bathtubSymbol, washbasinSymbol } from './symbols/bathroom';
import { bedsideTableSymbol, wardrobeSymbol } from './symbols/bedroom';
import { chairSymbol, deskSymbol, diningTableSymbol } from './symbols/dining-office';
import {
	barbecueSymbol,
	benchSymbol,
	boxSymbol,
	bidetSymbol,
	cornerDeskSymbol,
	cornerSofaSymbol,
	cotSymbol,
	doubleBasinSymbol,
	drawersSymbol,
	fireplaceSymbol,
	hotTubSymbol,
	parasolSymbol,
	pianoSymbol,
	radiatorSymbol,
	rugSymbol,
	showerEnclosureSymbol,
	stoolSymbol,
	tableFrameSymbol,
	treeSymbol,
	wallMountedSymbol
} from './symbols/extra';
import { baseUnitSymbol, dishwasherSymbol, fridgeSymbol, sinkUnitSymbol } from './symbols/kitchen';
import { bookshelfSymbol, coffeeTableSymbol, plantSymbol, seatingSymbol } from './symbols/living';
import { lampSymbol, loungerSymbol, roundTableSymbol } from './symbols/outdoor-lighting';
import type { FurnitureItem } from './types';

const DARK = '#3b3b3f';
const GARDEN = '#8b9a8b';
const BRASS = '#c8a860';
const SHADE = '#e8dcc0';

export const extraFurnitureItems: FurnitureItem[] = [
	// Living
	piece('sofa:corner', 'Corner sofa', 'living', [260, 200, 85], FABRIC, cornerSofaSymbol, [
		'couch',
		'sectional',
		'l-shaped'
	]),
	piece('ottoman:footstool', 'Footstool', 'living', [60, 60, 42], FABRIC, stoolSymbol, [
		'ottoman',
		'pouf'
	]),
	piece('table:side', 'Side table', 'living', [50, 50, 55], WOOD, coffeeTableSymbol, [
		'end table',
		'occasional'
	]),
	piece('sideboard:standard', 'Sideboard', 'living', [160, 45, 80], WOOD, drawersSymbol(4), [
		'credenza',
		'buffet',
		'cabinet'
	]),
	piece('fireplace:standard', 'Fireplace', 'living', [120, 40, 110], '#d8d3ca', fireplaceSymbol, [
		'chimney',
		'hearth',
		'stove'
	]),
	piece('rug:rectangular', 'Rug', 'living', [200, 140, 1], '#a8525a', rugSymbol, ['carpet', 'mat']),
	piece('piano:upright', 'Upright piano', 'living', [150, 60, 125], '#1f1d1c', pianoSymbol, [
		'keyboard',
		'music'
	]),
	piece(
		'shelf:wall',
		'Wall shelf',
		'living',
		[80, 25, 4],
		WOOD,
		wallMountedSymbol,
		['floating shelf', 'ledge'],
		150
	),
	// Bedroom
	piece('bed:bunk', 'Bunk bed', 'bedroom', [100, 205, 160], WOOD, cotSymbol, ['children', 'kids']),
	piece('bed:cot', 'Baby cot', 'bedroom', [66, 126, 90], WHITE, cotSymbol, ['crib', 'nursery']),
	piece('bed:sofa-bed', 'Sofa bed', 'bedroom', [200, 95, 85], FABRIC, seatingSymbol(3), [
		'guest',
		'futon'
	]),
	piece('dresser:chest', 'Chest of drawers', 'bedroom', [80, 45, 90], WOOD, drawersSymbol(1), [
		'dresser',
		'commode'
	]),
	piece('dresser:dressing-table', 'Dressing table', 'bedroom', [100, 45, 75], WHITE, deskSymbol, [
		'vanity',
		'makeup'
	]),
	piece('wardrobe:single', 'Single wardrobe', 'bedroom', [50, 60, 200], WOOD, wardrobeSymbol, [
		'closet'
	]),
	piece('wardrobe:triple', 'Triple wardrobe', 'bedroom', [150, 60, 220], WHITE, wardrobeSymbol, [
		'closet',
		'armoire'
	]),
	piece('bench:bed-end', 'Bed-end bench', 'bedroom', [120, 40, 45], FABRIC, benchSymbol, [
		'ottoman',
		'blanket box'
	]),
	piece('mirror:standing', 'Standing mirror', 'bedroom', [50, 40, 170], WOOD, bedsideTableSymbol, [
		'cheval',
		'looking glass'
	]),
	// Kitchen
	piece(
		'kitchen:wall-unit',
		'Kitchen wall unit',
		'kitchen',
		[60, 35, 70],
		WHITE,
		wallMountedSymbol,
		['wall cabinet', 'cupboard'],
		145
	),
	piece('kitchen:tall-unit', 'Tall larder unit', 'kitchen', [60, 60, 210], WHITE, baseUnitSymbol, [
		'pantry',
		'larder',
		'cupboard'
	]),
	piece(
		'kitchen:corner-unit',
		'Corner base unit',
		'kitchen',
		[90, 90, 90],
		WHITE,
		cornerDeskSymbol,
		['l-shaped', 'carousel']
	),
	piece('kitchen:island', 'Kitchen island', 'kitchen', [180, 90, 90], WHITE, drawersSymbol(3), [
		'breakfast bar',
		'worktop'
	]),
	piece('kitchen:oven', 'Built-in oven unit', 'kitchen', [60, 60, 90], STEEL, dishwasherSymbol, [
		'appliance',
		'range'
	]),
	piece(
		'kitchen:washing-machine',
		'Washing machine',
		'kitchen',
		[60, 60, 85],
		WHITE,
		dishwasherSymbol,
		['laundry', 'washer', 'appliance']
	),
	piece('kitchen:dryer', 'Tumble dryer', 'kitchen', [60, 60, 85], WHITE, dishwasherSymbol, [
		'laundry',
		'appliance'
	]),
	piece(
		'kitchen:hood',
		'Cooker hood',
		'kitchen',
		[60, 50, 60],
		STEEL,
		wallMountedSymbol,
		['extractor', 'range hood'],
		150
	),
	piece('kitchen:fridge-tall', 'Tall fridge', 'kitchen', [70, 70, 200], STEEL, fridgeSymbol, [
		'refrigerator',
		'american'
	]),
	piece(
		'kitchen:double-sink',
		'Double sink unit',
		'kitchen',
		[120, 60, 90],
		WHITE,
		sinkUnitSymbol,
		['drainer', 'bowl']
	),
	// Bathroom
	piece(
		'bath:shower-enclosure',
		'Shower enclosure',
		'bathroom',
		[90, 90, 200],
		'#dfeef2',
		showerEnclosureSymbol,
		['shower cubicle', 'screen']
	),
	piece(
		'bath:double-basin',
		'Double vanity unit',
		'bathroom',
		[120, 50, 85],
		WHITE,
		doubleBasinSymbol,
		['twin basin', 'vanity']
	),
	piece('bath:bidet', 'Bidet', 'bathroom', [38, 55, 40], SANITARY, bidetSymbol, ['sanitary']),
	piece(
		'bath:towel-radiator',
		'Towel radiator',
		'bathroom',
		[50, 10, 120],
		'#e6e6e6',
		radiatorSymbol,
		['heated rail', 'towel rail'],
		20
	),
	piece(
		'bath:mirror-cabinet',
		'Mirror cabinet',
		'bathroom',
		[60, 15, 70],
		WHITE,
		wallMountedSymbol,
		['medicine cabinet'],
		120
	),
	piece(
		'bath:freestanding-bath',
		'Freestanding bath',
		'bathroom',
		[170, 80, 60],
		SANITARY,
		bathtubSymbol,
		['bathtub', 'roll top']
	),
	piece(
		'bath:small-basin',
		'Cloakroom basin',
		'bathroom',
		[45, 30, 85],
		SANITARY,
		washbasinSymbol,
		['hand basin', 'guest']
	),
	// Dining
	piece(
		'table:dining-round',
		'Round dining table',
		'dining',
		[110, 110, 75],
		WOOD,
		roundTableSymbol,
		['circular']
	),
	piece(
		'table:dining-8',
		'Dining table for 8',
		'dining',
		[240, 100, 75],
		WOOD,
		diningTableSymbol(4),
		['banquet', 'long table']
	),
	piece('bench:dining', 'Dining bench', 'dining', [160, 35, 45], WOOD, benchSymbol, [
		'pew',
		'seat'
	]),
	piece('stool:bar', 'Bar stool', 'dining', [40, 40, 75], DARK, stoolSymbol, [
		'counter stool',
		'high'
	]),
	piece('cabinet:display', 'Display cabinet', 'dining', [100, 40, 190], WOOD, bookshelfSymbol, [
		'vitrine',
		'china cabinet'
	]),
	piece('table:bar', 'Bar table', 'dining', [120, 60, 105], WOOD, tableFrameSymbol, [
		'high table',
		'poseur'
	]),
	piece('chair:carver', 'Carver chair', 'dining', [58, 55, 95], WOOD, chairSymbol, [
		'armchair',
		'seat'
	]),
	// Office
	piece('desk:corner', 'Corner desk', 'office', [160, 140, 75], WOOD, cornerDeskSymbol, [
		'l-shaped',
		'workstation'
	]),
	piece('desk:standing', 'Standing desk', 'office', [160, 80, 110], WHITE, tableFrameSymbol, [
		'sit-stand',
		'height adjustable'
	]),
	piece('cabinet:filing', 'Filing cabinet', 'office', [45, 60, 130], '#8d9399', drawersSymbol(1), [
		'drawers',
		'files'
	]),
	piece('shelf:office', 'Office shelving', 'office', [100, 40, 200], '#8d9399', bookshelfSymbol, [
		'racking',
		'bookcase'
	]),
	piece('chair:visitor', 'Visitor chair', 'office', [55, 55, 85], FABRIC, chairSymbol, [
		'guest',
		'seat'
	]),
	piece('table:meeting', 'Meeting table', 'office', [200, 100, 75], WHITE, diningTableSymbol(3), [
		'conference',
		'boardroom'
	]),
	piece('desk:compact', 'Compact desk', 'office', [100, 55, 75], WOOD, deskSymbol, [
		'writing',
		'small'
	]),
	// Outdoor
	piece('outdoor:garden-chair', 'Garden chair', 'outdoor', [60, 60, 85], GARDEN, chairSymbol, [
		'patio',
		'seat'
	]),
	piece('outdoor:bench', 'Garden bench', 'outdoor', [150, 60, 80], WOOD, benchSymbol, [
		'park bench',
		'seat'
	]),
	piece('outdoor:parasol', 'Parasol', 'outdoor', [300, 300, 250], '#e9e2cf', parasolSymbol, [
		'umbrella',
		'shade'
	]),
	piece('outdoor:barbecue', 'Barbecue', 'outdoor', [120, 60, 110], '#2b2d30', barbecueSymbol, [
		'grill',
		'bbq'
	]),
	piece('outdoor:planter', 'Planter box', 'outdoor', [100, 40, 45], '#7a6a58', plantSymbol, [
		'flower bed',
		'trough'
	]),
	piece('outdoor:hot-tub', 'Hot tub', 'outdoor', [200, 200, 90], '#6d5c4b', hotTubSymbol, [
		'spa',
		'jacuzzi'
	]),
	piece('outdoor:garden-sofa', 'Garden sofa', 'outdoor', [180, 80, 75], GARDEN, seatingSymbol(2), [
		'lounge',
		'rattan'
	]),
	piece('outdoor:tree', 'Tree', 'outdoor', [300, 300, 500], '#4f8a4b', treeSymbol, [
		'garden',
		'shade'
	]),
	piece('outdoor:sun-bed', 'Double sun bed', 'outdoor', [140, 200, 40], '#cfc7b8', loungerSymbol, [
		'daybed',
		'lounger'
	]),
	// Lighting
	piece('lamp:table', 'Table lamp', 'lighting', [30, 30, 50], SHADE, lampSymbol, ['bedside lamp']),
	piece(
		'lamp:ceiling',
		'Ceiling light',
		'lighting',
		[40, 40, 15],
		'#f4f4f0',
		lampSymbol,
		['flush mount', 'plafond'],
		235
	),
	piece('lamp:wall', 'Wall light', 'lighting', [20, 15, 25], SHADE, lampSymbol, ['sconce'], 170),
	piece('lamp:desk', 'Desk lamp', 'lighting', [20, 40, 45], DARK, lampSymbol, [
		'task light',
		'reading'
	]),
	piece(
		'lamp:chandelier',
		'Chandelier',
		'lighting',
		[70, 70, 60],
		BRASS,
		lampSymbol,
		['ceiling light', 'candelabra'],
		180
	),
	piece('lamp:arc', 'Arc floor lamp', 'lighting', [40, 170, 200], STEEL, lampSymbol, [
		'arching',
		'standard lamp'
	]),
	piece(
		'lamp:track',
		'Track spotlights',
		'lighting',
		[120, 10, 15],
		DARK,
		lampSymbol,
		['spots', 'rail'],
		235
	),
	// Anything else: what a Sweet Home 3D import becomes when no item matches (furniture-match.ts).
	piece('box:generic', 'Box', 'living', [60, 60, 60], '#c9c2b6', boxSymbol, [
		'generic',
		'block',
		'cube',
		'crate',
		'placeholder',
		'other'
	])
];
