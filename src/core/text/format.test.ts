import fc from 'fast-check';
import { formatDecimal, formatInteger, formatPercent, formatRatio, percentOf } from './format';

/** Reads back what the formatters write: "3.400,25" → 3400.25. */
function parseVietnamese(text: string): number {
  return Number(text.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));
}

/** m·10^-k rounded half away from zero to d decimals, as a plain decimal string (exact, BigInt). */
function roundedDecimal(m: bigint, k: number, d: number): string {
  const negative = m < 0n;
  let scaled = negative ? -m : m;
  if (k <= d) scaled *= 10n ** BigInt(d - k);
  else {
    const divisor = 10n ** BigInt(k - d);
    const remainder = scaled % divisor;
    scaled = scaled / divisor + (2n * remainder >= divisor ? 1n : 0n);
  }
  const digits = scaled.toString().padStart(d + 1, '0');
  const text = d === 0 ? digits : `${digits.slice(0, digits.length - d)}.${digits.slice(digits.length - d)}`;
  return (negative && scaled !== 0n ? '-' : '') + text;
}

const shape = /^-?\d{1,3}(?:\.\d{3})*(?:,\d*[1-9])?$/;

describe('formatInteger', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [7, '7'],
    [3400, '3.400'],
    [100_000, '100.000'],
    [-1_234_567, '-1.234.567'],
    [2.5, '3'],
    [-2.5, '-3'],
    [0.4, '0'],
    [1e21, '1.000.000.000.000.000.000.000'],
  ])('%d → %s', (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (n) => {
    expect(() => formatInteger(n)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it.each([
    [77.5, 2, '77,5'],
    [3400.25, 2, '3.400,25'],
    [2, 2, '2'],
    [2.999, 2, '3'],
    [1.005, 2, '1,01'],
    [-1.005, 2, '-1,01'],
    [0.001, 2, '0'],
    [-0.001, 2, '0'],
    [1e-7, 8, '0,0000001'],
    [123.456, 3, '123,456'],
    [999.995, 2, '1.000'],
    [0.1 + 0.2, 2, '0,3'],
  ])('%d with %d decimals → %s', (n, decimals, text) => {
    expect(formatDecimal(n, decimals)).toBe(text);
  });

  it('rounds half away from zero and reads back as the rounded value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), (m, k, d) => {
        const n = Number(m) / 10 ** k;
        const text = formatDecimal(n, d);
        expect(text).toMatch(shape);
        expect(parseVietnamese(text)).toBe(Number(roundedDecimal(m, k, d)));
      }),
    );
  });
});

describe('formatPercent and percentOf', () => {
  it.each([
    [0.7777, '77,77%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.2, '20%'],
    [0.125, '12,5%'],
    [2 / 3, '66,67%'],
    [0.001234, '0,12%'],
  ])('%d → %s', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });

  it('rounds on the printed digits, not the binary product', () => {
    expect(formatPercent(0.145, 0)).toBe('15%');
    expect(formatPercent(0.00005, 2)).toBe('0,01%');
  });

  it('reads back as the rounded percentage (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 3 }), (m, k, d) => {
        const text = formatPercent(Number(m) / 10 ** k, d);
        expect(text.endsWith('%') && !text.endsWith(' %')).toBe(true);
        expect(parseVietnamese(text)).toBe(Number(roundedDecimal(m, k - 2, d)));
      }),
    );
  });

  it.each([
    [662, 686, '96,5%'],
    [16, 16, '100%'],
    [1, 3, '33,33%'],
    [2, 3, '66,67%'],
    [1, 8, '12,5%'],
    [0, 5, '0%'],
    [3, 0, '0%'],
  ])('percentOf(%d, %d) → %s', (part, whole, text) => {
    expect(percentOf(part, whole)).toBe(text);
  });

  it('percentOf agrees with the exact quotient within the last decimal (property)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (part, whole) => {
        const shown = parseVietnamese(percentOf(part, whole));
        expect(Math.abs(shown - (part * 100) / whole)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('formatRatio', () => {
  it.each([
    [662, 686, '662/686'],
    [16, 16, '16/16'],
    [3400, 3500, '3.400/3.500'],
  ])('%d, %d → %s', (a, b, text) => {
    expect(formatRatio(a, b)).toBe(text);
  });
});
