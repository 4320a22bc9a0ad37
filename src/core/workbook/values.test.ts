import fc from 'fast-check';
import type { PresentValue } from './values';
import {
  agendaKindChoice,
  bodyChoice,
  disciplineChoice,
  genderChoice,
  memberTypeChoice,
  notRatedChoice,
  organizationTypeChoice,
  parseAbsentees,
  parseGuests,
  parseNumberText,
  parsePeople,
  parsePerson,
  parseRating,
  readBoolean,
  readChoice,
  readDate,
  readFraction,
  readInteger,
  readNumber,
  readRating,
  readRoman,
  readTerm,
  readTime,
  shownValue,
  splitEntries,
  textOf,
} from './values';
import { toRoman } from '../text/roman';

const utc = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

describe('readDate', () => {
  it.each<[string, PresentValue, { year: number; month: number; day: number }]>([
    ['a date cell (UTC fields)', utc(2025, 10, 5), { year: 2025, month: 10, day: 5 }],
    ['a date cell with a time', utc(2025, 10, 5, 23, 59), { year: 2025, month: 10, day: 5 }],
    ['an Excel serial', 45935, { year: 2025, month: 10, day: 5 }],
    ['a serial with a time fraction', 45935.75, { year: 2025, month: 10, day: 5 }],
    ['serial 1', 1, { year: 1900, month: 1, day: 1 }],
    ['serial 61 (after the 1900 leap bug)', 61, { year: 1900, month: 3, day: 1 }],
    ['dd/mm/yyyy', '05/10/2025', { year: 2025, month: 10, day: 5 }],
    ['d/m/yyyy', '5/9/2025', { year: 2025, month: 9, day: 5 }],
    ['dd-mm-yyyy', '05-10-2025', { year: 2025, month: 10, day: 5 }],
    ['dd.mm.yyyy', '05.10.2025', { year: 2025, month: 10, day: 5 }],
    ['yyyy-mm-dd', '2025-10-05', { year: 2025, month: 10, day: 5 }],
    ['ngày … tháng … năm …', 'ngày 5 tháng 10 năm 2022', { year: 2022, month: 10, day: 5 }],
    ['ngày … with leading zeros and capitals', 'Ngày 05 tháng 02 năm 2025', { year: 2025, month: 2, day: 5 }],
    ['ngày … without diacritics', 'ngay 5 thang 10 nam 2022', { year: 2022, month: 10, day: 5 }],
    ['ngày … in NFD', 'ngày 5 tháng 10 năm 2022'.normalize('NFD'), { year: 2022, month: 10, day: 5 }],
    ['day first, never US order', '03/04/2025', { year: 2025, month: 4, day: 3 }],
    ['29/02 of a leap year', '29/02/2024', { year: 2024, month: 2, day: 29 }],
    ['a serial typed as text', '45935', { year: 2025, month: 10, day: 5 }],
  ])('reads %s', (_name, value, expected) => {
    expect(readDate(value)).toEqual(expected);
  });

  it.each<[string, PresentValue]>([
    ['31/02/2025', '31/02/2025'],
    ['29/02/2025 (not a leap year)', '29/02/2025'],
    ['31/04/2025', '31/04/2025'],
    ['month 13', '05/13/2025'],
    ['day 0', '00/10/2025'],
    ['2025-02-30', '2025-02-30'],
    ['ngày 32 tháng 1 năm 2025', 'ngày 32 tháng 1 năm 2025'],
    ['serial 60 (Excel’s 29/02/1900)', 60],
  ])('[V2] %s does not exist', (_name, value) => {
    expect(readDate(value)).toBe('nonexistent');
  });

  it.each<[string, PresentValue]>([
    ['words', 'hôm qua'],
    ['a two-digit year', '5/10/25'],
    ['mixed separators', '05/10-2025'],
    ['a bare year as a number', 2022],
    ['a bare year as text', '2022'],
    ['zero', 0],
    ['a negative serial', -5],
    ['a huge serial', 3_000_000],
    ['a boolean', true],
    ['an invalid Date', new Date(Number.NaN)],
  ])('[V2] %s cannot be read', (_name, value) => {
    expect(readDate(value)).toBe('unreadable');
  });
});

