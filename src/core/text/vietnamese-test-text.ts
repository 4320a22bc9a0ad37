// Test data shared by the text module's tests: random well-formed Vietnamese syllables and sentences.
import fc from 'fast-check';

const initials = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const openNuclei = ['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'y'];
const optionalNuclei = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'oe', 'uê', 'uy'];
const closedNuclei = ['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uâ', 'oă', 'uyê'];
const finals = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const stopFinals = new Set(['c', 'ch', 'p', 't']);
// Dictionary order: unmarked, huyền, hỏi, ngã, sắc, nặng.
const toneMarks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

export interface SyllableOptions {
  /** Only letters Latin-1 can hold (no ă đ ơ ư, tones only where Latin-1 has the letter). */
  readonly latin1Only?: boolean;
  readonly initials?: readonly string[];
  readonly needsFinal?: boolean;
}

const latin1 = /^[a-z\u00E0-\u00FF]*$/;

/** A lower-case NFC syllable: initial + nucleus (+ final), one tone on one vowel of the nucleus. */
export function syllableArbitrary(options: SyllableOptions = {}): fc.Arbitrary<string> {
  const closed = fc.tuple(fc.constantFrom(...closedNuclei), fc.constantFrom(...finals));
  const nucleusAndFinal =
    options.needsFinal === true
      ? fc.oneof(fc.tuple(fc.constantFrom(...optionalNuclei), fc.constantFrom(...finals)), closed)
      : fc.oneof(
          fc.tuple(fc.constantFrom(...openNuclei), fc.constant('')),
          fc.tuple(fc.constantFrom(...optionalNuclei), fc.constantFrom('', ...finals)),
          closed,
        );
  return fc
    .tuple(fc.constantFrom(...(options.initials ?? initials)), nucleusAndFinal, fc.nat(5), fc.nat(2))
    .map(([initial, [nucleus, final], toneIndex, position]) => {
      const tone = stopFinals.has(final) ? (toneIndex % 2 === 0 ? 4 : 5) : toneIndex;
      const at = position % nucleus.length;
      const vowels = nucleus.slice(0, at) + (nucleus.charAt(at) + toneMarks[tone]).normalize('NFC') + nucleus.slice(at + 1);
      return (initial + vowels + final).normalize('NFC');
    })
    .filter((syllable) => options.latin1Only !== true || latin1.test(syllable));
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const separators = [' ', ' ', ' ', ', ', '. ', ' - ', ' (', ') ', ': ', ' 2025 ', ' 15/3 '];

/** Words joined by spaces, punctuation and numbers. */
export function sentenceArbitrary(word: fc.Arbitrary<string>, minWords = 1, maxWords = 12): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(word, fc.constantFrom(...separators)), { minLength: minWords, maxLength: maxWords })
    .map((parts) => parts.map(([w, separator], i) => (i === parts.length - 1 ? w : w + separator)).join(''));
}

/** Real Unicode Vietnamese, as found in Party workbooks. */
export const vietnameseSentences: readonly string[] = [
  'Ủy ban nhân dân tỉnh Khánh Hòa',
  'ĐẢNG BỘ TỈNH KHÁNH HÒA',
  'Đảng ủy các cơ quan Đảng tỉnh',
  'Nghị quyết Hội nghị Ban Chấp hành Đảng bộ lần thứ hai mươi mốt',
  'Hoàn thành xuất sắc nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
  'Chi bộ Văn phòng Sở Y tế',
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Hoàng',
  'Hoàng Tú',
  'Tô Lâm',
  'Cà Mau',
  'Phú Yên',
  'Hà Tiên',
  'Tây Ninh',
  'Lý Thái Tô',
  'Bí thư, Phó Bí thư, Chi ủy viên',
  'Miễn sinh hoạt',
  'Khiển trách, cảnh cáo, cách chức, khai trừ',
  'Thông qua Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm 2025.',
  'Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.',
  'Nguyễn Văn Aù',
  'CÔNG TÁC XÂY DỰNG ĐẢNG',
  'Hòa Bình, Thái Bình, Ninh Bình',
  'Tôi là Nam, tôi yêu Hà Nội',
  'BÁO CÁO',
  'Quyết định số 05-QĐ/ĐU',
  'Đào Duy Từ',
  'Khánh Hòa, ngày 05 tháng 02 năm 2025',
];

/** English and other Western text, some with Latin-1 letters and symbols. */
export const otherSentences: readonly string[] = [
  'The committee met on Monday at 8 am.',
  'Annual report 2025 — draft',
  'Price: £100 and £200 © 2024 Company®',
  'Café au lait, naïve façade, résumé',
  'Müller, Jürgen; Straße 5; Köln',
  'Søren Kierkegaard and Åse',
  'El señor Peña vive en España',
  'Noël à Paris, où est la Zoë?',
  '30°C ± 2 ¼ ½ ¾',
  'João São Paulo',
  'x × y ÷ z',
  'TP.HCM, UBND, HĐND',
  'BCH-02; BTV-01',
  'Ghi chú: n/a',
  '',
  '   ',
  '12/05/2025',
];
