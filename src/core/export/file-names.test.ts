import fc from 'fast-check';
import { UniqueNames, UniqueSheetNames, safeFileName, safeSheetName } from './file-names';

describe('safeFileName', () => {
  it('keeps Vietnamese letters', () => {
    expect(safeFileName('Nghị quyết BCH-02', 'docx')).toBe('Nghị quyết BCH-02.docx');
  });
  it('replaces separators and never yields a path or ".."', () => {
    expect(safeFileName('../../etc/passwd', 'docx')).toBe('_._etc_passwd.docx');
    expect(safeFileName('Chi bộ 1/2', 'docx')).toBe('Chi bộ 1_2.docx');
    expect(safeFileName('..', 'docx')).toBe('van-ban.docx');
  });
  it('avoids reserved Windows names and empty names', () => {
    expect(safeFileName('CON', 'docx')).toBe('_CON.docx');
    expect(safeFileName('   ', 'docx')).toBe('van-ban.docx');
  });
  it('cuts very long names without splitting a character', () => {
    const name = safeFileName('Đ'.repeat(300) + '😀', 'docx');
    expect(Array.from(name).length).toBe(125);
  });
  it('is always safe (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const name = safeFileName(s, 'docx');
        // eslint-disable-next-line no-control-regex -- asserting that no control character remains
        expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
        expect(name).not.toContain('..');
        expect(name.startsWith('.')).toBe(false);
        expect(name.endsWith('.docx')).toBe(true);
      }),
    );
  });
});

describe('UniqueNames', () => {
  it('de-duplicates names that differ only by case', () => {
    const names = new UniqueNames();
    expect(names.take('Chi bộ Văn phòng', 'docx')).toBe('Chi bộ Văn phòng.docx');
    expect(names.take('Chi bộ văn phòng', 'docx')).toBe('Chi bộ văn phòng (2).docx');
    expect(names.take('Chi bộ Văn phòng', 'docx')).toBe('Chi bộ Văn phòng (3).docx');
  });
});

describe('safeSheetName', () => {
  it('replaces what Excel refuses and cuts to 31 characters', () => {
    expect(safeSheetName('CB01 Chi bộ [Văn phòng]: 1/2?')).toBe('CB01 Chi bộ _Văn phòng__ 1_2_');
    expect(Array.from(safeSheetName('Đ'.repeat(40))).length).toBe(31);
    expect(safeSheetName("'Tổ'")).toBe('Tổ');
    expect(safeSheetName('History')).toBe('_History');
    expect(safeSheetName('')).toBe('_');
  });
  it('is always acceptable to Excel (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const name = safeSheetName(s);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\ud800-\udbff]$/);
        expect(name).not.toMatch(/[\\/?*[\]:]/);
        expect(name.startsWith("'")).toBe(false);
      }),
    );
  });
});

describe('UniqueSheetNames', () => {
  it('keeps names distinct within 31 characters, ignoring case and the reserved ones', () => {
    const names = new UniqueSheetNames(['Tổng hợp']);
    expect(names.take('tổng hợp')).toBe('tổng hợp (2)');
    const long = 'Chi bộ Văn phòng Đảng ủy Các cơ quan';
    expect(names.take(long)).toBe('Chi bộ Văn phòng Đảng ủy Các cơ');
    expect(names.take(long)).toBe('Chi bộ Văn phòng Đảng ủy Cá (2)');
  });
  it('counts UTF-16 units as Excel does, so emoji names stay distinct', () => {
    const names = new UniqueSheetNames();
    const emoji = 'VPTU-NK Chi bộ 🎉 Văn phòng 👍🏽 và thêm';
    const first = names.take(emoji);
    const second = names.take(emoji);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(first).not.toBe(second);
  });
});