describe('readTime', () => {
  it.each<[PresentValue, { hour: number; minute: number }]>([
    ['8:00', { hour: 8, minute: 0 }],
    ['08:30', { hour: 8, minute: 30 }],
    ['8 giờ 00', { hour: 8, minute: 0 }],
    ['8 giờ', { hour: 8, minute: 0 }],
    ['14h30', { hour: 14, minute: 30 }],
    ['14H30', { hour: 14, minute: 30 }],
    ['8g30', { hour: 8, minute: 30 }],
    ['8 giờ 30 phút', { hour: 8, minute: 30 }],
    ['2 giờ chiều', { hour: 14, minute: 0 }],
    ['7:30:00', { hour: 7, minute: 30 }],
    [8, { hour: 8, minute: 0 }],
    [0.5, { hour: 12, minute: 0 }],
    [14.5 / 24, { hour: 14, minute: 30 }],
    [utc(1899, 12, 30, 8, 15), { hour: 8, minute: 15 }],
  ])('reads %p', (value, expected) => {
    expect(readTime(value)).toEqual(expected);
  });

  it.each<PresentValue>(['25:00', '8:75', 'sáng sớm', 24, -0.5, true])('[V2] %p cannot be read as a time', (value) => {
    expect(readTime(value)).toBe('unreadable');
  });
});

describe('parseNumberText and readNumber', () => {
  it.each<[string, boolean, number]>([
    ['77', false, 77],
    ['77,5', false, 77.5],
    ['77.5', false, 77.5],
    ['3.400', true, 3400],
    ['3,400', true, 3400],
    ['3.400', false, 3.4],
    ['1.234.567', true, 1234567],
    ['1,234,567', true, 1234567],
    ['1.234,5', false, 1234.5],
    ['1,234.5', false, 1234.5],
    ['3 400', true, 3400],
    ['3\u00a0400', true, 3400],
    ['-5', true, -5],
    ['+5', true, 5],
    ['\u22125', true, -5],
    [',5', false, 0.5],
    ['0.500', true, 0.5],
    ['34.0', true, 34],
    ['12.3456', true, 12.3456],
  ])('%s (integer column: %s) → %d', (text, integer, expected) => {
    expect(parseNumberText(text, integer)).toBe(expected);
  });

  it.each(['', 'abc', '12a', '1.2.3', '1,23,456', '1.234.56', '1,2.3', '5,', '-', '1..2', '1.234,56.7', '12 điểm'])(
    '[V3] "%s" cannot be read',
    (text) => {
      expect(parseNumberText(text, false)).toBe('unreadable');
    },
  );

  it('reads numeric cells and refuses booleans, dates and infinities', () => {
    expect(readNumber(85.25)).toBe(85.25);
    expect(readNumber(true)).toBe('unreadable');
    expect(readNumber(utc(2025, 1, 1))).toBe('unreadable');
    expect(readNumber(Number.POSITIVE_INFINITY)).toBe('unreadable');
  });

  it('reads every integer back from its Vietnamese and English spellings (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const vi = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const en = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(parseNumberText(vi, true)).toBe(n);
        expect(parseNumberText(en, true)).toBe(n);
      }),
    );
  });

  it('reads every two-decimal score back with a comma or a point (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = (hundredths / 100).toFixed(2);
        expect(parseNumberText(text, false)).toBeCloseTo(hundredths / 100, 9);
        expect(parseNumberText(text.replace('.', ','), false)).toBeCloseTo(hundredths / 100, 9);
      }),
    );
  });
});

describe('readInteger', () => {
  it.each<[PresentValue, number]>([
    [34, 34],
    ['34', 34],
    ['3.400', 3400],
    [34.0000000001, 34],
    ['34,0', 34],
  ])('reads %p as %d', (value, expected) => {
    expect(readInteger(value)).toBe(expected);
  });

  it.each<PresentValue>([34.5, '3,5', '77.25'])('[V3] %p is not whole', (value) => {
    expect(readInteger(value)).toBe('notWhole');
  });

  it.each<PresentValue>(['ba mươi', true, utc(2025, 1, 1), '#'])('[V3] %p cannot be read', (value) => {
    expect(readInteger(value)).toBe('unreadable');
  });
});

