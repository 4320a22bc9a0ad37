import fc from 'fast-check';
import { parseRoman, toRoman } from './roman';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [8, 'VIII'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [3999, 'MMMCMXCIX'],
  ])('%d → %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it.each([0, 4000, 1.5, -1])('rejects %d', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe('parseRoman', () => {
  it.each([
    ['XIV', 14],
    ['xiv', 14],
    [' VIII ', 8],
    ['14', 14],
    ['MMMCMXCIX', 3999],
  ])('%s → %d', (text, n) => {
    expect(parseRoman(text)).toBe(n);
  });

  it.each(['', 'IIII', 'VV', 'IL', 'XIIX', 'MMMM', 'ABC', 'X IV', '0', '4000', '1.5', 'khóa XIV'])('rejects %s', (text) => {
    expect(parseRoman(text)).toBeUndefined();
  });

  it('round-trips 1–3999 in both cases (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(parseRoman(toRoman(n))).toBe(n);
        expect(parseRoman(toRoman(n).toLowerCase())).toBe(n);
        expect(parseRoman(String(n))).toBe(n);
      }),
    );
  });
});
