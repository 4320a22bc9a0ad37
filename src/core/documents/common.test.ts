import { aConference, aUnit } from '../rules/test-builders';
import {
  authorityOf,
  bodyOfCommittee,
  bodyOfShortName,
  chairsSentence,
  documentNumber,
  headerData,
  lowerGenericStart,
  nameWithComma,
  recipientLines,
  sentence,
  signatureFor,
  signingTitle,
  termText,
  attendance,
} from './common';

describe('documentNumber (REGULATIONS.md §3)', () => {
  const unit = aUnit();

  it('writes "Số <n>-<type>/<body>" with a leading zero below 10, no colon after "Số"', () => {
    expect(documentNumber(5, 'resolution', unit)).toBe('Số 05-NQ/ĐU');
    expect(documentNumber(1, 'conclusionNotice', unit)).toBe('Số 01-TB/ĐU');
    expect(documentNumber(12, 'minutes', unit)).toBe('Số 12-BB/ĐU');
    expect(documentNumber(127, 'report', unit)).toBe('Số 127-BC/ĐU');
  });

  it('leaves a blank space for the office to fill in when the workbook has no number', () => {
    const text = documentNumber(undefined, 'resolution', unit);
    expect(text).toMatch(/^Số {4,}-NQ\/ĐU$/u);
    expect(text).not.toMatch(/\d/u);
  });

  it('uses the committee body code of Đơn vị', () => {
    expect(documentNumber(9, 'resolution', aUnit({ bodyCode: 'TU' }))).toBe('Số 09-NQ/TU');
  });
});

describe('headerData: date line (REGULATIONS.md §5)', () => {
  const unit = aUnit({ superiorBody: 'Đảng bộ tỉnh Khánh Hòa' });

  it.each([
    [{ year: 2025, month: 2, day: 5 }, 'Khánh Hòa, ngày 05 tháng 02 năm 2025'],
    [{ year: 2025, month: 1, day: 15 }, 'Khánh Hòa, ngày 15 tháng 01 năm 2025'],
    [{ year: 2025, month: 8, day: 30 }, 'Khánh Hòa, ngày 30 tháng 8 năm 2025'],
    [{ year: 2025, month: 12, day: 1 }, 'Khánh Hòa, ngày 01 tháng 12 năm 2025'],
    [{ year: 2025, month: 3, day: 9 }, 'Khánh Hòa, ngày 09 tháng 3 năm 2025'],
  ])('%o → %s (days 1–9 and months 1–2 padded)', (date, expected) => {
    expect(headerData(unit, 'Số 01-NQ/ĐU', date).dateLine).toBe(expected);
  });

  it('leaves blanks for day, month and year when the date is unknown', () => {
    expect(headerData(unit, '', undefined).dateLine).toMatch(/^Khánh Hòa, ngày {2,}tháng {2,}năm/u);
  });

  it('writes the bodies in upper case and keeps the number as given', () => {
    const header = headerData(unit, 'Số 05-NQ/ĐU', { year: 2025, month: 12, day: 10 });
    expect(header.superiorBody).toBe('ĐẢNG BỘ TỈNH KHÁNH HÒA');
    expect(header.issuingBody).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(header.documentNumber).toBe('Số 05-NQ/ĐU');
  });
});

describe('names of bodies and terms', () => {
  it('writes the term with an en dash: "2025 – 2030"', () => {
    expect(termText(aUnit())).toBe('2025 – 2030');
    expect(termText(aUnit({ term: undefined }))).toBe('');
  });

  it('names the Executive Committee after the Đảng bộ and the Standing Board after the committee (Đảng ủy, Tỉnh ủy)', () => {
    const unit = aUnit();
    expect(bodyOfCommittee('executiveCommittee', unit)).toBe('Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh');
    expect(bodyOfCommittee('standingBoard', unit)).toBe('Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh');
    const province = aUnit({ bodyCode: 'TU', committeeName: 'Đảng bộ tỉnh Khánh Hòa' });
    expect(bodyOfCommittee('standingBoard', province)).toBe('Ban Thường vụ Tỉnh ủy Khánh Hòa');
    expect(bodyOfCommittee('executiveCommittee', province)).toBe('Ban Chấp hành Đảng bộ tỉnh Khánh Hòa');
    expect(bodyOfCommittee('standingBoard', aUnit({ bodyCode: 'TPU', committeeName: 'Đảng bộ thành phố Nha Trang' }))).toBe('Ban Thường vụ Thành ủy Nha Trang');
  });

  it('says "Ban Thường vụ Đảng ủy" and "Ban Chấp hành Đảng bộ", never "Ban Chấp hành Đảng ủy"', () => {
    expect(bodyOfShortName('standingBoard', aUnit())).toBe('Ban Thường vụ Đảng ủy');
    expect(bodyOfShortName('executiveCommittee', aUnit())).toBe('Ban Chấp hành Đảng bộ');
    expect(bodyOfShortName('standingBoard', aUnit({ bodyCode: 'TU' }))).toBe('Ban Thường vụ Tỉnh ủy');
    expect(bodyOfShortName('executiveCommittee', aUnit({ bodyCode: 'TU' }))).toBe('Ban Chấp hành Đảng bộ tỉnh');
  });

  it('writes attendance as present over total', () => {
    expect(attendance(aConference({ present: 30 }), 34)).toBe('30/34');
    expect(attendance(aConference({ present: 30 }), undefined)).toBe('30');
  });
});

