import fc from 'fast-check';
import { numberToWords, ordinalWords } from './number-words';

describe('numberToWords', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [686, 'sáu trăm tám mươi sáu'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [3400, 'ba nghìn bốn trăm'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [100_000, 'một trăm nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [999_999_999, 'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%d → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it.each([-1, 1.5, 1_000_000_000, Number.NaN])('rejects %d', (n) => {
    expect(() => numberToWords(n)).toThrow(RangeError);
  });

  it('is injective on 0–10 000 and uses only Vietnamese letters and single spaces', () => {
    const seen = new Map<string, number>();
    for (let n = 0; n <= 10_000; n++) {
      const words = numberToWords(n);
      expect(words).toMatch(/^[a-zàáảãạăâđèéêìíòóôơùúưỳýảấầẩẫậắằẳẵặẻẽẹếềểễệỉĩịỏõọốồổỗộớờởỡợủũụứừửữựỷỹỵ]+(?: [a-zàáảãạăâđèéêìíòóôơùúưỳýảấầẩẫậắằẳẵặẻẽẹếềểễệỉĩịỏõọốồổỗộớờởỡợủũụứừửữựỷỹỵ]+)*$/);
      expect(seen.get(words)).toBeUndefined();
      seen.set(words, n);
    }
  });

  it('is injective on random pairs up to 999 999 999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 999_999_999 }), (a, b) => {
        fc.pre(a !== b);
        expect(numberToWords(a)).not.toBe(numberToWords(b));
      }),
    );
  });

  it('reads a thousands group like the number itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(numberToWords(n * 1000)).toBe(`${numberToWords(n)} nghìn`);
        expect(numberToWords(n * 1_000_000)).toBe(`${numberToWords(n)} triệu`);
      }),
    );
  });
});

describe('ordinalWords', () => {
  it.each([
    [1, 'nhất'],
    [2, 'hai'],
    [3, 'ba'],
    [4, 'tư'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [105, 'một trăm linh năm'],
  ])('lần thứ %d → lần thứ %s', (n, words) => {
    expect(`lần thứ ${ordinalWords(n)}`).toBe(`lần thứ ${words}`);
  });

  it.each([0, -3, 2.5])('rejects %d', (n) => {
    expect(() => ordinalWords(n)).toThrow(RangeError);
  });
});
