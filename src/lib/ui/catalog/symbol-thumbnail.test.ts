import { describe, expect, it } from 'vitest';
import { catalog, getItem, itemSymbolPaths } from '../../catalog';
import { symbolDataUrl, symbolSvg } from './symbol-thumbnail';

describe('symbol thumbnails', () => {
	it('draws every item with its outline path and a view box around its footprint', () => {
		for (const item of catalog) {
			const svg = symbolSvg(item);
			expect(svg).toContain(`d="${itemSymbolPaths(item).outline}"`);
			const [x, y, w, h] = svg
				.match(/viewBox="([^"]+)"/)![1]
				.split(' ')
				.map(Number);
			expect(x).toBeLessThan(0);
			expect(y).toBeLessThan(0);
			expect(x + w).toBeGreaterThan(item.width);
			expect(y + h).toBeGreaterThan(item.depth);
		}
	});

	it('makes distinct, decodable data URLs', () => {
		const a = symbolDataUrl(getItem('bed:double')!);
		const b = symbolDataUrl(getItem('bath:toilet')!);
		expect(a).not.toBe(b);
		expect(decodeURIComponent(a.replace('data:image/svg+xml,', ''))).toMatch(/^<svg .*<\/svg>$/);
	});
});
