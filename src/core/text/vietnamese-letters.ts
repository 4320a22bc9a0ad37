// The 134 Vietnamese letters outside ASCII (67 per case), built from base vowels and tone marks.

/** The twelve vowels before any tone, NFC. */
export const vowelBases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof vowelBases)[number];

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

const letterInfo = new Map<string, LetterInfo>();
const composed = new Map<string, string>();

for (const base of vowelBases) {
  for (const tone of toneNumbers) {
    const lower = (base + toneCombiningMarks[tone]).normalize('NFC');
    const upper = lower.toUpperCase();
    composed.set(base + tone, lower);
    letterInfo.set(lower, { base, tone, upper: false });
    letterInfo.set(upper, { base, tone, upper: true });
  }
}
letterInfo.set('đ', { base: 'đ', tone: 0, upper: false });
letterInfo.set('Đ', { base: 'đ', tone: 0, upper: true });

/** Info for a Vietnamese vowel (any tone, any case) or đ/Đ; undefined for consonants and anything else. */
export function vietnameseLetterInfo(letter: string): LetterInfo | undefined {
  return letterInfo.get(letter);
}

/** The NFC letter for a base vowel and tone, lower case. */
export function composeVowel(base: VowelBase, tone: Tone): string {
  const letter = composed.get(base + tone);
  if (letter === undefined) throw new RangeError(`not a Vietnamese vowel: ${base}`);
  return letter;
}

/** Every non-ASCII Vietnamese letter, lower case then upper case (134). */
export const nonAsciiVietnameseLetters: readonly string[] = [...letterInfo.keys()].filter((letter) => letter.charCodeAt(0) > 0x7f);

/** Letters that occur only in Vietnamese text, never in Latin-1 (ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9), plus combining marks. */
export const vietnameseOutsideLatin1 = /[\u0300-\u036F]|[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