describe('signature (REGULATIONS.md §4)', () => {
  it('signs on behalf of the body that met, with a slash', () => {
    expect(authorityOf('executiveCommittee')).toBe('T/M BAN CHẤP HÀNH');
    expect(authorityOf('standingBoard')).toBe('T/M BAN THƯỜNG VỤ');
  });

  it.each([
    ['Bí thư Đảng ủy', 'BÍ THƯ'],
    ['Phó Bí thư Thường trực Đảng ủy', 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
    ['Phó Bí thư Đảng ủy', 'PHÓ BÍ THƯ'],
    ['Bí thư Chi bộ Văn phòng', 'BÍ THƯ'],
    ['Phó Bí thư Đảng bộ', 'PHÓ BÍ THƯ'],
    ['Bí thư Tỉnh ủy', 'BÍ THƯ'],
  ])('title from the position "%s" → %s', (position, title) => {
    expect(signingTitle(position)).toBe(title);
  });

  it('has the chair sign when a secretary or deputy secretary chaired, with the title from their position', () => {
    const deputy = { name: 'Nguyễn Thị Minh Thư', position: 'Phó Bí thư Thường trực Đảng ủy' };
    expect(signatureFor('standingBoard', aUnit({ secretary: 'Trần Quốc Nam' }), [deputy])).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
      name: 'Nguyễn Thị Minh Thư',
    });
  });

  it('has the secretary of Đơn vị sign as BÍ THƯ when the chair is no secretary', () => {
    const chair = { name: 'Võ Văn Thành', position: 'Trưởng Ban Tổ chức Đảng ủy' };
    expect(signatureFor('executiveCommittee', aUnit({ secretary: 'Trần Quốc Nam' }), [chair])).toEqual({
      authority: 'T/M BAN CHẤP HÀNH',
      title: 'BÍ THƯ',
      name: 'Trần Quốc Nam',
    });
  });

  it('falls back to the first chair when Đơn vị names no secretary', () => {
    const chair = { name: 'Võ Văn Thành', position: 'Ủy viên Ban Thường vụ' };
    expect(signatureFor('executiveCommittee', aUnit({ secretary: undefined }), [chair])).toEqual({
      authority: 'T/M BAN CHẤP HÀNH',
      title: 'ỦY VIÊN',
      name: 'Võ Văn Thành',
    });
    expect(signatureFor('executiveCommittee', aUnit({ secretary: undefined }), []).title).toBe('BÍ THƯ');
  });
});

describe('recipientLines (FORMAT.md "Recipients")', () => {
  it('ends every line with "," and the last, the archive, with "."', () => {
    const lines = recipientLines(
      aUnit({ recipients: ['Ban Thường vụ Tỉnh ủy (để báo cáo)', '- Các tổ chức cơ sở đảng trực thuộc;', 'Lưu Văn phòng Đảng ủy.'] }),
    ).map((l) => l.text);
    expect(lines).toEqual([
      '- Ban Thường vụ Tỉnh ủy (để báo cáo),',
      '- Các tổ chức cơ sở đảng trực thuộc,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
  });

  it('moves the archive line last and adds one when the workbook has none', () => {
    expect(recipientLines(aUnit({ recipients: ['Lưu VP', 'Ban Tổ chức Tỉnh ủy'] })).map((l) => l.text)).toEqual([
      '- Ban Tổ chức Tỉnh ủy,',
      '- Lưu VP.',
    ]);
    expect(recipientLines(aUnit({ recipients: ['Ban Tổ chức Tỉnh ủy'] })).map((l) => l.text)).toEqual([
      '- Ban Tổ chức Tỉnh ủy,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('uses a default list when the workbook names no recipient', () => {
    const lines = recipientLines(aUnit({ recipients: [] })).map((l) => l.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.startsWith('- ') && l.endsWith(','))).toBe(true);
    expect(lines.at(-1)).toMatch(/^- Lưu .+\.$/u);
  });
});

describe('sentences', () => {
  it('ends a sentence with exactly one full stop', () => {
    expect(sentence('Thông qua kế hoạch')).toBe('Thông qua kế hoạch.');
    expect(sentence('Thông qua kế hoạch.')).toBe('Thông qua kế hoạch.');
    expect(sentence('Thông qua kế hoạch; ')).toBe('Thông qua kế hoạch.');
    expect(sentence('Như sau:')).toBe('Như sau:');
  });

  it('names one chair or several co-chairs', () => {
    expect(chairsSentence([{ name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' }])).toBe('Đồng chí Trần Quốc Nam, Bí thư Đảng ủy chủ trì.');
    expect(
      chairsSentence(
        [
          { name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' },
          { name: 'Lê Hoàng Phúc' },
        ],
        'chủ trì Hội nghị',
      ),
    ).toBe('Các đồng chí: Trần Quốc Nam, Bí thư Đảng ủy; Lê Hoàng Phúc đồng chủ trì Hội nghị.');
    expect(chairsSentence([])).toBe('');
  });

  it('writes "Name - position" as "Name, position" and lowers "Các" inside a sentence', () => {
    expect(nameWithComma('Võ Văn Thành - Trưởng Ban Tổ chức Đảng ủy')).toBe('Võ Văn Thành, Trưởng Ban Tổ chức Đảng ủy');
    expect(nameWithComma('Võ Văn Thành – Trưởng Ban')).toBe('Võ Văn Thành, Trưởng Ban');
    expect(nameWithComma('Nhiệm kỳ 2025-2030')).toBe('Nhiệm kỳ 2025-2030');
    expect(lowerGenericStart('Các chi bộ trực thuộc')).toBe('các chi bộ trực thuộc');
    expect(lowerGenericStart('Ban Tổ chức Đảng ủy')).toBe('Ban Tổ chức Đảng ủy');
  });
});
