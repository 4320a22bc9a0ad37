import fc from 'fast-check';
import { isVietnameseSyllable } from './syllable';
import { syllableArbitrary } from './vietnamese-test-text';

describe('isVietnameseSyllable', () => {
  it.each(['người', 'Nghiêng', 'khuỷu', 'quyết', 'giữa', 'gì', 'gìn', 'xoong', 'hoà', 'hòa', 'Uỷ', 'ỦY', 'đảng', 'ăn', 'ước', 'yêu', 'khuya', 'ngoằn', 'oái'])(
    'accepts %s',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );

  it.each(['', 'bàt', 'cảc', 'tiế', 'ăm̀', 'café', 'john', 'đảngg', 'aé', 'hoà1', 'nh©n', 'vieät', 'xuêt', 'ẳ', 'nghiêngiêng'])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('accepts every generated syllable, in any case (property)', () => {
    fc.assert(
      fc.property(syllableArbitrary(), (syllable) => {
        expect(isVietnameseSyllable(syllable)).toBe(true);
        expect(isVietnameseSyllable(syllable.toUpperCase())).toBe(true);
      }),
    );
  });
});
