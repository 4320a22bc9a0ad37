// ZIP container (APPNOTE 6.3.x subset: stored/deflated entries, no ZIP64, no encryption), written by hand
// so pre-deflated parts are copied as they are; read with caps against zip bombs.
import { Inflate, deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export const defaultDeflateLevel: DeflateLevel = 6;

/** An entry ready to be written: its bytes already compressed (method 8) or stored (method 0). */
export interface ZipEntryData {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** Uncompressed size. */
  readonly size: number;
  /** The bytes as stored in the archive (deflated when method is 8). */
  readonly compressed: Uint8Array;
  /** Bit 11 (UTF-8 names) and nothing else. */
  readonly flags: number;
}

const encoder = new TextEncoder();

function nameEntry(name: string): { nameBytes: Uint8Array; flags: number } {
  const nameBytes = encoder.encode(name);
  // eslint-disable-next-line no-control-regex -- ASCII test
  return { nameBytes, flags: /^[\x00-\x7f]*$/.test(name) ? 0 : 0x800 };
}

/** Compresses `data` once (level 6 by default, level 0 stores it); the result can be written many times. */
export function deflateEntry(name: string, data: Uint8Array, level: DeflateLevel = defaultDeflateLevel): ZipEntryData {
  const crc = crc32(data);
  if (level === 0) return { name, ...nameEntry(name), method: 0, crc, size: data.length, compressed: data };
  return { name, ...nameEntry(name), method: 8, crc, size: data.length, compressed: deflateSync(data, { level }) };
}

/** An entry whose raw-deflate bytes, CRC-32 and uncompressed size are already known. */
export function predeflatedEntry(name: string, deflated: Uint8Array, crc: number, size: number): ZipEntryData {
  return { name, ...nameEntry(name), method: 8, crc: crc >>> 0, size, compressed: deflated };
}

export interface ZipWriteOptions {
  /** Modification time written for every entry; 1980-01-01 00:00 by default (reproducible output). */
  readonly modified?: Date;
}

export interface DosTime {
  readonly time: number;
  readonly date: number;
}

export function dosTime(d: Date | undefined): DosTime {
  if (!d || d.getFullYear() < 1980) return { time: 0, date: 0x21 };
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export const localHeaderSize = 30;
export const centralRecordSize = 46;
export const endRecordSize = 22;
const maxEntries = 0xffff;
const madeByUnix = (3 << 8) | 20;
const regularFileMode = (0o100644 << 16) >>> 0;
const maxOffset = 0xffffffff;

export function writeLocalHeader(buf: Uint8Array, pos: number, e: ZipEntryData, t: DosTime): number {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  v.setUint32(pos, 0x04034b50, true);
  v.setUint16(pos + 4, 20, true);
  v.setUint16(pos + 6, e.flags, true);
  v.setUint16(pos + 8, e.method, true);
  v.setUint16(pos + 10, t.time, true);
  v.setUint16(pos + 12, t.date, true);
  v.setUint32(pos + 14, e.crc, true);
  v.setUint32(pos + 18, e.compressed.length, true);
  v.setUint32(pos + 22, e.size, true);
  v.setUint16(pos + 26, e.nameBytes.length, true);
  v.setUint16(pos + 28, 0, true);
  buf.set(e.nameBytes, pos + localHeaderSize);
  return pos + localHeaderSize + e.nameBytes.length;
}

type CentralFields = Pick<ZipEntryData, 'nameBytes' | 'flags' | 'method' | 'crc' | 'size'>;

export function writeCentralRecord(buf: Uint8Array, pos: number, e: CentralFields, compressedSize: number, t: DosTime, offset: number): number {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  v.setUint32(pos, 0x02014b50, true);
  // Made by Unix (3), spec 2.0: Info-ZIP's unzip then takes names as they are (UTF-8, flag 0x800); "made
  // by MS-DOS" makes it read them as code page 437 and print Vietnamese names garbled.
  v.setUint16(pos + 4, madeByUnix, true);
  v.setUint16(pos + 6, 20, true);
  v.setUint16(pos + 8, e.flags, true);
  v.setUint16(pos + 10, e.method, true);
  v.setUint16(pos + 12, t.time, true);
  v.setUint16(pos + 14, t.date, true);
  v.setUint32(pos + 16, e.crc, true);
  v.setUint32(pos + 20, compressedSize, true);
  v.setUint32(pos + 24, e.size, true);
  v.setUint16(pos + 28, e.nameBytes.length, true);
  v.setUint32(pos + 30, 0, true); // extra and comment lengths
  v.setUint32(pos + 34, 0, true); // disk number and internal attributes
  v.setUint32(pos + 38, regularFileMode, true); // external attributes: a regular file, rw-r--r--
  v.setUint32(pos + 42, offset, true);
  buf.set(e.nameBytes, pos + centralRecordSize);
  return pos + centralRecordSize + e.nameBytes.length;
}

export function writeEndRecord(buf: Uint8Array, pos: number, count: number, centralSize: number, centralOffset: number): number {
  if (count > maxEntries || centralOffset + centralSize > maxOffset) throw new RangeError('ZIP too large without ZIP64: split the archive');
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  v.setUint32(pos, 0x06054b50, true);
  v.setUint32(pos + 4, 0, true);
  v.setUint16(pos + 8, count, true);
  v.setUint16(pos + 10, count, true);
  v.setUint32(pos + 12, centralSize, true);
  v.setUint32(pos + 16, centralOffset, true);
  v.setUint16(pos + 20, 0, true);
  return pos + endRecordSize;
}

/**
 * Streams entries into one archive: `add` returns the bytes to append (local header and data),
 * `finish` the central directory. Only offsets and names are kept per entry.
 */
export class ZipWriter {
  private readonly time: DosTime;
  private readonly written: { entry: CentralFields; compressedSize: number; offset: number }[] = [];
  private position = 0;

  constructor(options: ZipWriteOptions = {}) {
    this.time = dosTime(options.modified);
  }

  get bytesWritten(): number {
    return this.position;
  }

  add(entry: ZipEntryData): readonly [Uint8Array, Uint8Array] {
    if (this.written.length >= maxEntries || this.position > maxOffset) throw new RangeError('ZIP too large without ZIP64: split the archive');
    const header = new Uint8Array(localHeaderSize + entry.nameBytes.length);
    writeLocalHeader(header, 0, entry, this.time);
    const { nameBytes, flags, method, crc, size } = entry;
    this.written.push({ entry: { nameBytes, flags, method, crc, size }, compressedSize: entry.compressed.length, offset: this.position });
    this.position += header.length + entry.compressed.length;
    return [header, entry.compressed];
  }

  finish(): Uint8Array {
    let size = 0;
    for (const w of this.written) size += centralRecordSize + w.entry.nameBytes.length;
    const out = new Uint8Array(size + endRecordSize);
    let pos = 0;
    for (const w of this.written) pos = writeCentralRecord(out, pos, w.entry, w.compressedSize, this.time, w.offset);
    writeEndRecord(out, pos, this.written.length, size, this.position);
    return out;
  }
}

/** Writes a whole archive in one allocation. */
export function writeZip(entries: readonly ZipEntryData[], options: ZipWriteOptions = {}): Uint8Array {
  const t = dosTime(options.modified);
  let local = 0;
  let central = 0;
  for (const e of entries) {
    local += localHeaderSize + e.nameBytes.length + e.compressed.length;
    central += centralRecordSize + e.nameBytes.length;
  }
  const out = new Uint8Array(local + central + endRecordSize);
  let pos = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(pos);
    pos = writeLocalHeader(out, pos, e, t);
    out.set(e.compressed, pos);
    pos += e.compressed.length;
  }
  entries.forEach((e, i) => {
    pos = writeCentralRecord(out, pos, e, e.compressed.length, t, offsets[i] ?? 0);
  });
  writeEndRecord(out, pos, entries.length, central, local);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ZipReadLimits {
  /** Cap on the sum of uncompressed sizes (default 100 MB). */
  readonly maxTotalSize?: number;
  /** Cap on the number of entries (default 2,000). */
  readonly maxEntries?: number;
}

export const defaultZipLimits = { maxTotalSize: 100 * 1024 * 1024, maxEntries: 2000 } as const;

export const zipProblemCodes = ['not-zip', 'too-large', 'too-many-entries', 'corrupt-entry', 'unsupported-entry'] as const;
export type ZipProblemCode = (typeof zipProblemCodes)[number];

export interface ZipProblem {
  readonly code: ZipProblemCode;
  /** The entry concerned, when there is one. */
  readonly entry?: string;
  /** Technical detail, English. */
  readonly detail: string;
}

/** An entry as listed by the central directory; `raw` is its stored bytes (not yet inflated). */
export interface ZipEntryRecord extends ZipEntryData {
  readonly raw: Uint8Array;
}

export type ZipReadResult =
  | { readonly ok: true; readonly entries: readonly ZipEntryRecord[] }
  | { readonly ok: false; readonly problem: ZipProblem };

const decoder = new TextDecoder();

/** Lists the entries of an archive, refusing more entries or declared bytes than the limits allow. */
export function readZip(bytes: Uint8Array, limits: ZipReadLimits = {}): ZipReadResult {
  const maxTotal = limits.maxTotalSize ?? defaultZipLimits.maxTotalSize;
  const maxCount = limits.maxEntries ?? defaultZipLimits.maxEntries;
  const fail = (code: ZipProblemCode, detail: string, entry?: string): ZipReadResult => ({
    ok: false,
    problem: entry === undefined ? { code, detail } : { code, detail, entry },
  });
  const n = bytes.length;
  if (n < endRecordSize || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('not-zip', 'no ZIP signature');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = n - endRecordSize, stop = Math.max(0, n - endRecordSize - 0xffff); i >= stop; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail('not-zip', 'no end of central directory record');
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return fail('unsupported-entry', 'ZIP64 archives are not supported');
  if (count > maxCount) return fail('too-many-entries', `${count} entries (limit ${maxCount})`);
  if (cdOffset + cdSize > eocd) return fail('not-zip', 'central directory out of bounds');
  const entries: ZipEntryRecord[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + centralRecordSize > eocd || v.getUint32(p, true) !== 0x02014b50) return fail('not-zip', 'bad central directory record');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const crc = v.getUint32(p + 16, true);
    const csize = v.getUint32(p + 20, true);
    const size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const offset = v.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + centralRecordSize, p + centralRecordSize + nameLen);
    const name = decoder.decode(nameBytes);
    p += centralRecordSize + nameLen + extraLen + commentLen;
    if (flags & 1) return fail('unsupported-entry', 'encrypted entry', name);
    if (method !== 0 && method !== 8) return fail('unsupported-entry', `compression method ${method}`, name);
    if (size === 0xffffffff || csize === 0xffffffff) return fail('unsupported-entry', 'ZIP64 entry', name);
    if (seen.has(name)) return fail('corrupt-entry', 'duplicate entry name', name);
    seen.add(name);
    total += size;
    if (total > maxTotal) return fail('too-large', `more than ${maxTotal} bytes uncompressed`, name);
    if (offset + localHeaderSize > n || v.getUint32(offset, true) !== 0x04034b50) return fail('corrupt-entry', 'bad local header', name);
    const start = offset + localHeaderSize + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
    if (start + csize > n) return fail('corrupt-entry', 'entry data out of bounds', name);
    if (method === 0 && csize !== size) return fail('corrupt-entry', 'stored entry size mismatch', name);
    // the central directory is authoritative; names are re-encoded so the UTF-8 flag stays right
    const raw = bytes.subarray(start, start + csize);
    entries.push({ name, ...nameEntry(name), method, crc, size, compressed: raw, raw });
  }
  return { ok: true, entries };
}

const chunkSize = 1 << 16;

function inflateBounded(raw: Uint8Array, size: number): Uint8Array | undefined {
  // A small input cannot expand past ~1032× (DEFLATE's ceiling); a large one is fed in chunks and stopped early.
  if (raw.length <= chunkSize) {
    const out = inflateSync(raw, { out: new Uint8Array(size + 1) });
    return out.length === size ? out : undefined;
  }
  const out = new Uint8Array(size);
  let filled = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) over = true;
    else out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let i = 0; i < raw.length && !over; i += chunkSize) {
    inflater.push(raw.subarray(i, i + chunkSize), i + chunkSize >= raw.length);
  }
  return over || filled !== size ? undefined : out;
}

