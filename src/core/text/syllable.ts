// Is a word one well-formed Vietnamese syllable? Used to tell legacy-encoded text from Unicode text.
import { baseIndexOfCode, baseLetters, toneOfCode } from './vietnamese-letters';

const initials = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]';
// Nuclei that end in a glide or are diphthongs closed by nothing ("mai", "mùa", "khuya").
const openNuclei = 'uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu|y';
// Nuclei that take a final consonant or none ("hoa", "hoan").
const optionalNuclei = 'oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư';
// Nuclei that need a final consonant ("tiên", "quyết", "xoong").
const closedNuclei = 'uyê|iê|yê|uô|ươ|uâ|oă|oo|ă|â';
const finals = 'ch|ng|nh|[cmnpt]';

const syllableForm = new RegExp(
  `^(?:${initials})?(?:(?:${openNuclei})|(?:${optionalNuclei})(?:${finals})?|(?:${closedNuclei})(?:${finals}))$`,
);
const stopFinal = /(?:c|ch|p|t)$/;

/**
 * True when `word` (any case, NFC) is initial + vowel nucleus + final with at most one tone mark, and a
 * syllable ending in c, ch, p, t carries sắc or nặng. Loose about tone placement ("hoà" and "hòa").
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  let toneless = '';
  let tone = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const lower = code | 0x20;
    if (code < 0x80) {
      if (lower < 0x61 || lower > 0x7a) return false;
      toneless += String.fromCharCode(lower);
      continue;
    }
    const baseIndex = baseIndexOfCode(code);
    if (baseIndex < 0) return false;
    const letterTone = toneOfCode(code);
    if (letterTone !== 0) {
      if (tone !== 0) return false;
      tone = letterTone;
    }
    toneless += baseLetters[baseIndex] ?? '';
  }
  if (!syllableForm.test(toneless)) return false;
  return !stopFinal.test(toneless) || tone === 4 || tone === 5;
}
