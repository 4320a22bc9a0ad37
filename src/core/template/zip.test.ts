import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from './crc32';
import { ZipWriter, deflateEntry, inflateEntry, predeflatedEntry, readZip, unzip, writeZip } from './zip';

const enc = new TextEncoder();

describe('crc32', () => {
  test('matches the standard check value', () => {
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
  test('can be computed in pieces', () => {
    const data = enc.encode('Đảng bộ xã An Bình — nghị quyết số 12');
    expect(crc32(data.subarray(7), crc32(data.subarray(0, 7)))).toBe(crc32(data));
  });
});

describe('zip writer', () => {
  const entries = [
    deflateEntry('[Content_Types].xml', enc.encode('<Types/>'.repeat(50))),
    deflateEntry('stored.bin', new Uint8Array([1, 2, 3]), 0),
    deflateEntry('Nghị quyết — Chi bộ Đông.docx', enc.encode('x'.repeat(1000))),
  ];

  test('writes an archive that fflate reads back, UTF-8 names included', () => {
    const files = unzipSync(writeZip(entries));
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'stored.bin', 'Nghị quyết — Chi bộ Đông.docx']);
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).toBe('<Types/>'.repeat(50));
    expect([...(files['stored.bin'] as Uint8Array)]).toEqual([1, 2, 3]);
    expect(entries[2]?.flags).toBe(0x800);
    expect(entries[0]?.flags).toBe(0);
  });

  test('central records say "made by Unix" with a regular file mode, so unzip takes the UTF-8 names as they are', () => {
    const zip = writeZip(entries);
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directory = v.getUint32(zip.length - 22 + 16, true);
    for (let p = directory, i = 0; i < entries.length; i++) {
      expect(v.getUint32(p, true)).toBe(0x02014b50);
      expect(v.getUint16(p + 4, true) >> 8).toBe(3);
      expect(v.getUint32(p + 38, true) >>> 16).toBe(0o100644);
      p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    }
  });

  test('streaming writer produces the same bytes as the one-shot writer', () => {
    const w = new ZipWriter();
    const chunks: Uint8Array[] = [];
    for (const e of entries) chunks.push(...w.add(e));
    chunks.push(w.finish());
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let pos = 0;
    for (const c of chunks) {
      out.set(c, pos);
      pos += c.length;
    }
    expect(out).toEqual(writeZip(entries));
    expect(w.bytesWritten).toBe(total - w.finish().length);
  });

  test('pre-deflated entries are copied as they are', () => {
    const once = deflateEntry('a.xml', enc.encode('<a>hello</a>'));
    const again = predeflatedEntry('a.xml', once.compressed, once.crc, once.size);
    const files = unzipSync(writeZip([again]));
    expect(strFromU8(files['a.xml'] as Uint8Array)).toBe('<a>hello</a>');
  });

  test('modification time is written when given', () => {
    const bytes = writeZip(entries.slice(0, 1), { modified: new Date(2025, 2, 15, 10, 30, 0) });
    const v = new DataView(bytes.buffer);
    expect(v.getUint16(12, true)).toBe(((2025 - 1980) << 9) | (3 << 5) | 15);
    expect(v.getUint16(10, true)).toBe((10 << 11) | (30 << 5));
  });
});

describe('zip reader', () => {
  const archive = zipSync({ 'a.txt': strToU8('alpha'), 'dir/b.xml': strToU8('<b/>'.repeat(100)) }, { level: 6 });

  test('lists and inflates entries with their CRC checked', () => {
    const r = unzip(archive);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(strFromU8(r.files.get('dir/b.xml') as Uint8Array)).toBe('<b/>'.repeat(100));
    expect(strFromU8(r.files.get('a.txt') as Uint8Array)).toBe('alpha');
  });

  test('not a zip', () => {
    expect(readZip(enc.encode('PK but not really a zip archive at all'))).toMatchObject({ ok: false, problem: { code: 'not-zip' } });
    expect(readZip(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toMatchObject({ ok: false, problem: { code: 'not-zip' } });
    expect(readZip(new Uint8Array(0))).toMatchObject({ ok: false, problem: { code: 'not-zip' } });
  });

  test('zip bomb: declared total over the cap is refused before inflating', () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(readZip(bomb, { maxTotalSize: 1_000_000 })).toMatchObject({ ok: false, problem: { code: 'too-large', entry: 'zeros.bin' } });
  });

  test('zip bomb: an entry that inflates past its declared size is refused', () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(3_000_000) }, { level: 9 });
    const listed = readZip(bomb);
    if (!listed.ok) throw new Error('listing failed');
    const entry = listed.entries[0];
    if (!entry) throw new Error('no entry');
    const lying = { ...entry, size: 1000 };
    expect(inflateEntry(lying)).toMatchObject({ ok: false, problem: { code: 'corrupt-entry' } });
    // the same through the chunked path (compressed data over 64 KiB)
    const noise = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
    const big = readZip(zipSync({ 'noise.bin': noise }, { level: 1 }));
    if (!big.ok) throw new Error('listing failed');
    const bigEntry = big.entries[0];
    if (!bigEntry) throw new Error('no entry');
    expect(inflateEntry({ ...bigEntry, size: 100_000 })).toMatchObject({ ok: false, problem: { code: 'corrupt-entry' } });
    expect(inflateEntry(bigEntry)).toMatchObject({ ok: true });
  });

  test('too many entries', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`f${i}`] = strToU8('x');
    expect(readZip(zipSync(many), { maxEntries: 20 })).toMatchObject({ ok: false, problem: { code: 'too-many-entries' } });
  });

  test('CRC mismatch is a corrupt entry', () => {
    const listed = readZip(archive);
    if (!listed.ok) throw new Error('listing failed');
    const entry = listed.entries.find((e) => e.name === 'a.txt');
    if (!entry) throw new Error('no entry');
    expect(inflateEntry({ ...entry, crc: entry.crc ^ 1 })).toMatchObject({ ok: false, problem: { code: 'corrupt-entry', detail: 'CRC-32 mismatch' } });
  });

  test('garbage deflate data is a corrupt entry, not a crash', () => {
    const listed = readZip(archive);
    if (!listed.ok) throw new Error('listing failed');
    const entry = listed.entries.find((e) => e.name === 'dir/b.xml');
    if (!entry) throw new Error('no entry');
    const raw = entry.raw.slice();
    raw.fill(0xff, 0, 8);
    expect(inflateEntry({ ...entry, raw })).toMatchObject({ ok: false, problem: { code: 'corrupt-entry' } });
  });
});
