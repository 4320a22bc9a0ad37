// Vietnamese alphabetical order (REGULATIONS.md §5) from explicit tables: Node may ship without ICU data for "vi".
import type { CalendarDate } from '../model/types';
import { vietnameseLetterInfo } from './vietnamese-letters';

// Latin letters Vietnamese does not use (f j w z) sit where the Latin alphabet puts them.
const alphabet = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];

// Key units: names' field separator (0) < word separator < primary/secondary divider < tones < primary weights.
const wordSeparator = 0x01;
const divider = 0x02;
const untoned = 0x03;
const firstPunctuation = 0x10;
const firstDigit = 0x40;
const firstLetter = 0x50;
const ignorable = 0;
const whitespace = 1;

const tableSize = 0x3001;
const primaryOf = new Uint16Array(tableSize);
const toneOf = new Uint8Array(tableSize);

function buildTables(): void {
  // Anything unlisted sorts after the letters, by code point.
  for (let code = 0; code < tableSize; code++) primaryOf[code] = code + 0x100;
  for (let code = 0; code < 0x20; code++) primaryOf[code] = ignorable;
  for (const code of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) primaryOf[code] = ignorable;
  for (let code = 0x300; code < 0x370; code++) primaryOf[code] = ignorable;
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) primaryOf[code] = whitespace;
  for (let code = 0x2000; code <= 0x200a; code++) primaryOf[code] = whitespace;
  let punctuation = firstPunctuation;
  for (let code = 0x21; code < 0x7f; code++) {
    const c = String.fromCharCode(code);
    if (!/[0-9A-Za-z]/.test(c)) primaryOf[code] = punctuation++;
  }
  for (let digit = 0; digit < 10; digit++) primaryOf[0x30 + digit] = firstDigit + digit;
  alphabet.forEach((letter, rank) => {
    primaryOf[letter.charCodeAt(0)] = firstLetter + rank;
    primaryOf[letter.toUpperCase().charCodeAt(0)] = firstLetter + rank;
  });
  for (let code = 0xc0; code < 0x250; code++) {
    const c = String.fromCharCode(code);
    const info = vietnameseLetterInfo(c);
    if (info !== undefined) {
      primaryOf[code] = firstLetter + alphabet.indexOf(info.base);
      toneOf[code] = info.tone;
    } else {
      // Other Latin letters with diacritics (ç, ñ, ö) sort with their base letter.
      const base = c.normalize('NFD').charAt(0).toLowerCase();
      const rank = alphabet.indexOf(base);
      if (rank >= 0 && base.charCodeAt(0) < 0x80) primaryOf[code] = firstLetter + rank;
    }
  }
  // Ð/ð (Icelandic eth) is often typed for Đ/đ in Vietnamese text.
  primaryOf[0xd0] = firstLetter + alphabet.indexOf('đ');
  primaryOf[0xf0] = firstLetter + alphabet.indexOf('đ');
  for (let code = 0x1ea0; code <= 0x1ef9; code++) {
    const info = vietnameseLetterInfo(String.fromCharCode(code));
    if (info !== undefined) {
      primaryOf[code] = firstLetter + alphabet.indexOf(info.base);
      toneOf[code] = info.tone;
    }
  }
}
buildTables();

const combining = /[\u0300-\u036f]/;

function unitOf(code: number): number {
  if (code < tableSize) return primaryOf[code] ?? ignorable;
  return code === 0xfeff ? ignorable : Math.min(code + 0x100, 0xffff);
}

// Scratch space reused by every call: keys are built in place and copied out once (a plain array, because
// String.fromCharCode.apply is several times faster on one than on a typed array).
const units: number[] = new Array<number>(256).fill(0);
let tones = new Uint8Array(128);

