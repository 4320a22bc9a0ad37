import fc from 'fast-check';
import type { CalendarDate } from '../model/types';
import {
  addMonths,
  compareDates,
  dateFromJsDate,
  dateInWords,
  dateLine,
  daysInMonth,
  excelSerialToDate,
  formatDate,
  formatTimeWords,
  isExcelDateSerial,
  isValidDate,
  parseDateText,
  parseTimeText,
} from './dates';

const date = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

const validDate = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([year, month, day]) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

describe('isValidDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2025, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2025, 4, 31, false],
    [2025, 12, 31, true],
    [2025, 13, 1, false],
    [2025, 0, 1, false],
    [0, 1, 1, false],
    [2025, 1, 1.5, false],
  ])('%d-%d-%d → %s', (y, m, d, valid) => {
    expect(isValidDate(y, m, d)).toBe(valid);
  });
});

describe('formatting dates', () => {
  it('formatDate pads day and month', () => {
    expect(formatDate(date(5, 2, 2025))).toBe('05/02/2025');
    expect(formatDate(date(30, 8, 2025))).toBe('30/08/2025');
  });

  it.each([
    [date(5, 2, 2025), 'ngày 05 tháng 02 năm 2025'],
    [date(30, 8, 2025), 'ngày 30 tháng 8 năm 2025'],
    [date(1, 1, 2026), 'ngày 01 tháng 01 năm 2026'],
    [date(9, 3, 2025), 'ngày 09 tháng 3 năm 2025'],
    [date(10, 12, 2025), 'ngày 10 tháng 12 năm 2025'],
  ])('dateInWords follows REGULATIONS §5: %o → %s', (d, words) => {
    expect(dateInWords(d)).toBe(words);
  });

  it('dateLine puts the place first', () => {
    expect(dateLine('Khánh Hòa', date(5, 2, 2025))).toBe('Khánh Hòa, ngày 05 tháng 02 năm 2025');
    expect(dateLine(' ', date(30, 8, 2025))).toBe('ngày 30 tháng 8 năm 2025');
  });
});

describe('compareDates and addMonths', () => {
  it('orders by year, month, day', () => {
    expect(compareDates(date(1, 1, 2025), date(31, 12, 2024))).toBeGreaterThan(0);
    expect(compareDates(date(5, 2, 2025), date(5, 2, 2025))).toBe(0);
    expect(compareDates(date(4, 2, 2025), date(5, 2, 2025))).toBeLessThan(0);
  });

  it.each([
    [date(31, 1, 2025), 1, date(28, 2, 2025)],
    [date(31, 1, 2024), 1, date(29, 2, 2024)],
    [date(15, 11, 2025), 2, date(15, 1, 2026)],
    [date(30, 6, 2025), 6, date(30, 12, 2025)],
    [date(31, 3, 2025), -1, date(28, 2, 2025)],
    [date(15, 1, 2025), -13, date(15, 12, 2023)],
  ])('%o + %d months → %o', (d, n, expected) => {
    expect(addMonths(d, n)).toEqual(expected);
  });

  it('adds months within the calendar (property)', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -120, max: 120 }), (d, n) => {
        fc.pre(d.year > 1010 && d.year < 9990);
        const later = addMonths(d, n);
        expect(isValidDate(later.year, later.month, later.day)).toBe(true);
        expect((later.year - d.year) * 12 + later.month - d.month).toBe(n);
        expect(Math.sign(compareDates(later, d))).toBe(Math.sign(n));
        expect(later.day).toBe(Math.min(d.day, daysInMonth(later.year, later.month)));
      }),
    );
  });
});

