/**
 * Safe XML parsing for Home.xml: no DTD, so no entity declarations to expand (billion laughs)
 * and no external entities; entity processing is off in the parser and only the five
 * predefined entities and character references are decoded, by us, without recursion.
 * Size, element count and nesting are bounded before and during parsing.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export class XmlError extends Error {}

export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	text: string;
}

export interface XmlLimits {
	/** Characters of XML text (default 50 M). */
	maxLength?: number;
	/** Elements (default 500,000). */
	maxElements?: number;
	/** Nesting depth (default 64). */
	maxDepth?: number;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and numeric character references; leaves others as is. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return PREDEFINED[body] ?? whole;
	});
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: OrderedNode): XmlElement | null {
	const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
	if (!name) return null;
	const attrs: Record<string, string> = {};
	for (const [k, v] of Object.entries(node[':@'] ?? {})) attrs[k] = decodeEntities(String(v));
	const children: XmlElement[] = [];
	let text = '';
	for (const child of (node[name] as OrderedNode[]) ?? []) {
		if ('#text' in child) text += decodeEntities(String(child['#text']));
		else {
			const el = toElement(child);
			if (el) children.push(el);
		}
	}
	return { name, attrs, children, text };
}

export function parseXml(text: string, limits: XmlLimits = {}): XmlElement {
	const maxLength = limits.maxLength ?? 50_000_000;
	const maxElements = limits.maxElements ?? 500_000;
	const maxDepth = limits.maxDepth ?? 64;
	if (text.length > maxLength)
		throw new XmlError(`the XML is ${text.length} characters long; at most ${maxLength} are read`);
	if (/<!DOCTYPE|<!ENTITY/i.test(text))
		throw new XmlError('the XML declares a DOCTYPE or entities, which are refused for safety');
	let elements = 0;
	for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1))
		if (text.charCodeAt(i + 1) !== 47 && ++elements > maxElements)
			throw new XmlError(`the XML has more than ${maxElements} elements`);
	const valid = XMLValidator.validate(text);
	if (valid !== true)
		throw new XmlError(`the XML is not well-formed (line ${valid.err.line}: ${valid.err.msg})`);
	const parser = new XMLParser({
		preserveOrder: true,
		ignoreAttributes: false,
		attributeNamePrefix: '',
		processEntities: false,
		htmlEntities: false,
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: true,
		ignoreDeclaration: true,
		ignorePiTags: true,
		maxNestedTags: maxDepth
	});
	let nodes: OrderedNode[];
	try {
		nodes = parser.parse(text) as OrderedNode[];
	} catch (e) {
		throw new XmlError(`the XML cannot be read (${(e as Error).message})`);
	}
	const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== null);
	if (roots.length !== 1) throw new XmlError('the XML has no single root element');
	return roots[0];
}
