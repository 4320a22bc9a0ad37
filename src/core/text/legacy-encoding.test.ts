import fc from 'fast-check';
import { convertLegacyText, detectLegacyEncoding, type LegacyEncoding } from './legacy-encoding';
import { nonAsciiVietnameseLetters } from './vietnamese-letters';
import { capitalize, otherSentences, sentenceArbitrary, syllableArbitrary, vietnameseSentences } from './vietnamese-test-text';

// Encoders written from the published code charts, independent of the decoder under test.
const tcvn3Bytes: Readonly<Record<string, number>> = {
  á: 0xb8, à: 0xb5, ả: 0xb6, ã: 0xb7, ạ: 0xb9, ă: 0xa8, ắ: 0xbe, ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ặ: 0xc6,
  â: 0xa9, ấ: 0xca, ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ậ: 0xcb, đ: 0xae, é: 0xd0, è: 0xcc, ẻ: 0xce, ẽ: 0xcf, ẹ: 0xd1,
  ê: 0xaa, ế: 0xd5, ề: 0xd2, ể: 0xd3, ễ: 0xd4, ệ: 0xd6, í: 0xdd, ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, ị: 0xde,
  ó: 0xe3, ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ọ: 0xe4, ô: 0xab, ố: 0xe8, ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ộ: 0xe9,
  ơ: 0xac, ớ: 0xed, ờ: 0xea, ở: 0xeb, ỡ: 0xec, ợ: 0xee, ú: 0xf3, ù: 0xef, ủ: 0xf1, ũ: 0xf2, ụ: 0xf4,
  ư: 0xad, ứ: 0xf8, ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ự: 0xf9, ý: 0xfd, ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ỵ: 0xfe,
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
};

function encodeTcvn3(text: string): string {
  let out = '';
  for (const letter of text) {
    const byte = tcvn3Bytes[letter] ?? tcvn3Bytes[letter.toLowerCase()];
    out += byte === undefined ? letter : String.fromCharCode(byte);
  }
  return out;
}

// VNI-Windows: base letter + one mark character per (shape, tone); tones in the order ` ? ~ ' .
const vniPlainTone = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
const vniCircumflexTone = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const vniBreveTone = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
const vniIWithTone = ['i', 'ì', 'æ', 'ó', 'í', 'ò'];
const combiningTones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

function encodeVniLetter(letter: string): string {
  const upper = letter !== letter.toLowerCase();
  const lower = letter.toLowerCase();
  const cased = (s: string): string => (upper ? s.toUpperCase() : s);
  if (lower === 'đ') return cased('ñ');
  const parts = [...lower.normalize('NFD')];
  const base = parts[0] ?? '';
  if (!'aeiouy'.includes(base) || base === '') return letter;
  const shape = parts.find((p) => p === '\u0302' || p === '\u0306' || p === '\u031b');
  const toneMark = parts.find((p, i) => i > 0 && combiningTones.includes(p)) ?? '';
  const tone = combiningTones.indexOf(toneMark);
  if (base === 'i') return cased(vniIWithTone[tone] ?? '');
  if (base === 'y' && tone === 5) return cased('î');
  if (shape === '\u031b') return cased((base === 'o' ? 'ô' : 'ö') + (vniPlainTone[tone] ?? ''));
  if (shape === '\u0302') return cased(base + (vniCircumflexTone[tone] ?? ''));
  if (shape === '\u0306') return cased(base + (vniBreveTone[tone] ?? ''));
  return cased(base + (vniPlainTone[tone] ?? ''));
}

function encodeVni(text: string): string {
  let out = '';
  for (const letter of text) out += encodeVniLetter(letter);
  return out;
}

