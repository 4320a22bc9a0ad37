// Cell values → domain values, by the tolerance rules of spec/WORKBOOK.md. Every function takes a
// non-empty cell value whose text is already cleaned (trimmed, NFC) and returns the value or a
// problem name (a string, so that reading a cell allocates nothing but the value itself).
import type {
  Absentee,
  AgendaKind,
  Body,
  CalendarDate,
  Discipline,
  Gender,
  MemberType,
  NotRatedReason,
  OrganizationType,
  Person,
  RatingLevel,
  Term,
  TimeOfDay,
} from '../model/types';
import { foldKey } from '../text/normalize';
import {
  agendaKindOptions,
  bodyOptions,
  disciplineOptions,
  genderOptions,
  memberTypeOptions,
  notRatedOptions,
  organizationTypeOptions,
} from './contract';
import { dateFromJsDate, excelSerialToDate, parseDateText, parseTimeText } from '../text/dates';
import { parseRoman } from '../text/roman';

/** A cell that is neither empty nor an error. */
export type PresentValue = string | number | boolean | Date;

export type Unreadable = 'unreadable';

// ---------------------------------------------------------------------------------------------
// Display

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The value as the user sees it, for messages (long text shortened). */
export function shownValue(value: PresentValue): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Number.isNaN(value.getTime())) return String(value);
  return `${pad2(value.getUTCDate())}/${pad2(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
}

/** A value in a text column: numbers as digits (Mã tổ chức 101), dates as dd/mm/yyyy. */
export function textOf(value: PresentValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return shownValue(value);
}

// ---------------------------------------------------------------------------------------------
// Numbers

const digitsOnly = /^\d+$/;
const numberChars = /^[\d.,]+$/;
const groupSpaces = /[\s\u00a0\u202f]/g;

/**
 * Vietnamese or English separators. A single "." or "," followed by exactly three digits is a
 * thousands separator in integer columns ("3.400", "3,400" → 3400) and a decimal one otherwise
 * ("77,5", "77.5", and "3.400" → 3.4 in a score column, where thousands cannot occur).
 * Repeated separators group thousands ("1.234.567"); with both kinds, the last one is decimal.
 */
export function parseNumberText(text: string, integer: boolean): number | Unreadable {
  let s = text.indexOf(' ') >= 0 || text.indexOf('\u00a0') >= 0 || text.indexOf('\u202f') >= 0 ? text.replace(groupSpaces, '') : text;
  let sign = 1;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    sign = -1;
    s = s.slice(1);
  } else if (first === 43) {
    s = s.slice(1);
  }
  if (s === '') return 'unreadable';
  if (digitsOnly.test(s)) return sign * Number(s);
  if (!numberChars.test(s)) return 'unreadable';
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = Math.max(lastDot, lastComma);
    const whole = s.slice(0, at);
    const fraction = s.slice(at + 1);
    if (!digitsOnly.test(fraction) || !isGrouped(whole, group)) return 'unreadable';
    return sign * Number(`${whole.split(group).join('')}.${fraction}`);
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const at = s.indexOf(separator);
  if (at !== s.lastIndexOf(separator)) {
    return isGrouped(s, separator) ? sign * Number(s.split(separator).join('')) : 'unreadable';
  }
  const whole = s.slice(0, at);
  const fraction = s.slice(at + 1);
  if (!digitsOnly.test(fraction) || (whole !== '' && !digitsOnly.test(whole))) return 'unreadable';
  if (integer && fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0') {
    return sign * Number(whole + fraction);
  }
  return sign * Number(`${whole === '' ? '0' : whole}.${fraction}`);
}

function isGrouped(text: string, separator: string): boolean {
  const parts = text.split(separator);
  const head = parts[0] ?? '';
  if (head.length < 1 || head.length > 3 || !digitsOnly.test(head)) return false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part.length !== 3 || !digitsOnly.test(part)) return false;
  }
  return true;
}

/** Decimal numbers (Điểm). */
export function readNumber(value: PresentValue): number | Unreadable {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'unreadable';
  if (typeof value === 'string') return parseNumberText(value, false);
  return 'unreadable';
}

/** Whole numbers; formula noise such as 34.0000000001 counts as whole. */
export function readInteger(value: PresentValue): number | Unreadable | 'notWhole' {
  let n: number | Unreadable;
  if (typeof value === 'number') n = Number.isFinite(value) ? value : 'unreadable';
  else if (typeof value === 'string') n = parseNumberText(value, true);
  else n = 'unreadable';
  if (n === 'unreadable') return n;
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 ? rounded : 'notWhole';
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/** Largest serial Excel shows as a date (31/12/9999). */
const maxSerial = 2958465;

// A complete date form whose numbers name no day (31/02/2025), as opposed to text that is no date at all.
const completeDate = /^\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}(?:$|[ T])|^\d{4}-\d{1,2}-\d{1,2}(?:$|[ T])/;
const completeWordDate = /ngay\d{1,2}thang\d{1,2},?nam\d{4}$/;

/** Date cells, Excel serial numbers, and the day-first text forms of spec/WORKBOOK.md. */
export function readDate(value: PresentValue): CalendarDate | Unreadable | 'nonexistent' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'unreadable' : dateFromJsDate(value);
  if (typeof value === 'number') return readSerial(value);
  if (typeof value === 'string') {
    // A date copied from the end of a sentence keeps its full stop ("ngày 5 tháng 10 năm 2022.").
    const text = value.endsWith('.') ? value.slice(0, -1).trimEnd() : value;
    const parsed = parseDateText(text);
    if (parsed === undefined) return text.length === 5 && digitsOnly.test(text) ? readSerial(Number(text)) : 'unreadable';
    if (parsed !== 'invalid') return parsed;
    return completeDate.test(text) || completeWordDate.test(foldKey(text)) ? 'nonexistent' : 'unreadable';
  }
  return 'unreadable';
}

function readSerial(serial: number): CalendarDate | Unreadable | 'nonexistent' {
  if (!Number.isFinite(serial) || serial < 1 || serial >= maxSerial + 1) return 'unreadable';
  // A bare year (2022) in a date column is not serial 2022 (14/07/1905).
  if (Number.isInteger(serial) && serial >= 1900 && serial <= 2100) return 'unreadable';
  // Serial 60 is Excel's 29/02/1900, a day that never was.
  if (Math.floor(serial) === 60) return 'nonexistent';
  return excelSerialToDate(serial);
}

/** Time cells (a Date or a fraction of a day), whole hours 0–23, and "8:00", "8 giờ 00", "14h30". */
export function readTime(value: PresentValue): TimeOfDay | Unreadable {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'unreadable' : { hour: value.getUTCHours(), minute: value.getUTCMinutes() };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value >= 0 && value <= 23 ? { hour: value, minute: 0 } : 'unreadable';
    if (!Number.isFinite(value) || value < 0) return 'unreadable';
    const minutes = Math.round((value - Math.floor(value)) * 1440) % 1440;
    return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  }
  if (typeof value === 'string') {
    const parsed = parseTimeText(value);
    if (parsed === undefined && digitsOnly.test(value)) return readTime(Number(value));
    return parsed === undefined || parsed === 'invalid' ? 'unreadable' : parsed;
  }
  return 'unreadable';
}

// ---------------------------------------------------------------------------------------------
// Booleans ("x" columns)

const truthy = new Set(['x', 'co', 'yes', 'true', '1', '✓', '✔', '☑', '☒']);
const falsy = new Set(['', 'khong', 'no', 'false', '0']);

/** x, X, có, co, yes, true, 1, ✓ → true; không, no, false, 0 → false (an empty cell is false too). */
export function readBoolean(value: PresentValue): boolean | Unreadable {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : 'unreadable';
  if (typeof value !== 'string') return 'unreadable';
  const key = foldKey(value);
  if (truthy.has(key)) return true;
  if (falsy.has(key)) return false;
  return 'unreadable';
}

// ---------------------------------------------------------------------------------------------
// Ratings (REGULATIONS.md §1.2, spec/WORKBOOK.md "Rating values accepted")

function ratingSpellings(): Map<string, RatingLevel> {
  const map = new Map<string, RatingLevel>();
  const add = (key: string, level: RatingLevel): void => {
    const existing = map.get(key);
    if (existing !== undefined && existing !== level) throw new Error(`Ambiguous rating spelling ${key}`);
    map.set(key, level);
  };
  const done = ['hoanthanh', 'ht'];
  const task = ['nhiemvu', 'nv', ''];
  const grades: ReadonlyArray<readonly [RatingLevel, readonly string[]]> = [
    ['excellent', ['xuatsac', 'xs']],
    ['good', ['tot', 't']],
    ['complete', ['']],
  ];
  for (const [level, middles] of grades) {
    for (const prefix of done) for (const middle of middles) for (const suffix of task) add(prefix + middle + suffix, level);
  }
  for (const not of ['khong', 'k']) for (const prefix of done) for (const suffix of task) add(not + prefix + suffix, 'incomplete');
  add('xuatsac', 'excellent');
  add('tot', 'good');
  return map;
}

const ratingLookup = ratingSpellings();

/** Any accepted spelling of the four levels, or undefined. */
export function parseRating(text: string): RatingLevel | undefined {
  return ratingLookup.get(foldKey(text));
}

export function readRating(value: PresentValue): RatingLevel | Unreadable {
  return typeof value === 'string' ? (ratingLookup.get(foldKey(value)) ?? 'unreadable') : 'unreadable';
}

// ---------------------------------------------------------------------------------------------
// Enumerations

/** An enumerated column: accepted spellings (folded) → value; `accepted` is what messages offer. */
export interface Choice<T extends string> {
  readonly accepted: readonly string[];
  readonly lookup: ReadonlyMap<string, T>;
  /** Spellings that mean "none" in an optional column ("Không"). */
  readonly none: ReadonlySet<string>;
}

function choice<T extends string>(
  accepted: readonly string[],
  values: readonly T[],
  extra: Partial<Record<T, readonly string[]>>,
  none: readonly string[] = [],
): Choice<T> {
  const lookup = new Map<string, T>();
  values.forEach((value, index) => {
    const label = accepted[index];
    if (label !== undefined) lookup.set(foldKey(label), value);
    for (const spelling of extra[value] ?? []) lookup.set(foldKey(spelling), value);
  });
  return { accepted, lookup, none: new Set(none.map(foldKey)) };
}

export const bodyChoice = choice<Body>(bodyOptions, ['executiveCommittee', 'standingBoard'], {
  executiveCommittee: ['BCH', 'Chấp hành', 'Ban Chấp hành Đảng bộ'],
  standingBoard: ['BTV', 'Thường vụ', 'Ban Thường vụ Đảng ủy'],
});

export const agendaKindChoice = choice<AgendaKind>(agendaKindOptions, ['report', 'discussion', 'vote', 'election'], {
  report: ['BC'],
  discussion: ['TL', 'Cho ý kiến', 'Xin ý kiến'],
  vote: ['BQ', 'Biểu quyết thông qua'],
  election: ['Bầu', 'Bỏ phiếu bầu'],
});

export const organizationTypeChoice = choice<OrganizationType>(
  organizationTypeOptions,
  ['grassrootsCommittee', 'grassrootsCell', 'subCommittee', 'subordinateCell'],
  {
    grassrootsCommittee: ['ĐBCS'],
    grassrootsCell: ['CBCS'],
    subCommittee: ['ĐBBP'],
    subordinateCell: ['CBTT', 'Chi bộ trực thuộc đảng ủy cơ sở', 'Chi bộ trực thuộc đảng bộ cơ sở'],
  },
);

export const notRatedChoice = choice<NotRatedReason>(
  notRatedOptions,
  ['exempt', 'suspended', 'newlyAdmitted'],
  {
    exempt: ['Miễn', 'Miễn sinh hoạt đảng', 'Miễn công tác và sinh hoạt đảng', 'Miễn công tác, sinh hoạt đảng'],
    suspended: ['Đình chỉ', 'Đình chỉ sinh hoạt đảng'],
    newlyAdmitted: ['Mới kết nạp đảng', 'Chưa đủ 6 tháng', 'Kết nạp chưa đủ 6 tháng', 'Mới kết nạp chưa đủ 6 tháng'],
  },
  ['Không', 'Không có'],
);

export const disciplineChoice = choice<Discipline>(
  disciplineOptions,
  ['reprimand', 'warning', 'dismissal', 'expulsion'],
  {},
  ['Không', 'Không có', 'Không bị kỷ luật'],
);

export const memberTypeChoice = choice<MemberType>(memberTypeOptions, ['full', 'probationary'], {
  full: ['ĐVCT', 'Đảng viên chính thức'],
  probationary: ['ĐVDB', 'Đảng viên dự bị'],
});

export const genderChoice = choice<Gender>(genderOptions, ['male', 'female'], {});

/** The value, `undefined` for a "none" spelling, or unreadable. */
export function readChoice<T extends string>(spec: Choice<T>, value: PresentValue): T | undefined | Unreadable {
  if (typeof value !== 'string') return 'unreadable';
  const key = foldKey(value);
  const found = spec.lookup.get(key);
  if (found !== undefined) return found;
  return spec.none.has(key) ? undefined : 'unreadable';
}

// ---------------------------------------------------------------------------------------------
// Đơn vị values

const termForm = /^(?:nhi[eệ]m\s*k[yỳ]\s*)?(\d{4})\s*[-–—/]\s*(\d{4})$/iu;

/** "2025 - 2030", "2025-2030", "2025 – 2030"; 'outOfRange' when not that form or yyyy2 ≤ yyyy1 (V5). */
export function readTerm(value: PresentValue): Term | 'outOfRange' {
  if (typeof value !== 'string') return 'outOfRange';
  const match = termForm.exec(value);
  if (match === null) return 'outOfRange';
  const startYear = Number(match[1]);
  const endYear = Number(match[2]);
  return endYear > startYear ? { startYear, endYear } : 'outOfRange';
}

/** Khóa: a canonical Roman numeral ("XIV", "Khóa XIV"), or a whole number. */
export function readRoman(value: PresentValue): number | Unreadable {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 4000 ? value : 'unreadable';
  if (typeof value !== 'string') return 'unreadable';
  return parseRoman(value.replace(/^kh[oó]a\s*/iu, '')) ?? 'unreadable';
}

const fractionForm = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)$/;
const percentForm = /^(.+?)\s*%$/;

/** "2/3", "66,67%", "0.95", "95%", a percentage cell (0.95) or a bare 95 → a fraction 0–1. */
export function readFraction(value: PresentValue): number | Unreadable | 'outOfRange' {
  let n: number | Unreadable;
  if (typeof value === 'number') {
    n = Number.isFinite(value) ? value : 'unreadable';
  } else if (typeof value === 'string') {
    const ratio = fractionForm.exec(value);
    const percent = ratio === null ? percentForm.exec(value) : null;
    if (ratio !== null) {
      const top = parseNumberText(ratio[1] ?? '', false);
      const bottom = parseNumberText(ratio[2] ?? '', false);
      if (top === 'unreadable' || bottom === 'unreadable') return 'unreadable';
      if (bottom === 0) return 'outOfRange';
      return top / bottom <= 1 ? top / bottom : 'outOfRange';
    }
    if (percent !== null) {
      const p = parseNumberText(percent[1] ?? '', false);
      if (p === 'unreadable') return p;
      return p >= 0 && p <= 100 ? p / 100 : 'outOfRange';
    }
    n = parseNumberText(value, false);
  } else {
    n = 'unreadable';
  }
  if (n === 'unreadable') return n;
  if (n < 0 || n > 100) return 'outOfRange';
  return n <= 1 ? n : n / 100;
}

// ---------------------------------------------------------------------------------------------
// Multi-line text: people, absentees, guests, recipients

const bullet = /^(?:[-–—•+*·▪◦►]+\s*|\d{1,2}[.)]\s+|[a-zđ][.)]\s+)/iu;
const honorific = /^(?:đồng chí|đ\/c|đ\.c|đc)\s+/iu;
const dash = /\s*[-–—]\s*/;
const parenthesized = /^(.+?)\s*\((.+)\)$/;

/** One entry per line (and per ";" when `semicolons`), list bullets removed, empty lines dropped. */
export function splitEntries(text: string, semicolons: boolean): string[] {
  const parts = text.split(semicolons ? /[\n;]/ : /\n/);
  const out: string[] = [];
  for (const part of parts) {
    const entry = part.trim().replace(bullet, '').trim();
    if (entry !== '') out.push(entry);
  }
  return out;
}

/** "Name - detail" (hyphen, en or em dash; names never contain one) or "Name (detail)". */
function splitNameDetail(entry: string): readonly [string, string | undefined] {
  const text = entry.replace(honorific, '');
  const match = dash.exec(text);
  if (match !== null) {
    const name = text.slice(0, match.index).trim();
    const detail = text.slice(match.index + match[0].length).trim();
    if (name === '') return [detail, undefined];
    return [name, detail === '' ? undefined : detail];
  }
  const paren = parenthesized.exec(text);
  if (paren !== null) return [(paren[1] ?? '').trim(), (paren[2] ?? '').trim() || undefined];
  return [text.trim(), undefined];
}

/** "Nguyễn Văn A - Bí thư". A comma does not separate (it may join two names). */
export function parsePerson(entry: string): Person {
  const [name, position] = splitNameDetail(entry);
  return position === undefined ? { name } : { name, position };
}

/** Chủ trì: one person per line or per ";". */
export function parsePeople(text: string): Person[] {
  return splitEntries(text, true).map(parsePerson);
}

// "Không" typed in Vắng mặt or Đại biểu mời says the list is empty; it is nobody's name.
const noneLists = new Set(['khong', 'khongco', 'khongai', 'khongcoai', '0']);

function isNoneList(text: string): boolean {
  return noneLists.has(foldKey(text));
}

/** Vắng mặt: "Name - reason", one per line or per ";"; "Không" is nobody. */
export function parseAbsentees(text: string): Absentee[] {
  if (isNoneList(text)) return [];
  return splitEntries(text, true).map((entry) => {
    const [name, reason] = splitNameDetail(entry);
    return reason === undefined ? { name } : { name, reason };
  });
}

/** Đại biểu mời: one guest per line or per ";"; "Không" is nobody. */
export function parseGuests(text: string): string[] {
  return isNoneList(text) ? [] : splitEntries(text, true);
}
