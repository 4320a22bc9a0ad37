// Rule V6: text typed with legacy fonts (TCVN3 ".VnTime", VNI "VNI-Times") and stored as Latin-1 code points.
import { isVietnameseSyllable } from './syllable';
import { letterAt, vietnameseOutsideLatin1 } from './vietnamese-letters';

export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN 5712:1993 VN3 as the ABC fonts use it: 67 lower-case letters and the 7 upper-case ones it defines.
const tcvn3Pairs =
  '¸á µà ¶ả ·ã ¹ạ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ ©â Êấ Çầ Èẩ Éẫ Ëậ ®đ ' +
  'Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ Ýí ×ì Øỉ Üĩ Þị ' +
  'ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ ' +
  'óú ïù ñủ òũ ôụ \u00ADư øứ õừ öử ÷ữ ùự ýý úỳ ûỷ üỹ þỵ ' +
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ';

const tcvn3ToUnicode: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
for (const pair of tcvn3Pairs.split(' ')) tcvn3ToUnicode[pair.charCodeAt(0)] = pair.charAt(1);

// VNI-Windows: a base letter followed by a mark character; lower-case codes (upper case = code − 0x20).
// Tables by Latin-1 code: the tone a mark gives (−1: not such a mark). Tones: 1 huyền 2 hỏi 3 ngã 4 sắc 5 nặng.
function markTable(marks: string, firstTone: number): Int8Array {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < marks.length; i++) table[marks.charCodeAt(i)] = firstTone + i;
  return table;
}
const vniTone = markTable('øûõùï', 1);
const vniCircumflex = markTable('âàåãáä', 0);
const vniBreve = markTable('êèúüéë', 0);
const vniToneOfI = markTable('ìæóíò', 1);
// Base letters by lower-case code: index into vowelBases (a 0, e 3, i 5, o 6, u 9, y 11; ô is ơ 8, ö is ư 10).
const vniBase = new Int8Array(256).fill(-1);
for (const [letter, index] of [['a', 0], ['e', 3], ['i', 5], ['o', 6], ['u', 9], ['y', 11], ['ô', 8], ['ö', 10]] as const) {
  vniBase[letter.charCodeAt(0)] = index;
}
const circumflexOf: Readonly<Record<number, number>> = { 0: 2, 3: 4, 6: 7 };
const breveIndex = 1;
const iIndex = 5;
const yIndex = 11;
const dIndex = 12;

function lowerLatin1(code: number): number {
  // A–Z and À–Þ except × are 0x20 below their lower-case forms.
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 0x20 : code;
}

function at(table: Int8Array, code: number): number {
  return code < 256 ? (table[code] ?? -1) : -1;
}

/** VNI to Unicode; with `strict`, undefined as soon as a non-ASCII character is not a VNI letter or mark. */
function decodeVni(text: string, strict: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = lowerLatin1(code);
    const upper = lower !== code;
    const base = at(vniBase, lower);
    if (base >= 0) {
      const next = i + 1 < text.length ? lowerLatin1(text.charCodeAt(i + 1)) : 0;
      let vowel = base;
      let tone = at(vniTone, next);
      const circumflex = circumflexOf[base];
      if (circumflex !== undefined && at(vniCircumflex, next) >= 0) {
        vowel = circumflex;
        tone = at(vniCircumflex, next);
      } else if (base === 0 && at(vniBreve, next) >= 0) {
        vowel = breveIndex;
        tone = at(vniBreve, next);
      }
      if (tone >= 0) i++;
      out += letterAt(vowel, Math.max(tone, 0), upper);
      continue;
    }
    const toneOfI = at(vniToneOfI, lower);
    if (toneOfI >= 0) out += letterAt(iIndex, toneOfI, upper);
    else if (lower === 0xee) out += letterAt(yIndex, 5, upper);
    else if (lower === 0xf1) out += letterAt(dIndex, 0, upper);
    else if (code < 0x80 || !strict) out += text.charAt(i);
    else return undefined;
  }
  return out;
}

