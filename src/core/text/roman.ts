// Term (khóa) and congress numbers in Roman numerals (REGULATIONS.md §5: "khóa XIV").

const numerals: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 14 → "XIV"; integers 1–3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`toRoman: ${n} is not an integer in 1–3999`);
  let rest = n;
  let out = '';
  for (const [value, letters] of numerals) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const canonical = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const letterValues: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV", "xiv" or "14" → 14; undefined unless a canonical numeral or whole number in 1–3999. */
export function parseRoman(text: string): number | undefined {
  const trimmed = text.trim().toUpperCase();
  if (/^\d{1,4}$/.test(trimmed)) {
    const n = Number(trimmed);
    return n >= 1 && n <= 3999 ? n : undefined;
  }
  if (trimmed === '' || !canonical.test(trimmed)) return undefined;
  let total = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const value = letterValues[trimmed.charAt(i)] ?? 0;
    const next = letterValues[trimmed.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
