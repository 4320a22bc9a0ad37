// Stand-in for src/core/text/dates.ts (same signatures) until that module lands; then delete this file.
import type { CalendarDate, TimeOfDay } from '../model/types';
import { foldKey } from '../text/normalize';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function civil(year: number, month: number, day: number): CalendarDate | 'invalid' {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid';
  return { year, month, day };
}

const dayFirst = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const wordsDate = /ngay(\d{1,2})thang(\d{1,2})nam(\d{4})$/;

/** Day-first text dates; `undefined` when the text is no date form, 'invalid' when the day does not exist. */
export function parseDateText(text: string): CalendarDate | 'invalid' | undefined {
  const trimmed = text.trim();
  let match = dayFirst.exec(trimmed);
  if (match !== null) return civil(Number(match[4]), Number(match[3]), Number(match[1]));
  match = isoDate.exec(trimmed);
  if (match !== null) return civil(Number(match[1]), Number(match[2]), Number(match[3]));
  match = wordsDate.exec(foldKey(trimmed));
  if (match !== null) return civil(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}

/** 1900 date system; serial 60 is Excel's nonexistent 29/02/1900 and maps to 28/02/1900. */
export function excelSerialToDate(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateFromJsDate(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const timeForm = /^(\d{1,2})(?::|h|g|gio)(\d{1,2})?(?::\d{2})?(?:phut|p)?(sang|trua|chieu|toi|am|pm)?$/;

/** "8:00", "8 giờ 00", "14h30", "2 giờ chiều"; 'invalid' for 25:00 or 8:75. */
export function parseTimeText(text: string): TimeOfDay | 'invalid' | undefined {
  const match = timeForm.exec(foldKey(text));
  if (match === null) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const period = match[3];
  if ((period === 'chieu' || period === 'toi' || period === 'pm') && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return 'invalid';
  return { hour, minute };
}
