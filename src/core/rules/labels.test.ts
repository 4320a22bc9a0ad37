import { formatFraction, quote, rowList } from './labels';

describe('message wording', () => {
  it('writes simple fractions as such and others as Vietnamese percentages', () => {
    expect(formatFraction(2 / 3)).toBe('2/3');
    expect(formatFraction(0.5)).toBe('1/2');
    expect(formatFraction(0.75)).toBe('3/4');
    expect(formatFraction(0.62)).toBe('62%');
    expect(formatFraction(0.655)).toBe('65,5%');
  });
  it('lists at most five rows', () => {
    expect(rowList([3, 5]).vi).toBe('3, 5');
    expect(rowList([1, 2, 3, 4, 5, 6, 7]).vi).toBe('1, 2, 3, 4, 5 và 2 dòng khác');
  });
  it('quotes cell text on one line, cut with an ellipsis', () => {
    expect(quote('Đề án\nchuyển đổi số')).toBe('«Đề án chuyển đổi số»');
    expect(quote('a'.repeat(100), 10)).toBe(`«${'a'.repeat(9)}…»`);
  });
});
