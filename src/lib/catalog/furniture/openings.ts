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
	]),
	opening('door', 'door:front', 'Front door', [100, 100, 220, 0], singleDoorSymbol, [
		'entrance',
		'exterior'
	]),
	opening('door', 'door:narrow', 'Narrow door', [70, 70, 200, 0], singleDoorSymbol, [
		'cupboard',
		'utility'
	]),
	opening('door', 'door:pocket', 'Pocket door', [80, 12, 210, 0], slidingDoorSymbol, [
		'cavity',
		'sliding'
	]),
	opening('door', 'door:garage', 'Garage door', [240, 12, 210, 0], slidingDoorSymbol, [
		'up and over',
		'sectional'
	]),
	opening('window', 'window:small', 'Small window', [60, 12, 60, 150], windowSymbol, [
		'cloakroom',
		'vent'
	]),
	opening('window', 'window:double', 'Wide window', [180, 12, 140, 90], windowSymbol, [
		'double casement',
		'picture'
	]),
	opening('window', 'window:tall', 'Tall window', [80, 12, 200, 20], windowSymbol, [
		'floor to ceiling'
	]),
	opening('window', 'window:fixed', 'Fixed picture window', [200, 12, 160, 40], windowSymbol, [
		'panoramic',
		'fixed glazing'
	])
];