describe('convertLegacyText', () => {
  it.each([
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    ['§¶ng', 'Đảng'],
    ['Hå ChÝ Minh', 'Hồ Chí Minh'],
    ['§¶ng bé tØnh Kh¸nh Hoµ', 'Đảng bộ tỉnh Khánh Hoà'],
    ['N\u00F7', 'Nữ'],
    ['ng\u00ADêi', 'người'],
  ])('[V6] TCVN3 %s → %s', (legacy, unicode) => {
    expect(convertLegacyText(legacy, 'tcvn3')).toBe(unicode);
  });

  it('[V6] TCVN3 in the capitals font (.VnTimeH) comes out in capitals', () => {
    expect(convertLegacyText('§¶NG Bé TØNH KH¸NH HOµ', 'tcvn3')).toBe('ĐẢNG BỘ TỈNH KHÁNH HOÀ');
    expect(convertLegacyText('Uû', 'tcvn3')).toBe('Uỷ');
  });

  it.each([
    ['aù', 'á'],
    ['Ñaûng', 'Đảng'],
    ['Vieät Nam', 'Việt Nam'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['ÑAÛNG UÛY', 'ĐẢNG ỦY'],
    ['ngöôøi', 'người'],
    ['Nguyeãn Thò Mó Höông', 'Nguyễn Thị Mĩ Hương'],
    ['Hoäi nghò laàn thöù hai möôi moát', 'Hội nghị lần thứ hai mươi mốt'],
    ['kyû luaät, khieån traùch', 'kỷ luật, khiển trách'],
    ['Ñaëng Vaên Lyù, Thuûy, Ñaït, Yeân', 'Đặng Văn Lý, Thủy, Đạt, Yên'],
  ])('[V6] VNI %s → %s', (legacy, unicode) => {
    expect(convertLegacyText(legacy, 'vni')).toBe(unicode);
  });

  it('keeps characters outside the encoding and returns NFC', () => {
    expect(convertLegacyText('§¶ng – 2025 “Hå”', 'tcvn3')).toBe('Đảng – 2025 “Hồ”');
    const out = convertLegacyText('Vieät Nam 100%', 'vni');
    expect(out).toBe('Việt Nam 100%');
    expect(out.normalize('NFC')).toBe(out);
  });

  it('the test encoders cover all 134 letters (VNI) and the 74 TCVN3 (ABC) defines', () => {
    expect(nonAsciiVietnameseLetters).toHaveLength(134);
    const lower = nonAsciiVietnameseLetters.filter((letter) => letter === letter.toLowerCase());
    expect(lower).toHaveLength(67);
    for (const letter of lower) expect(convertLegacyText(encodeTcvn3(letter), 'tcvn3')).toBe(letter);
    for (const letter of 'ĂÂÊÔƠƯĐ') expect(convertLegacyText(encodeTcvn3(letter), 'tcvn3')).toBe(letter);
    for (const letter of nonAsciiVietnameseLetters) expect(convertLegacyText(encodeVni(letter), 'vni')).toBe(letter);
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    ['Uû ban nh©n d©n', 'tcvn3'],
    ['§¶ng', 'tcvn3'],
    ['Hå ChÝ Minh', 'tcvn3'],
    ['§¶NG Bé TØNH KH¸NH HOµ', 'tcvn3'],
    ['Hoµn thµnh xuÊt s¾c nhiÖm vô', 'tcvn3'],
    ['Ñaûng', 'vni'],
    ['Vieät Nam', 'vni'],
    ['Coâng taùc xaây döïng Ñaûng', 'vni'],
    ['Hoaøn thaønh toát nhieäm vuï', 'vni'],
  ])('[V6] %s is %s', (text, encoding) => {
    expect(detectLegacyEncoding(text)).toBe(encoding);
  });

  it.each(vietnameseSentences.map((s) => [s]))('[V6] Unicode Vietnamese is not legacy: %s', (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });

  it.each(otherSentences.map((s) => [s]))('[V6] other text is not legacy: %s', (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });

  it('[V6] NFD Unicode Vietnamese is not legacy', () => {
    for (const text of vietnameseSentences) expect(detectLegacyEncoding(text.normalize('NFD'))).toBeUndefined();
  });
});

describe('round trips (property, seed printed on failure)', () => {
  // A lower-case syllable opening with đ and closed by a consonant: an ASCII letter beside a legacy-only code.
  const anchor = syllableArbitrary({ initials: ['đ'], needsFinal: true });

  function roundTrip(encoding: LegacyEncoding, encode: (text: string) => string, word: fc.Arbitrary<string>): void {
    fc.assert(
      fc.property(sentenceArbitrary(word, 0, 10), anchor, sentenceArbitrary(word, 0, 10), (before, middle, after) => {
        const unicode = [before, middle, after].filter((s) => s !== '').join(' ');
        const legacy = encode(unicode);
        expect(detectLegacyEncoding(legacy)).toBe(encoding);
        expect(convertLegacyText(legacy, encoding)).toBe(unicode);
      }),
      { numRuns: 300 },
    );
  }

  it('[V6] VNI: encode, detect, convert gives the text back', () => {
    const word = fc.tuple(syllableArbitrary(), fc.nat(3)).map(([s, c]) => (c === 0 ? capitalize(s) : c === 1 ? s.toUpperCase() : s));
    roundTrip('vni', encodeVni, word);
  });

  it('[V6] TCVN3: encode, detect, convert gives the text back (capitals only where ABC has them)', () => {
    const word = fc
      .tuple(syllableArbitrary(), fc.boolean())
      .map(([s, capital]) => (capital && (s.charCodeAt(0) < 0x80 || 'ăâêôơưđ'.includes(s.charAt(0))) ? capitalize(s) : s));
    roundTrip('tcvn3', encodeTcvn3, word);
  });

  it('[V6] Unicode Vietnamese that Latin-1 can hold is never taken for legacy', () => {
    const word = fc.tuple(syllableArbitrary({ latin1Only: true }), fc.boolean()).map(([s, capital]) => (capital ? capitalize(s) : s));
    fc.assert(
      fc.property(sentenceArbitrary(word, 1, 12), (text) => {
        expect(detectLegacyEncoding(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('[V6] any Unicode Vietnamese is never taken for legacy', () => {
    fc.assert(
      fc.property(sentenceArbitrary(syllableArbitrary(), 1, 12), (text) => {
        expect(detectLegacyEncoding(text)).toBeUndefined();
      }),
    );
  });
});
