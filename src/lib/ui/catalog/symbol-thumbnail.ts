/**
 * The plan symbol of a catalog item as a small SVG data URL: the thumbnail of the 2D (SVG)
 * tier, and the footprint drawing of an uploaded model. Pure string work, no DOM.
 */
import { itemSymbolPaths, type CatalogItem } from '../../catalog';

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** SVG markup of a symbol drawn into a square of `size` px with a margin. */
export function symbolSvg(item: CatalogItem, size = 96): string {
	const paths = itemSymbolPaths(item);
	const pad = Math.max(item.width, item.depth) * 0.08;
	const view = `${-pad} ${-pad} ${item.width + 2 * pad} ${item.depth + 2 * pad}`;
	const stroke = Math.max(item.width, item.depth) / 60;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${view}">` +
		`<title>${esc(item.name)}</title>` +
		`<path d="${paths.outline}" fill="${item.color}" fill-opacity="0.35" stroke="#2b2d30" stroke-width="${stroke * 1.5}"/>` +
		`<path d="${paths.detail}" fill="none" stroke="#2b2d30" stroke-width="${stroke}"/>` +
		`<path d="${paths.hidden}" fill="none" stroke="#2b2d30" stroke-width="${stroke}" stroke-dasharray="${stroke * 4} ${stroke * 3}"/>` +
		`</svg>`
	);
}

/** The symbol as a `data:image/svg+xml` URL for an `<img>`. */
export function symbolDataUrl(item: CatalogItem, size = 96): string {
	return `data:image/svg+xml,${encodeURIComponent(symbolSvg(item, size))}`;
}