describe('readBoolean', () => {
  it.each<PresentValue>(['x', 'X', 'có', 'Có', 'co', 'CÓ', 'yes', 'YES', 'true', 'TRUE', '1', '✓', '✔', true, 1])('%p is true', (value) => {
    expect(readBoolean(value)).toBe(true);
  });
  it.each<PresentValue>(['không', 'Không', 'khong', 'no', 'false', 'FALSE', '0', false, 0, '-'])('%p is false', (value) => {
    expect(readBoolean(value)).toBe(false);
  });
  it.each<PresentValue>(['có lẽ', 'y', '2', 2, utc(2025, 1, 1)])('[V3] %p cannot be read', (value) => {
    expect(readBoolean(value)).toBe('unreadable');
  });
});

describe('ratings', () => {
  it.each([
    ['Hoàn thành xuất sắc nhiệm vụ', 'excellent'],
    ['HTXSNV', 'excellent'],
    ['htxsnv', 'excellent'],
    ['HTXS', 'excellent'],
    ['HT xuất sắc', 'excellent'],
    ['Xuất sắc', 'excellent'],
    ['xuat sac', 'excellent'],
    ['HOÀN THÀNH XUẤT SẮC NHIỆM VỤ', 'excellent'],
    ['Hoan thanh xuat sac nhiem vu', 'excellent'],
    ['Hoàn thành xuất sắc', 'excellent'],
    ['Hoàn  thành   xuất sắc  nhiệm vụ', 'excellent'],
    ['Hoàn thành tốt nhiệm vụ', 'good'],
    ['HTTNV', 'good'],
    ['HTT', 'good'],
    ['HT tốt', 'good'],
    ['Tốt', 'good'],
    ['tot', 'good'],
    ['Hoàn thành tốt', 'good'],
    ['Hoàn thành nhiệm vụ', 'complete'],
    ['HTNV', 'complete'],
    ['HT', 'complete'],
    ['ht', 'complete'],
    ['Hoàn thành', 'complete'],
    ['Không hoàn thành nhiệm vụ', 'incomplete'],
    ['KHTNV', 'incomplete'],
    ['KHT', 'incomplete'],
    ['Không hoàn thành', 'incomplete'],
    ['khong hoan thanh', 'incomplete'],
    ['Không HT', 'incomplete'],
    ['Không hoàn thành nhiệm vụ'.normalize('NFD'), 'incomplete'],
    ['Hoàn thành tốt nhiệm vụ'.normalize('NFD'), 'good'],
  ])('%s → %s', (text, level) => {
    expect(parseRating(text)).toBe(level);
    expect(readRating(text)).toBe(level);
  });

  it.each<PresentValue>(['Khá', 'Trung bình', 'Loại A', 'HTXSNV1', 'xuất sắc lắm', 'Yếu', 3, true])('[V4] %p is not a level', (value) => {
    expect(readRating(value)).toBe('unreadable');
  });
});

