import fc from 'fast-check';
import { compareNames, compareVietnamese, nameSortKey, vietnameseSortKey, type NamedPerson } from './collation';
import { capitalize, syllableArbitrary } from './vietnamese-test-text';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Reference: word by word, letters by alphabet rank, then tones (ngang, huyền, hỏi, ngã, sắc, nặng), then word count.
const referenceAlphabet = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const referenceTones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

function referenceLetter(letter: string): [number, number] {
  const parts = [...letter.toLowerCase().normalize('NFD')];
  const toneIndex = parts.findIndex((p, i) => i > 0 && referenceTones.includes(p));
  const tone = toneIndex < 0 ? 0 : referenceTones.indexOf(parts[toneIndex] ?? '');
  const shape = parts.filter((_, i) => i !== toneIndex).join('').normalize('NFC');
  return [referenceAlphabet.indexOf(shape), tone];
}

function referenceCompare(a: string, b: string): number {
  const wa = a.trim().split(/\s+/).filter(Boolean);
  const wb = b.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < Math.min(wa.length, wb.length); i++) {
    const la = [...(wa[i] ?? '')].map(referenceLetter);
    const lb = [...(wb[i] ?? '')].map(referenceLetter);
    for (let j = 0; j < Math.min(la.length, lb.length); j++) {
      const d = (la[j]?.[0] ?? 0) - (lb[j]?.[0] ?? 0);
      if (d !== 0) return sign(d);
    }
    if (la.length !== lb.length) return sign(la.length - lb.length);
    for (let j = 0; j < la.length; j++) {
      const d = (la[j]?.[1] ?? 0) - (lb[j]?.[1] ?? 0);
      if (d !== 0) return sign(d);
    }
  }
  return sign(wa.length - wb.length);
}

const word = fc.tuple(syllableArbitrary(), fc.nat(2)).map(([s, c]) => (c === 0 ? capitalize(s) : c === 1 ? s.toUpperCase() : s));
const phrase = fc.array(word, { minLength: 0, maxLength: 4 }).map((words) => words.join(' '));

