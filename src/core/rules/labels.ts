// Wording shared by the rule messages: level names, places, numbers and dates as Vietnamese documents write them.
import type { Body, CalendarDate, Member, Organization, RatingLevel } from '../model/types';
import type { Message } from './rule';

export const ratingNames: Readonly<Record<RatingLevel, Message>> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'excellent (HTXSNV)' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'good (HTTNV)' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'complete (HTNV)' },
  incomplete: { vi: 'Không hoàn thành nhiệm vụ', en: 'incomplete (KHTNV)' },
};

export const bodyNames: Readonly<Record<Body, Message>> = {
  executiveCommittee: { vi: 'Ban Chấp hành', en: 'executive committee' },
  standingBoard: { vi: 'Ban Thường vụ', en: 'standing board' },
};

/** "Đảng viên!K12": the place a message points to, as Excel writes a reference. */
export function cellRef(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Vietnamese number: decimal comma, thousands dot ("3.400", "77,5"). */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Math.round(value * 100) / 100).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** 0.2 → "20%", 0.125 → "12,5%" (no space before "%", REGULATIONS.md §5). */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}

/** 2/3 → "2/3"; a fraction with no small denominator → percent. */
export function formatFraction(fraction: number): string {
  for (let denominator = 2; denominator <= 10; denominator++) {
    const numerator = Math.round(fraction * denominator);
    if (numerator > 0 && Math.abs(numerator / denominator - fraction) < 1e-9) return `${numerator}/${denominator}`;
  }
  return formatPercent(fraction);
}

export function formatDate(date: CalendarDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** Comparable number for a civil date (yyyymmdd). */
export function dateKey(date: CalendarDate): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/** The same day `months` later, clamped to the month's last day (31/08 + 6 → 28/02 or 29/02). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

/** Row numbers for a message: "5, 7, 9" or "5, 7, 9, 11, 13 và 4 dòng khác". */
export function rowList(rows: readonly number[], max = 5): Message {
  const shown = rows.slice(0, max).join(', ');
  const more = rows.length - max;
  return more > 0
    ? { vi: `${shown} và ${more} dòng khác`, en: `${shown} and ${more} more` }
    : { vi: shown, en: shown };
}

/** Cell text inside a message, cut to one line. */
export function quote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `«${line.length > max ? `${line.slice(0, max - 1)}…` : line}»`;
}

/** "03", "12": document numbers below 10 take a leading zero (REGULATIONS.md §3). */
export function documentNumber(value: number): string {
  return String(value).padStart(2, '0');
}

export function isMember(record: Member | Organization): record is Member {
  return 'organizationCode' in record;
}

/** "đảng viên Nguyễn Văn An" / "tổ chức «Chi bộ Văn phòng»". */
export function subjectOf(record: Member | Organization): Message {
  return isMember(record)
    ? { vi: `đảng viên ${record.name}`, en: `member ${record.name}` }
    : { vi: `tổ chức ${quote(record.name)}`, en: `organization ${quote(record.name)}` };
}
