import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { deflateRaw } from './deflate';

const enc = new TextEncoder();

function roundTrip(data: Uint8Array): Uint8Array {
  return inflateSync(deflateRaw(data));
}

describe('raw DEFLATE', () => {
  test('edge sizes round-trip', () => {
    for (const size of [0, 1, 2, 3, 4, 257, 258, 259, 65535, 65536, 70000]) {
      const data = new Uint8Array(size).map((_, i) => (i * 31) % 7);
      expect(roundTrip(data)).toEqual(data);
    }
  });

  test('rendered-document-like XML compresses like level 6 and round-trips', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Nguyễn Văn ${i} — ${i * 7919}</w:t></w:r></w:p></w:tc></w:tr>`).join('');
    const data = enc.encode(`<w:document><w:body><w:tbl>${rows}</w:tbl></w:body></w:document>`);
    const out = deflateRaw(data);
    expect(inflateSync(out)).toEqual(data);
    expect(out.length).toBeLessThan(deflateSync(data, { level: 6 }).length * 1.6);
  });

  test('incompressible data falls back to stored blocks', () => {
    let x = 12345;
    const data = new Uint8Array(200_000).map(() => ((x = Math.imul(x, 1103515245) + 12345), x >>> 24));
    const out = deflateRaw(data);
    expect(inflateSync(out)).toEqual(data);
    expect(out.length).toBeLessThan(data.length + 5 * 20);
  });

  test('long runs and skewed frequencies (length-limited codes) round-trip', () => {
    const parts: number[] = [];
    // Fibonacci-like frequencies force Huffman depths past 15 bits before limiting
    let a = 1;
    let b = 1;
    for (let s = 0; s < 30; s++) {
      for (let k = 0; k < Math.min(a, 20000); k++) parts.push(s * 8);
      [a, b] = [b, a + b];
    }
    for (let k = 0; k < 100_000; k++) parts.push(k % 3 === 0 ? 0 : 255);
    const data = Uint8Array.from(parts);
    expect(roundTrip(data)).toEqual(data);
  });

  test('property: any bytes round-trip', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 5000 }),
          fc.array(fc.constantFrom('<w:p>', '</w:p>', '<w:t>', 'Đảng', 'a', ' ', '\n', '{{x}}'), { maxLength: 3000 }).map((a) => enc.encode(a.join(''))),
          fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3000 })).map(([u, k]) => {
            const out = new Uint8Array(u.length * k);
            for (let i = 0; i < k; i++) out.set(u, i * u.length);
            return out;
          }),
        ),
        (data) => {
          expect(roundTrip(data)).toEqual(data);
        },
      ),
      { numRuns: 200 },
    );
  });
});