describe('enumerations', () => {
  it.each([
    ['Ban Chấp hành', 'executiveCommittee'],
    ['BCH', 'executiveCommittee'],
    ['bch', 'executiveCommittee'],
    ['ban chap hanh', 'executiveCommittee'],
    ['Ban Thường vụ', 'standingBoard'],
    ['BTV', 'standingBoard'],
    ['BAN THƯỜNG VỤ', 'standingBoard'],
  ])('Cơ quan họp %s → %s', (text, value) => {
    expect(readChoice(bodyChoice, text)).toBe(value);
  });

  it.each([
    ['Báo cáo', 'report'],
    ['Thảo luận', 'discussion'],
    ['Biểu quyết', 'vote'],
    ['bieu quyet', 'vote'],
    ['Bầu cử', 'election'],
    ['BẦU CỬ', 'election'],
  ])('Hình thức %s → %s', (text, value) => {
    expect(readChoice(agendaKindChoice, text)).toBe(value);
  });

  it.each([
    ['Đảng bộ cơ sở', 'grassrootsCommittee'],
    ['dang bo co so', 'grassrootsCommittee'],
    ['Chi bộ cơ sở', 'grassrootsCell'],
    ['Đảng bộ bộ phận', 'subCommittee'],
    ['Chi bộ trực thuộc', 'subordinateCell'],
    ['CBTT', 'subordinateCell'],
  ])('Loại %s → %s', (text, value) => {
    expect(readChoice(organizationTypeChoice, text)).toBe(value);
  });

  it.each([
    ['Miễn sinh hoạt', 'exempt'],
    ['Miễn công tác và sinh hoạt đảng', 'exempt'],
    ['Đình chỉ sinh hoạt', 'suspended'],
    ['Mới kết nạp', 'newlyAdmitted'],
    ['moi ket nap', 'newlyAdmitted'],
  ])('Không xếp loại %s → %s', (text, value) => {
    expect(readChoice(notRatedChoice, text)).toBe(value);
  });

  it.each([
    ['Khiển trách', 'reprimand'],
    ['Cảnh cáo', 'warning'],
    ['Cách chức', 'dismissal'],
    ['KHAI TRỪ', 'expulsion'],
  ])('Kỷ luật %s → %s', (text, value) => {
    expect(readChoice(disciplineChoice, text)).toBe(value);
  });

  it('reads Loại đảng viên and Giới tính', () => {
    expect(readChoice(memberTypeChoice, 'Chính thức')).toBe('full');
    expect(readChoice(memberTypeChoice, 'dự bị')).toBe('probationary');
    expect(readChoice(genderChoice, 'Nam')).toBe('male');
    expect(readChoice(genderChoice, 'NỮ')).toBe('female');
    expect(readChoice(genderChoice, 'nu')).toBe('female');
  });

  it('reads "Không" as none in the optional Không xếp loại and Kỷ luật columns only', () => {
    expect(readChoice(disciplineChoice, 'Không')).toBeUndefined();
    expect(readChoice(notRatedChoice, 'không')).toBeUndefined();
    expect(readChoice(genderChoice, 'Không')).toBe('unreadable');
  });

  it.each<[string, PresentValue]>([
    ['Cơ quan họp', 'Đại hội'],
    ['Cơ quan họp', 3],
    ['Hình thức', 'Bỏ phiếu kín'],
  ])('[V3] %s %p is not accepted', (_column, value) => {
    const spec = _column === 'Cơ quan họp' ? bodyChoice : agendaKindChoice;
    expect(readChoice(spec, value)).toBe('unreadable');
  });

  it('offers the dropdown values in messages', () => {
    expect(bodyChoice.accepted).toEqual(['Ban Chấp hành', 'Ban Thường vụ']);
  });
});

describe('Đơn vị values', () => {
  it.each([
    ['2025 - 2030', { startYear: 2025, endYear: 2030 }],
    ['2025-2030', { startYear: 2025, endYear: 2030 }],
    ['2025 – 2030', { startYear: 2025, endYear: 2030 }],
    ['2020—2025', { startYear: 2020, endYear: 2025 }],
    ['Nhiệm kỳ 2025 - 2030', { startYear: 2025, endYear: 2030 }],
  ])('term %s', (text, term) => {
    expect(readTerm(text)).toEqual(term);
  });

  it.each<PresentValue>(['2030 - 2025', '2025 - 2025', '2025', '25 - 30', 'khóa mới', 2025])('[V5] term %p is out of range', (value) => {
    expect(readTerm(value)).toBe('outOfRange');
  });

  it.each<[PresentValue, number]>([
    ['2/3', 2 / 3],
    ['66,67%', 0.6667],
    ['66.67 %', 0.6667],
    ['0.95', 0.95],
    ['0,95', 0.95],
    ['95%', 0.95],
    [0.95, 0.95],
    [95, 0.95],
    ['1', 1],
    ['100%', 1],
    ['0', 0],
  ])('fraction %p', (value, expected) => {
    expect(readFraction(value)).toBeCloseTo(expected, 10);
  });

  it.each<PresentValue>(['3/2', '150%', '-5%', 250, -0.1, '1/0'])('[V5] fraction %p is out of range', (value) => {
    expect(readFraction(value)).toBe('outOfRange');
  });

  it.each<PresentValue>(['hai phần ba', '2/3/4', true])('[V3] fraction %p cannot be read', (value) => {
    expect(readFraction(value)).toBe('unreadable');
  });

  it.each<[PresentValue, number]>([
    ['I', 1],
    ['XIV', 14],
    ['xiv', 14],
    ['Khóa XIV', 14],
    ['MCMXC', 1990],
    ['14', 14],
    [14, 14],
  ])('Khóa %p → %d', (value, n) => {
    expect(readRoman(value)).toBe(n);
  });

  it.each<PresentValue>(['IIII', 'VX', 'ABC', '0', 0, 1.5])('[V3] Khóa %p cannot be read', (value) => {
    expect(readRoman(value)).toBe('unreadable');
  });

  it('writes and reads every Roman numeral 1–3999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(readRoman(toRoman(n))).toBe(n);
      }),
    );
  });
});

