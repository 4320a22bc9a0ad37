// Numbers in Vietnamese words (REGULATIONS.md §5: "Hội nghị lần thứ hai mươi mốt"), northern usage: nghìn, linh.

const digitWords = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const scales = ['', 'nghìn', 'triệu'] as const;

function digit(d: number): string {
  return digitWords[d] ?? '';
}

/** A group of three digits; `full` reads "không trăm" and "linh" as inside a larger number. */
function groupWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh', digit(units));
    else if (units > 0) words.push(digit(units));
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(units === 5 ? 'lăm' : digit(units));
  } else {
    words.push(digit(tens), 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push('tư');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  }
  return words;
}

/** 105 → "một trăm linh năm", 21 → "hai mươi mốt", 1005 → "một nghìn không trăm linh năm"; integers 0–999 999 999. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`numberToWords: ${n} is not an integer in 0–999 999 999`);
  if (n === 0) return digit(0);
  const words: string[] = [];
  for (let scale = 2; scale >= 0; scale--) {
    const group = Math.floor(n / 1000 ** scale) % 1000;
    if (group === 0) continue;
    words.push(...groupWords(group, words.length > 0));
    const name = scales[scale];
    if (name !== undefined && name !== '') words.push(name);
  }
  return words.join(' ');
}

/** Conference numbers after "lần thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal ("hai mươi tư", "mười bốn"). */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ordinalWords: ${n} is not a positive integer`);
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return numberToWords(n);
}
