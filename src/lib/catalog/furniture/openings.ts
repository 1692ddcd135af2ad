/** Doors and windows of the catalog: default width, height and sill (cm). */
import {
	doubleDoorSymbol,
	frenchWindowSymbol,
	singleDoorSymbol,
	slidingDoorSymbol,
	windowSymbol
} from './symbols/openings';
import type { OpeningItem, SymbolFn } from './types';

function opening(
	kind: 'door' | 'window',
	id: string,
	name: string,
	[width, depth, height, sill]: [number, number, number, number],
	symbol: SymbolFn,
	keywords: string[]
): OpeningItem {
	return {
		kind,
		id,
		name,
		category: kind === 'door' ? 'doors' : 'windows',
		width,
		depth,
		height,
		elevation: sill,
		sill,
		color: kind === 'door' ? '#c8a878' : '#e9eef2',
		symbol,
		keywords
	};
}

export const openingItems: OpeningItem[] = [
	opening('door', 'door:single', 'Single door', [90, 90, 210, 0], singleDoorSymbol, [
		'hinged',
		'interior'
	]),
	opening('door', 'door:double', 'Double door', [140, 70, 210, 0], doubleDoorSymbol, [
		'hinged',
		'pair'
	]),
	opening('door', 'door:sliding', 'Sliding door', [180, 12, 210, 0], slidingDoorSymbol, [
		'patio',
		'glass'
	]),
	opening('window', 'window:standard', 'Window', [120, 12, 120, 90], windowSymbol, [
		'casement',
		'glazing'
	]),
	opening('window', 'window:french', 'French window', [140, 70, 215, 0], frenchWindowSymbol, [
		'french door',
		'balcony'
	])
];
