// Rule V6: text typed with legacy fonts (TCVN3 ".VnTime", VNI "VNI-Times") and stored as Latin-1 code points.
import { isVietnameseSyllable } from './syllable';
import { composeVowel, vietnameseOutsideLatin1, type Tone, type VowelBase } from './vietnamese-letters';

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
const vniTone: Readonly<Record<string, Tone>> = { ø: 1, û: 2, õ: 3, ù: 4, ï: 5 };
const vniCircumflex: Readonly<Record<string, Tone>> = { â: 0, à: 1, å: 2, ã: 3, á: 4, ä: 5 };
const vniBreve: Readonly<Record<string, Tone>> = { ê: 0, è: 1, ú: 2, ü: 3, é: 4, ë: 5 };
const vniToneOfI: Readonly<Record<string, Tone>> = { ì: 1, æ: 2, ó: 3, í: 4, ò: 5 };
const circumflexOf: Readonly<Record<string, VowelBase>> = { a: 'â', e: 'ê', o: 'ô' };

function lowerLatin1(code: number): string {
  // À–Þ except × are the upper-case Latin-1 letters, 0x20 below their lower-case forms.
  return String.fromCharCode((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 0x20 : code);
}

function withCase(letter: string, upper: boolean): string {
  return upper ? letter.toUpperCase() : letter;
}

/** VNI to Unicode; with `strict`, undefined as soon as a non-ASCII character is not a VNI letter or mark. */
function decodeVni(text: string, strict: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = text.charAt(i);
    const lower = lowerLatin1(code);
    const upper = lower !== c;
    let base: VowelBase | undefined;
    if (lower === 'a' || lower === 'e' || lower === 'o' || lower === 'u' || lower === 'y' || lower === 'i') base = lower;
    else if (lower === 'ô') base = 'ơ';
    else if (lower === 'ö') base = 'ư';
    if (base !== undefined) {
      const next = i + 1 < text.length ? lowerLatin1(text.charCodeAt(i + 1)) : '';
      let vowel: VowelBase = base;
      let tone: Tone | undefined = vniTone[next];
      const circumflex = circumflexOf[base];
      if (circumflex !== undefined && vniCircumflex[next] !== undefined) {
        vowel = circumflex;
        tone = vniCircumflex[next];
      } else if (base === 'a' && vniBreve[next] !== undefined) {
        vowel = 'ă';
        tone = vniBreve[next];
      }
      if (tone !== undefined) i++;
      out += withCase(composeVowel(vowel, tone ?? 0), upper);
      continue;
    }
    const toneOfI = vniToneOfI[lower];
    if (toneOfI !== undefined) out += withCase(composeVowel('i', toneOfI), upper);
    else if (lower === 'î') out += withCase(composeVowel('y', 5), upper);
    else if (lower === 'ñ') out += upper ? 'Đ' : 'đ';
    else if (code < 0x80) out += c;
    else if (strict) return undefined;
    else out += c;
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
const wordPattern = /[A-Za-z\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C0-\u00FF]+/g;
const latin1Letter = /[\u00A1-\u00FF]/;

interface Evidence {
  /** Words that read as a Vietnamese syllable in the encoding and as none in Unicode. */
  readonly distinctive: number;
  /** Words with Latin-1 characters that do not read as a Vietnamese syllable in the encoding. */
  readonly contradictions: number;
}

function weigh(text: string, encoding: LegacyEncoding): Evidence {
  let distinctive = 0;
  let contradictions = 0;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    let hasAsciiLetter = false;
    let hasLatin1 = false;
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) >= 0x80) hasLatin1 = true;
      else hasAsciiLetter = true;
    }
    if (!hasLatin1) continue;
    const reading = encoding === 'vni' ? decodeVni(word, true) : decodeTcvn3(word, true, false);
    if (reading === undefined || !isVietnameseSyllable(reading)) contradictions++;
    else if (hasAsciiLetter && !isVietnameseSyllable(word)) distinctive++;
  }
  return { distinctive, contradictions };
}

/**
 * The legacy encoding `text` was typed in, or undefined for Unicode and plain text. Precision first:
 * text holding any Vietnamese letter outside Latin-1 is Unicode; otherwise at least one word must read as
 * a Vietnamese syllable only through the encoding, and at most one word in five may read as none.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  if (!latin1Letter.test(text) || vietnameseOutsideLatin1.test(text)) return undefined;
  const tcvn3 = weigh(text, 'tcvn3');
  const vni = weigh(text, 'vni');
  const tcvn3Fits = tcvn3.distinctive > 0 && tcvn3.contradictions * 4 <= tcvn3.distinctive;
  const vniFits = vni.distinctive > 0 && vni.contradictions * 4 <= vni.distinctive;
  if (tcvn3Fits && vniFits) {
    const margin = tcvn3.distinctive - tcvn3.contradictions - (vni.distinctive - vni.contradictions);
    return margin > 0 ? 'tcvn3' : margin < 0 ? 'vni' : undefined;
  }
  return tcvn3Fits ? 'tcvn3' : vniFits ? 'vni' : undefined;
}
