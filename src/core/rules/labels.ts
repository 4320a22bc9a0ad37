// Wording shared by the rule messages: level names, cell references, quoted cell text, row lists.
import type { Member, Organization, RatingLevel } from '../model/types';
import { formatPercent } from '../text/format';
import type { Message } from './rule';

export const ratingNames: Readonly<Record<RatingLevel, Message>> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'excellent (HTXSNV)' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'good (HTTNV)' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'complete (HTNV)' },
  incomplete: { vi: 'Không hoàn thành nhiệm vụ', en: 'incomplete (KHTNV)' },
};

/** "Đảng viên!K12": the place a message points to, as Excel writes a reference. */
export function cellRef(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** 2/3 → "2/3"; a fraction with no small denominator → percent ("62,5%"). */
export function formatFraction(fraction: number): string {
  for (let denominator = 2; denominator <= 10; denominator++) {
    const numerator = Math.round(fraction * denominator);
    if (numerator > 0 && Math.abs(numerator / denominator - fraction) < 1e-9) return `${numerator}/${denominator}`;
  }
  return formatPercent(fraction);
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

/** "Đảng viên Nguyễn Văn An" / "Tổ chức «Chi bộ Văn phòng»", to open a sentence. */
export function subjectOf(record: Member | Organization): Message {
  return isMember(record)
    ? { vi: `Đảng viên ${record.name}`, en: `Member ${record.name}` }
    : { vi: `Tổ chức ${quote(record.name)}`, en: `Organization ${quote(record.name)}` };
}