describe('multi-line fields', () => {
  it('Chủ trì: one person per line, "Name - position"', () => {
    expect(parsePeople('Nguyễn Văn An - Bí thư\nTrần Thị Bình – Phó Bí thư')).toEqual([
      { name: 'Nguyễn Văn An', position: 'Bí thư' },
      { name: 'Trần Thị Bình', position: 'Phó Bí thư' },
    ]);
  });

  it('Chủ trì: ";" separates people; bullets and "đồng chí" are dropped', () => {
    expect(parsePeople('- Đ/c Nguyễn Văn An - Bí thư; + đồng chí Trần Thị Bình — Phó Bí thư Thường trực')).toEqual([
      { name: 'Nguyễn Văn An', position: 'Bí thư' },
      { name: 'Trần Thị Bình', position: 'Phó Bí thư Thường trực' },
    ]);
  });

  it('a position may itself contain a dash: only the first one separates', () => {
    expect(parsePerson('Lê Văn Cường - Phó Bí thư - Chủ tịch UBND')).toEqual({
      name: 'Lê Văn Cường',
      position: 'Phó Bí thư - Chủ tịch UBND',
    });
  });

  it('accepts "Name (position)" and a bare name; a comma does not separate', () => {
    expect(parsePerson('Nguyễn Văn An (Bí thư)')).toEqual({ name: 'Nguyễn Văn An', position: 'Bí thư' });
    expect(parsePerson('Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An' });
    expect(parsePerson('Nguyễn Văn An, Bí thư')).toEqual({ name: 'Nguyễn Văn An, Bí thư' });
  });

  it('Vắng mặt: "Name - reason", one per line', () => {
    expect(parseAbsentees('1. Phạm Văn Dũng - đi công tác\n2) Hoàng Thị Em - ốm\nVõ Văn Phúc')).toEqual([
      { name: 'Phạm Văn Dũng', reason: 'đi công tác' },
      { name: 'Hoàng Thị Em', reason: 'ốm' },
      { name: 'Võ Văn Phúc' },
    ]);
  });

  it('Đại biểu mời: one per line, blank lines dropped', () => {
    expect(splitEntries('Đồng chí A - Tỉnh ủy viên\n\n  • Đồng chí B  \n', true)).toEqual(['Đồng chí A - Tỉnh ủy viên', 'Đồng chí B']);
  });
});

describe('display', () => {
  it('shows values as the user typed them', () => {
    expect(shownValue(77.5)).toBe('77,5');
    expect(shownValue(utc(2025, 2, 5))).toBe('05/02/2025');
    expect(shownValue('x'.repeat(100))).toHaveLength(58);
    expect(textOf(101)).toBe('101');
    expect(textOf(utc(2025, 2, 5))).toBe('05/02/2025');
  });
});

// Regressions found by the workbook fixtures (test/fixtures/workbooks/good-messy-clerk.xlsx).
describe('regressions', () => {
  it('[V2] a date typed with a closing full stop is that date, not a nonexistent one', () => {
    expect(readDate('ngày 5 tháng 10 năm 2022.')).toEqual({ year: 2022, month: 10, day: 5 });
    expect(readDate('05/10/2022.')).toEqual({ year: 2022, month: 10, day: 5 });
    expect(readDate('ngày 31 tháng 2 năm 2025.')).toBe('nonexistent');
    expect(readDate('hôm qua.')).toBe('unreadable');
  });

  it('[C1] "Không" typed in Vắng mặt or Đại biểu mời means nobody, not a person named "Không"', () => {
    for (const none of ['Không', 'không có', 'Không ai', '0']) {
      expect(parseAbsentees(none)).toEqual([]);
      expect(parseGuests(none)).toEqual([]);
    }
    expect(parseAbsentees('Không Văn Minh - ốm')).toEqual([{ name: 'Không Văn Minh', reason: 'ốm' }]);
    expect(parseGuests('Đồng chí A; Đồng chí B')).toEqual(['Đồng chí A', 'Đồng chí B']);
  });
});