export type ZipInflateResult = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly problem: ZipProblem };

/** Inflates one entry to exactly its declared size and checks its CRC-32. */
export function inflateEntry(entry: ZipEntryRecord): ZipInflateResult {
  const bad = (detail: string): ZipInflateResult => ({ ok: false, problem: { code: 'corrupt-entry', entry: entry.name, detail } });
  let data: Uint8Array | undefined;
  if (entry.method === 0) data = entry.raw;
  else {
    try {
      data = inflateBounded(entry.raw, entry.size);
    } catch (error) {
      return bad(error instanceof Error ? error.message : 'invalid deflate data');
    }
  }
  if (!data) return bad('uncompressed size differs from the declared size');
  if (crc32(data) !== entry.crc) return bad('CRC-32 mismatch');
  return { ok: true, data };
}

export type UnzipResult = { readonly ok: true; readonly files: ReadonlyMap<string, Uint8Array> } | { readonly ok: false; readonly problem: ZipProblem };

/** Reads and inflates every entry, within the limits. */
export function unzip(bytes: Uint8Array, limits: ZipReadLimits = {}): UnzipResult {
  const listed = readZip(bytes, limits);
  if (!listed.ok) return listed;
  const files = new Map<string, Uint8Array>();
  for (const entry of listed.entries) {
    const r = inflateEntry(entry);
    if (!r.ok) return r;
    files.set(entry.name, r.data);
  }
  return { ok: true, files };
}