describe('parseDateText', () => {
  it.each([
    ['05/02/2025', date(5, 2, 2025)],
    ['5/2/2025', date(5, 2, 2025)],
    ['05-02-2025', date(5, 2, 2025)],
    ['05.02.2025', date(5, 2, 2025)],
    ['2025-02-05', date(5, 2, 2025)],
    [' 05 / 02 / 2025 ', date(5, 2, 2025)],
    ['12/05/2025', date(12, 5, 2025)],
    ['ngày 5 tháng 10 năm 2022', date(5, 10, 2022)],
    ['Ngày  05  Tháng 10   Năm 2022', date(5, 10, 2022)],
    ['NGAY 5 THANG 10 NAM 2022', date(5, 10, 2022)],
    ['ngày 5 tháng 10 năm 2022'.normalize('NFD'), date(5, 10, 2022)],
    ['5 tháng 10 năm 2022', date(5, 10, 2022)],
    ['Khánh Hòa, ngày 05 tháng 02 năm 2025', date(5, 2, 2025)],
    ['05/02/2025 00:00:00', date(5, 2, 2025)],
    ['2025-02-05T00:00:00.000Z', date(5, 2, 2025)],
    ['29/02/2024', date(29, 2, 2024)],
  ])('%s → %o', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  it.each(['31/02/2025', '29/02/2025', '00/01/2025', '32/01/2025', '15/13/2025', '2025-02-30', 'ngày 31 tháng 4 năm 2025', '12/05/25', '31/2', '05.02.25', '05/02-2025', 'tháng 10 năm 2022', '01/01/0000'])(
    "%s → 'invalid'",
    (text) => {
      expect(parseDateText(text)).toBe('invalid');
    },
  );

  it.each(['', '   ', 'chưa có', 'Nguyễn Văn An', '45000', '12,5', 'x'])('%s → undefined', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads back every date in each written form (property)', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        expect(parseDateText(formatDate(d))).toEqual(d);
        expect(parseDateText(dateInWords(d))).toEqual(d);
        expect(parseDateText(dateLine('Khánh Hòa', d))).toEqual(d);
        expect(parseDateText(`${d.day}/${d.month}/${d.year}`)).toEqual(d);
        expect(parseDateText(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`)).toEqual(d);
        expect(parseDateText(formatDate(d).replace(/\//g, '.'))).toEqual(d);
      }),
    );
  });

  it('rejects days past the end of the month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        expect(parseDateText(`${day}/${month}/${year}`)).toBe('invalid');
      }),
    );
  });
});

describe('Excel serials and JS dates', () => {
  it.each([
    [1, date(1, 1, 1900)],
    [59, date(28, 2, 1900)],
    [60, date(29, 2, 1900)],
    [61, date(1, 3, 1900)],
    [45658, date(1, 1, 2025)],
    [45693, date(5, 2, 2025)],
    [45693.75, date(5, 2, 2025)],
    [45693.9999999999, date(6, 2, 2025)],
    [2958465, date(31, 12, 9999)],
  ])('serial %d → %o', (serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual(expected);
  });

  it.each([0, -1, 2958466, Number.NaN])('serial %d is not a date', (serial) => {
    expect(isExcelDateSerial(serial)).toBe(false);
    expect(() => excelSerialToDate(serial)).toThrow(RangeError);
  });

  it('agrees with Date.UTC from serial 61 on (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const js = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(excelSerialToDate(serial)).toEqual(dateFromJsDate(js));
      }),
    );
  });

  it('dateFromJsDate reads UTC fields', () => {
    expect(dateFromJsDate(new Date(Date.UTC(2025, 1, 5)))).toEqual(date(5, 2, 2025));
    expect(() => dateFromJsDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('times of day', () => {
  it.each([
    ['08:00', 8, 0],
    ['8:00', 8, 0],
    ['8h00', 8, 0],
    ['8h', 8, 0],
    ['8H30', 8, 30],
    ['8 giờ 00', 8, 0],
    ['8 giờ', 8, 0],
    ['14 giờ 30 phút', 14, 30],
    ['14g30', 14, 30],
    ['lúc 7 giờ 30', 7, 30],
    ['08:00:00', 8, 0],
    ['2 giờ chiều', 14, 0],
    ['2:30 PM', 14, 30],
    ['0:00', 0, 0],
    ['23:59', 23, 59],
  ])('%s → %d:%d', (text, hour, minute) => {
    expect(parseTimeText(text)).toEqual({ hour, minute });
  });

  it.each(['25:00', '8:75', '24 giờ', '8:7:6:5', '8h0000'])("%s → 'invalid'", (text) => {
    expect(parseTimeText(text)).toBe('invalid');
  });

  it.each(['', 'sáng', '8', 'không rõ'])('%s → undefined', (text) => {
    expect(parseTimeText(text)).toBeUndefined();
  });

  it('formatTimeWords', () => {
    expect(formatTimeWords({ hour: 8, minute: 0 })).toBe('8 giờ 00');
    expect(formatTimeWords({ hour: 14, minute: 30 })).toBe('14 giờ 30');
  });

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const t = { hour, minute };
        expect(parseTimeText(formatTimeWords(t))).toEqual(t);
        expect(parseTimeText(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)).toEqual(t);
        expect(parseTimeText(`${hour}h${String(minute).padStart(2, '0')}`)).toEqual(t);
      }),
    );
  });
});
