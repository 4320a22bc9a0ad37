// The .xlsx container, read through its central directory (APPNOTE.TXT 4.3.16) so that entry order and
// data descriptors never matter; entries are inflated in chunks with fflate (browser and Node).
import { Inflate, inflateSync } from 'fflate';

export class ZipFormatError extends Error {}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    const stop = Math.max(0, bytes.length - 22 - 65_535);
    while (end >= stop && view.getUint32(end, true) !== endOfCentralDirectory) end -= 1;
    if (end < stop || end < 0) throw new ZipFormatError('no end of central directory');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== centralDirectoryHeader) throw new ZipFormatError('bad central directory');
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      const name = ((flags & 0x800) !== 0 ? utf8 : latin1).decode(rawName).replace(/\\/g, '/').replace(/^\//, '');
      this.entries.set(name.toLowerCase(), {
        name,
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
        encrypted: (flags & 1) !== 0,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Part names are case-insensitive in OPC (ECMA-376 Part 2, 9.1.1.1). */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, '').toLowerCase());
  }

  private raw(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (entry.encrypted) throw new ZipFormatError(`encrypted entry ${entry.name}`);
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== localFileHeader) throw new ZipFormatError(`bad local header ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`truncated entry ${entry.name}`);
    return this.bytes.subarray(start, end);
  }

  /** A whole (small) part as text. */
  text(name: string): string | undefined {
    const entry = this.entry(name);
    if (entry === undefined) return undefined;
    const raw = this.raw(entry);
    if (entry.method === 0) return utf8.decode(raw);
    if (entry.method !== 8) throw new ZipFormatError(`compression ${entry.method}`);
    return utf8.decode(inflateSync(raw));
  }

  /**
   * A (large) part as text chunks. Inflates with the platform's DecompressionStream (native zlib in Node
   * 18+ and current browsers, ~4× fflate) when there is one, else with fflate, `chunkSize` bytes at a time.
   */
  async *textChunks(name: string, chunkSize = 256 * 1024): AsyncGenerator<string> {
    const entry = this.entry(name);
    if (entry === undefined) return;
    const raw = this.raw(entry);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`compression ${entry.method}`);
    const decoder = new TextDecoder('utf-8', { fatal: false });
    if (entry.method === 8 && typeof DecompressionStream === 'function') {
      const reader = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield decoder.decode(value, { stream: true });
      }
      yield decoder.decode();
      return;
    }
    if (entry.method === 0) {
      for (let i = 0; i < raw.length; i += chunkSize) yield decoder.decode(raw.subarray(i, i + chunkSize), { stream: true });
      yield decoder.decode();
      return;
    }
    const pending: string[] = [];
    const inflate = new Inflate((data) => pending.push(decoder.decode(data, { stream: true })));
    for (let i = 0; i < raw.length; i += chunkSize) {
      inflate.push(raw.subarray(i, i + chunkSize), i + chunkSize >= raw.length);
      yield* pending.splice(0);
    }
    if (raw.length === 0) inflate.push(new Uint8Array(0), true);
    pending.push(decoder.decode());
    yield* pending.splice(0);
  }
}
