import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const v2Rule = { id: 'V2', severity: 'error' } as const;

/** `shown` is the cell's value as the user sees it; `nonexistent` for dates such as 31/02/2025. */
export function invalidDateFinding(sheet: string, cell: string, label: string, shown: string, nonexistent: boolean): Finding {
  const problem = nonexistent
    ? { vi: `ngày "${shown}" không tồn tại`, en: `the date "${shown}" does not exist` }
    : { vi: `không đọc được ngày "${shown}"`, en: `"${shown}" cannot be read as a date` };
  return makeFinding(v2Rule.id, v2Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): ${problem.vi}. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.`,
    en: `Cell ${sheet}!${cell} (${label}): ${problem.en}. Enter the date as day/month/year, e.g. 05/10/2025.`,
  });
}

/** Times are read with dates (Giờ bắt đầu, Giờ kết thúc). */
export function invalidTimeFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return makeFinding(v2Rule.id, v2Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): không đọc được giờ "${shown}". Hãy nhập giờ theo dạng giờ:phút, ví dụ 8:00 hoặc 14:30.`,
    en: `Cell ${sheet}!${cell} (${label}): "${shown}" cannot be read as a time. Enter the time as hours:minutes, e.g. 8:00 or 14:30.`,
  });
}
