import fc from 'fast-check';
import { cleanText, foldKey, stripXmlInvalid } from './normalize';

describe('foldKey', () => {
  it.each([
    ['Đảng viên', 'dangvien'],
    ['DANG_VIEN', 'dangvien'],
    ['dang vien', 'dangvien'],
    ['Tổ chức đảng', 'tochucdang'],
    ['Mã HN', 'mahn'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
  it('is the same for NFC and NFD input', () => {
    expect(foldKey('Hội nghị'.normalize('NFD'))).toBe(foldKey('Hội nghị'));
  });
});

describe('cleanText', () => {
  it('[V7] reports decomposed text and returns NFC', () => {
    const result = cleanText('  Nguyễn Thị Hồng '.normalize('NFD'));
    expect(result).toEqual({ text: 'Nguyễn Thị Hồng', wasDecomposed: true, removedInvalid: false });
  });
  it('[V9] removes control characters and says so', () => {
    const result = cleanText('Chi bộ\u0007 Văn phòng\u0000');
    expect(result.text).toBe('Chi bộ Văn phòng');
    expect(result.removedInvalid).toBe(true);
  });
  it('keeps line breaks and tabs inside the text', () => {
    expect(cleanText('a\r\nb\tc').text).toBe('a\nb\tc');
  });
  it('never leaves an XML-invalid character (property, seed printed on failure)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = cleanText(s).text;
        expect(stripXmlInvalid(out)).toBe(out);
        expect(out.normalize('NFC')).toBe(out);
      }),
    );
  });
});