/** TCVN3 to Unicode; with `strict`, undefined as soon as a non-ASCII character is outside the table. */
function decodeTcvn3(text: string, strict: boolean, allCaps: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 256 ? tcvn3ToUnicode[code] : undefined;
    if (letter !== undefined) out += allCaps ? letter.toUpperCase() : letter;
    else if (strict && code >= 0x80) return undefined;
    else out += text.charAt(i);
  }
  return out;
}

// .VnTimeH shows the lower-case codes as capitals: text whose ASCII letters are all capitals was typed in it.
function typedInCapitalsFont(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) capitals++;
  }
  return capitals >= 2;
}

/** Converts legacy-encoded text to NFC Unicode; characters outside the encoding are kept. */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  const converted = encoding === 'vni' ? decodeVni(text, false) : decodeTcvn3(text, false, typedInCapitalsFont(text));
  return (converted ?? text).normalize('NFC');
}

// A word: ASCII letters, Latin-1 letters, and the Latin-1 symbols TCVN3 uses as letters.
const wordCodes = new Uint8Array(256);
for (let code = 0; code < 256; code++) {
  const isAsciiLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const isLegacyLetter = (code >= 0xa1 && code <= 0xae) || (code >= 0xb5 && code <= 0xb9) || (code >= 0xbb && code <= 0xbe) || code >= 0xc0;
  wordCodes[code] = isAsciiLetter || isLegacyLetter ? 1 : 0;
}
const latin1Letter = /[\u00A1-\u00FF]/;

const readsAsTcvn3 = 1;
const readsAsVni = 2;
const readsAsUnicode = 4;

// Verdicts by word: documents repeat a few thousand syllables, so 100,000 rows cost a few thousand checks.
const verdicts = new Map<string, number>();

function verdictOf(word: string): number {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    const tcvn3 = decodeTcvn3(word, true, false);
    const vni = decodeVni(word, true);
    verdict =
      (tcvn3 !== undefined && isVietnameseSyllable(tcvn3) ? readsAsTcvn3 : 0) |
      (vni !== undefined && isVietnameseSyllable(vni) ? readsAsVni : 0) |
      (isVietnameseSyllable(word) ? readsAsUnicode : 0);
    if (verdicts.size >= 50_000) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

function fits(distinctive: number, contradictions: number): boolean {
  return distinctive > 0 && contradictions * 4 <= distinctive;
}

/**
 * The legacy encoding `text` was typed in, or undefined for Unicode and plain text. Precision first:
 * text holding any Vietnamese letter outside Latin-1 is Unicode; otherwise at least one word must read as
 * a Vietnamese syllable only through the encoding (and contain an ASCII letter), and at most one word in
 * five that holds Latin-1 characters may read as none.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  if (!latin1Letter.test(text) || vietnameseOutsideLatin1.test(text)) return undefined;
  let tcvn3Distinctive = 0;
  let tcvn3Contradictions = 0;
  let vniDistinctive = 0;
  let vniContradictions = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code > 0xff || wordCodes[code] === 0) {
      i++;
      continue;
    }
    const start = i;
    let hasAsciiLetter = false;
    let hasLatin1 = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff || wordCodes[c] === 0) break;
      if (c >= 0x80) hasLatin1 = true;
      else hasAsciiLetter = true;
    }
    if (!hasLatin1) continue;
    const verdict = verdictOf(text.slice(start, i));
    const distinctive = hasAsciiLetter && (verdict & readsAsUnicode) === 0;
    if ((verdict & readsAsTcvn3) === 0) tcvn3Contradictions++;
    else if (distinctive) tcvn3Distinctive++;
    if ((verdict & readsAsVni) === 0) vniContradictions++;
    else if (distinctive) vniDistinctive++;
  }
  const tcvn3Fits = fits(tcvn3Distinctive, tcvn3Contradictions);
  const vniFits = fits(vniDistinctive, vniContradictions);
  if (tcvn3Fits && vniFits) {
    const margin = tcvn3Distinctive - tcvn3Contradictions - (vniDistinctive - vniContradictions);
    return margin > 0 ? 'tcvn3' : margin < 0 ? 'vni' : undefined;
  }
  return tcvn3Fits ? 'tcvn3' : vniFits ? 'vni' : undefined;
}
