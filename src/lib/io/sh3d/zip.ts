/**
 * Reading one entry out of a ZIP archive without trusting it: the central directory is parsed
 * by hand (sizes, offsets and counts bounds-checked), only the wanted entry is inflated, and
 * inflation stops as soon as the output passes the limit or the size the archive declared,
 * whichever is lower. A zip bomb therefore costs at most `maxBytes` of memory and the time to
 * inflate that much. The CRC-32 is checked so a truncated or damaged entry is reported.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {}

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	crc: number;
	localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
	(b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** What a file that is not a ZIP looks like, for the error message. */
export function sniffKind(bytes: Uint8Array): string | null {
	const starts = (...sig: number[]) => sig.every((v, i) => bytes[i] === v);
	if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
	if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
	if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
	if (starts(0x3c)) return 'a text or XML file';
	if (starts(0x7b)) return 'a JSON file';
	return null;
}

export function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 22 && u32(bytes, 0) === LOCAL;
}

/** The entries listed in the archive's central directory. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
	let e = bytes.length - 22;
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	while (e >= stop && u32(bytes, e) !== EOCD) e--;
	if (e < stop) throw new ZipError('the ZIP archive is truncated or damaged (no end of directory)');
	const count = u16(bytes, e + 10);
	const dirSize = u32(bytes, e + 12);
	let at = u32(bytes, e + 16);
	if (count === 0xffff || at === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
	if (count > MAX_ENTRIES)
		throw new ZipError(`the archive lists ${count} files; at most ${MAX_ENTRIES} are read`);
	if (at + dirSize > e)
		throw new ZipError('the ZIP archive is truncated or damaged (bad directory offset)');
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (at + 46 > e || u32(bytes, at) !== CENTRAL)
			throw new ZipError('the ZIP archive is truncated or damaged (bad directory entry)');
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const commentLength = u16(bytes, at + 32);
		entries.push({
			method: u16(bytes, at + 10),
			crc: u32(bytes, at + 16),
			compressedSize: u32(bytes, at + 20),
			size: u32(bytes, at + 24),
			localOffset: u32(bytes, at + 42),
			name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

let crcTable: Uint32Array | null = null;
function crc32(chunks: Uint8Array[]): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (const chunk of chunks)
		for (let i = 0; i < chunk.length; i++) crc = crcTable[(crc ^ chunk[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

/** The uncompressed bytes of one entry, refusing more than `maxBytes`. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
	if (entry.size > maxBytes)
		throw new ZipError(
			`${entry.name} would be ${mb(entry.size)} uncompressed, more than the ${mb(maxBytes)} allowed`
		);
	const at = entry.localOffset;
	if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
		throw new ZipError('the ZIP archive is truncated or damaged (bad local header)');
	const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
	const end = start + entry.compressedSize;
	if (end > bytes.length)
		throw new ZipError(`the ZIP archive is truncated (${entry.name} is cut short)`);
	const data = bytes.subarray(start, end);
	const chunks: Uint8Array[] = [];
	let total = 0;
	if (entry.method === 0) chunks.push(data);
	else if (entry.method === 8) {
		// The declared size may lie: stop at whichever limit comes first.
		const limit = Math.min(maxBytes, entry.size);
		let over = false;
		const inflate = new Inflate((chunk) => {
			total += chunk.length;
			if (total > limit) over = true;
			else chunks.push(chunk);
		});
		const STEP = 16 * 1024;
		try {
			for (let i = 0; i < data.length && !over; i += STEP)
				inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
		} catch {
			throw new ZipError(`${entry.name} is damaged (its compressed data cannot be read)`);
		}
		if (over)
			throw new ZipError(
				total > maxBytes
					? `${entry.name} inflates to more than the ${mb(maxBytes)} allowed (a ZIP bomb?)`
					: `${entry.name} inflates to more than the size its archive declares (damaged or forged)`
			);
	} else
		throw new ZipError(`${entry.name} uses an unsupported compression method (${entry.method})`);
	total = chunks.reduce((s, c) => s + c.length, 0);
	if (total !== entry.size)
		throw new ZipError(`${entry.name} is truncated (${total} of ${entry.size} bytes)`);
	if (crc32(chunks) !== entry.crc)
		throw new ZipError(`${entry.name} is damaged (checksum mismatch)`);
	const out = new Uint8Array(total);
	let o = 0;
	for (const c of chunks) {
		out.set(c, o);
		o += c.length;
	}
	return out;
}
