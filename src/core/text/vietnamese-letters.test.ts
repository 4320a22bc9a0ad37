import { composeVowel, nonAsciiVietnameseLetters, vietnameseLetterInfo, vietnameseOutsideLatin1 } from './vietnamese-letters';

describe('Vietnamese letters', () => {
  it('has 134 non-ASCII letters, each one NFC code point', () => {
    expect(nonAsciiVietnameseLetters).toHaveLength(134);
    expect(new Set(nonAsciiVietnameseLetters).size).toBe(134);
    for (const letter of nonAsciiVietnameseLetters) {
      expect(letter).toHaveLength(1);
      expect(letter.normalize('NFC')).toBe(letter);
    }
  });

  it('numbers tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect([0, 1, 2, 3, 4, 5].map((tone) => composeVowel('a', tone as 0 | 1 | 2 | 3 | 4 | 5)).join('')).toBe('aàảãáạ');
    expect(vietnameseLetterInfo('Ự')).toEqual({ base: 'ư', tone: 5, upper: true });
    expect(vietnameseLetterInfo('đ')).toEqual({ base: 'đ', tone: 0, upper: false });
    expect(vietnameseLetterInfo('b')).toBeUndefined();
  });

  it('tells letters outside Latin-1 apart from those inside', () => {
    expect(vietnameseOutsideLatin1.test('Hoàng Tú Lê')).toBe(false);
    for (const letter of 'ăĂđĐĩĨũŨơƠưƯạỹ') expect(vietnameseOutsideLatin1.test(letter)).toBe(true);
    for (const letter of nonAsciiVietnameseLetters) {
      expect(vietnameseOutsideLatin1.test(letter)).toBe(letter.charCodeAt(0) > 0xff);
    }
  });
});