describe('compareVietnamese', () => {
  it.each([
    ['a', 'ă'],
    ['ă', 'â'],
    ['â', 'b'],
    ['d', 'đ'],
    ['Dũng', 'Đào'],
    ['đ', 'e'],
    ['e', 'ê'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['u', 'ư'],
    ['ư', 'v'],
    ['x', 'y'],
    ['Anh', 'Ánh'],
    ['Ánh', 'Ba'],
    ['An', 'Anh'],
    ['ma', 'mà'],
    ['mà', 'mả'],
    ['mả', 'mã'],
    ['mã', 'má'],
    ['má', 'mạ'],
    ['ba', 'ba ba'],
    ['ba ba', 'bà'],
    ['Hà', 'Hải'],
    ['Chi', 'Cường'],
    ['Trung', 'Trường'],
    ['Long', 'Luân'],
    ['Thu', 'Thư'],
    ['Yến', 'Yêu'],
  ])('%s < %s', (a, b) => {
    expect(compareVietnamese(a, b)).toBeLessThan(0);
    expect(compareVietnamese(b, a)).toBeGreaterThan(0);
  });

  it('ignores case, surrounding and repeated spaces, and NFD', () => {
    expect(compareVietnamese('AN', 'an')).toBe(0);
    expect(compareVietnamese('  Nguyễn   Văn ', 'nguyễn văn')).toBe(0);
    expect(compareVietnamese('Nguyễn'.normalize('NFD'), 'Nguyễn')).toBe(0);
    expect(compareVietnamese('Ðào', 'Đào')).toBe(0);
  });

  it('sorts a real list', () => {
    const names = ['Yến', 'Đào', 'Ánh', 'Dũng', 'Anh', 'Bình', 'Ân', 'Ăn', 'Ba', 'Ơn', 'Ôn', 'On', 'Út', 'Ưng', 'Uyên'];
    expect([...names].sort(compareVietnamese)).toEqual(['Anh', 'Ánh', 'Ăn', 'Ân', 'Ba', 'Bình', 'Dũng', 'Đào', 'On', 'Ôn', 'Ơn', 'Út', 'Uyên', 'Ưng', 'Yến']);
  });

  it('equals the reference dictionary order (property)', () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        expect(sign(compareVietnamese(a, b))).toBe(referenceCompare(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is a total order: antisymmetric and transitive (property)', () => {
    fc.assert(
      fc.property(phrase, phrase, phrase, (a, b, c) => {
        expect(sign(compareVietnamese(a, b)) + sign(compareVietnamese(b, a))).toBe(0);
        const [x, y, z] = [a, b, c].sort(compareVietnamese) as [string, string, string];
        expect(compareVietnamese(x, y)).toBeLessThanOrEqual(0);
        expect(compareVietnamese(y, z)).toBeLessThanOrEqual(0);
        expect(compareVietnamese(x, z)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('keys compare like compareVietnamese, also for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ unit: 'grapheme' })), fc.oneof(phrase, fc.string({ unit: 'grapheme' })), (a, b) => {
        expect(compareKeys(vietnameseSortKey(a), vietnameseSortKey(b))).toBe(sign(compareVietnamese(a, b)));
        expect(sign(compareVietnamese(a, b)) + sign(compareVietnamese(b, a))).toBe(0);
      }),
    );
  });

  it('orders 100 000 keys the same as the comparator', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Nguyễn Thị Phương Thảo ${i % 977} Đặng Hữu Ưng ${i}`);
    const byKey = [...names].sort((a, b) => compareKeys(vietnameseSortKey(a), vietnameseSortKey(b)));
    const byCompare = [...names].sort(compareVietnamese);
    expect(byKey).toEqual(byCompare);
  });
});

describe('compareNames', () => {
  const person = (name: string, birthDate?: [number, number, number]): NamedPerson =>
    birthDate === undefined ? { name } : { name, birthDate: { day: birthDate[0], month: birthDate[1], year: birthDate[2] } };

  it.each([
    [person('Nguyễn Văn An'), person('Trần Thị Bình')],
    [person('Trần Văn An'), person('Nguyễn Văn Bình')],
    [person('Lê An'), person('Nguyễn An')],
    [person('Nguyễn Thị An'), person('Nguyễn Văn An')],
    [person('Nguyễn An'), person('Nguyễn Văn An')],
    [person('Phạm Văn Dũng'), person('Đỗ Văn Đào')],
    [person('Nguyễn Văn Anh'), person('Nguyễn Văn Ánh')],
    [person('Nguyễn Văn An', [1, 1, 1970]), person('Nguyễn Văn An', [1, 1, 1980])],
    [person('Nguyễn Văn An', [1, 1, 1980]), person('Nguyễn Văn An')],
    [person('An'), person('Lê An')],
  ])('%o before %o', (a, b) => {
    expect(compareNames(a, b)).toBeLessThan(0);
    expect(compareNames(b, a)).toBeGreaterThan(0);
  });

  it('treats the same name and date as equal', () => {
    expect(compareNames(person(' nguyễn  văn an '), person('Nguyễn Văn An'))).toBe(0);
  });

  it('keys compare like compareNames and give a total order (property)', () => {
    const date = fc.option(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2005 })), { nil: undefined });
    const named = fc.tuple(phrase, date).map(([name, d]) => person(name, d));
    fc.assert(
      fc.property(named, named, named, (a, b, c) => {
        expect(compareKeys(nameSortKey(a), nameSortKey(b))).toBe(sign(compareNames(a, b)));
        expect(sign(compareNames(a, b)) + sign(compareNames(b, a))).toBe(0);
        const [x, y, z] = [a, b, c].sort(compareNames) as [NamedPerson, NamedPerson, NamedPerson];
        expect(compareNames(x, z)).toBeLessThanOrEqual(0);
        expect(compareNames(x, y) <= 0 && compareNames(y, z) <= 0).toBe(true);
      }),
    );
  });

  it('compares given name first, then family, then middle (property)', () => {
    fc.assert(
      fc.property(word, word, word, word, (family, middle, givenA, givenB) => {
        fc.pre(compareVietnamese(givenA, givenB) !== 0);
        const a = person(`${family} ${middle} ${givenA}`);
        const b = person(`${middle} ${family} ${givenB}`);
        expect(sign(compareNames(a, b))).toBe(sign(compareVietnamese(givenA, givenB)));
      }),
    );
  });
});
