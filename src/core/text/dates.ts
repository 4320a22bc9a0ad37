// Civil dates and times of day: Vietnamese forms in documents (REGULATIONS.md §5), day-first reading (WORKBOOK.md).
import type { CalendarDate, TimeOfDay } from '../model/types';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A Gregorian date with year 1–9999. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "05/02/2025". */
export function formatDate(d: CalendarDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${String(d.year).padStart(4, '0')}`;
}

/** "ngày 05 tháng 02 năm 2025", "ngày 30 tháng 8 năm 2025": REGULATIONS.md §5 pads days 1–9 and months 1–2 only. */
export function dateInWords(d: CalendarDate): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** "Khánh Hòa, ngày 05 tháng 02 năm 2025"; just the date in words when the place is empty. */
export function dateLine(place: string, d: CalendarDate): string {
  const trimmed = place.trim();
  return trimmed === '' ? dateInWords(d) : `${trimmed}, ${dateInWords(d)}`;
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Calendar months later (or earlier for negative n); the day is clamped: 31/01 + 1 month → 28/02 or 29/02. */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: ${n} is not a whole number of months`);
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Case, diacritics (đ → d) and runs of white space folded, for matching typed words. */
function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function civil(year: number, month: number, day: number): CalendarDate | 'invalid' {
  return isValidDate(year, month, day) ? { year, month, day } : 'invalid';
}

// A trailing time of day, as exports write it ("05/02/2025 00:00:00", "2025-02-05T00:00:00Z"), is ignored.
const timeSuffix = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const dayFirst = new RegExp(String.raw`^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})${timeSuffix}$`, 'i');
const yearFirst = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${timeSuffix}$`, 'i');
// A date line pasted whole ("Khánh Hòa, ngày 05 tháng 02 năm 2025") is read too.
const inWords = /^(?:[^,\d]+, ?)?(?:ngay ?)?(\d{1,2}) ?thang ?(\d{1,2}) ?,? ?nam ?(\d{4})$/;
const dateAttempt = /^\d{1,4} ?\/ ?\d{1,4}(?: ?\/ ?\d{1,5})?$|^\d{1,4}(?: ?[/.-] ?\d{1,5}){2,3}$/;
const dateWordAttempt = /\b(?:ngay|thang|nam)\b.*\d|\d.*\b(?:ngay|thang|nam)\b/;

/**
 * Day first, always: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, "ngày 5 tháng 10 năm 2022".
 * 'invalid': one of these forms naming a day that does not exist (31/02/2025), or digits and separators or the
 * words ngày/tháng/năm with numbers that fall short of one (12/05/25, 31/2, "tháng 10 năm 2022");
 * undefined: anything else, bare numbers included (a serial number is the caller's call).
 */
export function parseDateText(text: string): CalendarDate | 'invalid' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let match = dayFirst.exec(trimmed);
  if (match !== null) return civil(Number(match[4]), Number(match[3]), Number(match[1]));
  match = yearFirst.exec(trimmed);
  if (match !== null) return civil(Number(match[1]), Number(match[2]), Number(match[3]));
  const folded = foldWords(trimmed);
  match = inWords.exec(folded);
  if (match !== null) return civil(Number(match[3]), Number(match[2]), Number(match[1]));
  return dateAttempt.test(folded) || dateWordAttempt.test(folded) ? 'invalid' : undefined;
}

/** Excel's last date serial, 31/12/9999. */
const maxExcelSerial = 2958465;

/** A number Excel (1900 system) shows as a date: 1 (01/01/1900) to 2958465 (31/12/9999), time of day allowed. */
export function isExcelDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial < maxExcelSerial + 1;
}

/** Days from 1970-01-01 to a civil date (proleptic Gregorian). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const excelEpoch = daysFromCivil(1899, 12, 30);

/**
 * The date of an Excel serial (1900 system; the time of day is dropped). Excel counts a 29/02/1900 that never
 * was: serial 60 gives { 1900, 2, 29 } as Excel shows it (isValidDate rejects it), 61 is 01/03/1900.
 */
export function excelSerialToDate(serial: number): CalendarDate {
  if (!isExcelDateSerial(serial)) throw new RangeError(`excelSerialToDate: ${serial} is not an Excel date serial`);
  const day = Math.floor(Math.round(serial * 86_400_000) / 86_400_000);
  if (day === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(excelEpoch + (day < 60 ? day + 1 : day));
}

/** The civil date of a Date built from UTC fields, as exceljs returns date cells. */
export function dateFromJsDate(d: Date): CalendarDate {
  if (Number.isNaN(d.getTime())) throw new RangeError('dateFromJsDate: invalid Date');
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const period = String.raw`(?: ?(sang|trua|chieu|toi|dem|sa|ch|am|pm))?`;
const clockTime = new RegExp(String.raw`^(?:luc )?(\d{1,2}) ?: ?(\d{2})(?: ?: ?\d{2})?${period}$`);
const wordTime = new RegExp(String.raw`^(?:luc )?(\d{1,2}) ?(?:h|g|gio)(?: ?(\d{1,2}) ?(?:p|ph|phut)?)?${period}$`);
const timeAttempt = /\d ?(?::|h|g)/;

function withPeriod(hour: number, suffix: string | undefined): number {
  if (suffix === 'chieu' || suffix === 'toi' || suffix === 'pm' || suffix === 'ch') return hour < 12 ? hour + 12 : hour;
  if (suffix === 'trua') return hour < 11 ? hour + 12 : hour;
  if (suffix === 'dem') return hour >= 6 && hour < 12 ? hour + 12 : hour;
  if (suffix === 'am' || suffix === 'sa') return hour === 12 ? 0 : hour;
  return hour;
}

/**
 * "08:00", "8:00", "8h00", "8h", "8 giờ 00", "8 giờ", "14 giờ 30 phút", "2 giờ chiều". 'invalid' for a time form
 * out of range (25:00, 8:75) or digits with ":", "h", "giờ" that make none; undefined for anything else.
 */
export function parseTimeText(text: string): TimeOfDay | 'invalid' | undefined {
  const folded = foldWords(text);
  if (folded === '') return undefined;
  const match = clockTime.exec(folded) ?? wordTime.exec(folded);
  if (match === null) return timeAttempt.test(folded) ? 'invalid' : undefined;
  const hour = withPeriod(Number(match[1]), match[3]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : 'invalid';
}

/** "8 giờ 00", "14 giờ 30". */
export function formatTimeWords(t: TimeOfDay): string {
  return `${t.hour} giờ ${pad2(t.minute)}`;
}