/** Writes the key of s[start, end) into `units` from `at`; returns where it ends. */
function writeKey(s: string, start: number, end: number, at: number): number {
  if (tones.length < end - start) tones = new Uint8Array(end - start);
  let p = at;
  let wordLength = 0;
  let tonedLength = 0;
  for (let i = start; i <= end; i++) {
    const unit = i < end ? unitOf(s.charCodeAt(i)) : whitespace;
    if (unit === ignorable) continue;
    if (unit === whitespace) {
      if (wordLength === 0) continue;
      units[p++] = divider;
      for (let t = 0; t < tonedLength; t++) units[p++] = untoned + (tones[t] ?? 0);
      wordLength = 0;
      tonedLength = 0;
      continue;
    }
    if (wordLength === 0 && p > at) units[p++] = wordSeparator;
    units[p++] = unit;
    const code = s.charCodeAt(i);
    const tone = code < tableSize ? (toneOf[code] ?? 0) : 0;
    tones[wordLength++] = tone;
    if (tone !== 0) tonedLength = wordLength;
  }
  return p;
}

function keyString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, units.slice(i, Math.min(length, i + 8192)));
  }
  return out;
}

function nfc(text: string): string {
  return combining.test(text) ? text.normalize('NFC') : text;
}

/**
 * A string whose plain `<` order is Vietnamese dictionary order: word by word, letters first
 * (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), then tones in the order unmarked, huyền, hỏi,
 * ngã, sắc, nặng (Hoàng Phê's dictionary, CLDR "vi"); case and surrounding or repeated spaces are ignored.
 */
export function vietnameseSortKey(text: string): string {
  const s = nfc(text);
  return keyString(writeKey(s, 0, s.length, 0));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Vietnamese dictionary order; to sort many strings, sort by `vietnameseSortKey` computed once each. */
export function compareVietnamese(a: string, b: string): number {
  return a === b ? 0 : compareStrings(vietnameseSortKey(a), vietnameseSortKey(b));
}

export interface NamedPerson {
  readonly name: string;
  readonly birthDate?: CalendarDate;
}

function isSpace(s: string, i: number): boolean {
  return unitOf(s.charCodeAt(i)) === whitespace;
}

function writeDigits(value: number, width: number, at: number): number {
  const digits = String(value).padStart(width, '0');
  let p = at;
  for (let i = 0; i < width; i++) units[p++] = digits.charCodeAt(i);
  return p;
}

/**
 * REGULATIONS.md §5: by given name (last word), family name (first word), middle names, then date of birth,
 * older first (unknown last). Plain `<` on keys equals `compareNames`.
 */
export function nameSortKey(person: NamedPerson): string {
  const s = nfc(person.name);
  let firstStart = 0;
  while (firstStart < s.length && isSpace(s, firstStart)) firstStart++;
  let firstEnd = firstStart;
  while (firstEnd < s.length && !isSpace(s, firstEnd)) firstEnd++;
  let lastEnd = s.length;
  while (lastEnd > firstEnd && isSpace(s, lastEnd - 1)) lastEnd--;
  let lastStart = lastEnd;
  while (lastStart > firstEnd && !isSpace(s, lastStart - 1)) lastStart--;
  const single = lastStart === lastEnd;
  // Fields: given, family, middle, date; the separator 0 sorts below every key unit.
  let p = writeKey(s, single ? firstStart : lastStart, single ? firstEnd : lastEnd, 0);
  units[p++] = 0;
  if (!single) p = writeKey(s, firstStart, firstEnd, p);
  units[p++] = 0;
  if (!single) p = writeKey(s, firstEnd, lastStart, p);
  units[p++] = 0;
  const date = person.birthDate;
  if (date === undefined) units[p++] = 2;
  else {
    units[p++] = 1;
    p = writeDigits(date.year, 4, p);
    p = writeDigits(date.month, 2, p);
    p = writeDigits(date.day, 2, p);
  }
  return keyString(p);
}

export function compareNames(a: NamedPerson, b: NamedPerson): number {
  return compareStrings(nameSortKey(a), nameSortKey(b));
}
