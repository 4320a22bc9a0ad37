// The 134 Vietnamese letters outside ASCII (67 per case), built from base vowels and tone marks.

/** The twelve vowels before any tone, NFC; index 12 of `baseLetters` is đ. */
export const vowelBases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof vowelBases)[number];
export const baseLetters: readonly string[] = [...vowelBases, 'đ'];

/**
 * Tone numbers in dictionary order (Hoàng Phê's Từ điển tiếng Việt, CLDR "vi"):
 * 0 unmarked (ngang), 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
 */
export const toneCombiningMarks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
export const toneNumbers: readonly Tone[] = [0, 1, 2, 3, 4, 5];

export interface LetterInfo {
  /** Lower-case base letter: one of `vowelBases`, or "đ". */
  readonly base: string;
  readonly tone: Tone;
  readonly upper: boolean;
}

/** Code points past the last Vietnamese letter (ỹ U+1EF9). */
export const letterTableSize = 0x1efa;
const baseIndexTable = new Int8Array(letterTableSize).fill(-1);
const toneTable = new Uint8Array(letterTableSize);
const upperTable = new Uint8Array(letterTableSize);
const lowerLetters: string[] = [];
const upperLetters: string[] = [];

function record(letter: string, baseIndex: number, tone: number, upper: boolean): void {
  const code = letter.charCodeAt(0);
  baseIndexTable[code] = baseIndex;
  toneTable[code] = tone;
  upperTable[code] = upper ? 1 : 0;
}

vowelBases.forEach((base, baseIndex) => {
  for (const tone of toneNumbers) {
    const lower = (base + toneCombiningMarks[tone]).normalize('NFC');
    const upper = lower.toUpperCase();
    lowerLetters[baseIndex * 6 + tone] = lower;
    upperLetters[baseIndex * 6 + tone] = upper;
    record(lower, baseIndex, tone, false);
    record(upper, baseIndex, tone, true);
  }
});
lowerLetters[12 * 6] = 'đ';
upperLetters[12 * 6] = 'Đ';
record('đ', 12, 0, false);
record('Đ', 12, 0, true);

/** Index into `baseLetters` of a Vietnamese vowel (any tone, any case) or đ/Đ; −1 for anything else. */
export function baseIndexOfCode(code: number): number {
  return code < letterTableSize ? (baseIndexTable[code] ?? -1) : -1;
}

/** The tone of a Vietnamese vowel code; 0 for anything else. */
export function toneOfCode(code: number): Tone {
  return (code < letterTableSize ? (toneTable[code] ?? 0) : 0) as Tone;
}

/** The letter for a base index (`baseLetters`) and tone, NFC. */
export function letterAt(baseIndex: number, tone: number, upper: boolean): string {
  const letter = (upper ? upperLetters : lowerLetters)[baseIndex * 6 + tone];
  if (letter === undefined) throw new RangeError(`no Vietnamese letter ${baseIndex}/${tone}`);
  return letter;
}

/** Info for a Vietnamese vowel (any tone, any case) or đ/Đ; undefined for consonants and anything else. */
export function vietnameseLetterInfo(letter: string): LetterInfo | undefined {
  if (letter.length !== 1) return undefined;
  const code = letter.charCodeAt(0);
  const baseIndex = baseIndexOfCode(code);
  if (baseIndex < 0) return undefined;
  return { base: baseLetters[baseIndex] ?? '', tone: toneOfCode(code), upper: upperTable[code] === 1 };
}

/** The NFC letter for a base vowel and tone, lower case. */
export function composeVowel(base: VowelBase, tone: Tone): string {
  return letterAt(vowelBases.indexOf(base), tone, false);
}

/** Every non-ASCII Vietnamese letter, lower case then upper case (134). */
export const nonAsciiVietnameseLetters: readonly string[] = [...lowerLetters, ...upperLetters].filter((letter) => letter.charCodeAt(0) > 0x7f);

/** Letters that occur only in Vietnamese text, never in Latin-1 (ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9), plus combining marks. */
export const vietnameseOutsideLatin1 = /[\u0300-\u036F]|[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
