import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const s2Rule = { id: 'S2', severity: 'error' } as const;

/** `headerRow` is the A1 range of the header row found, or '' when no header row was recognized. */
export function missingColumnFinding(sheet: string, header: string, headerRow: string): Finding {
  const where =
    headerRow === ''
      ? {
          vi: `không tìm thấy dòng tiêu đề trong 10 dòng đầu`,
          en: `no header row was found in the first 10 rows`,
        }
      : { vi: `dòng tiêu đề ${sheet}!${headerRow} không có cột này`, en: `the header row ${sheet}!${headerRow} has no such column` };
  return makeFinding(s2Rule.id, s2Rule.severity, sheet, headerRow, {
    vi: `Trang tính "${sheet}" thiếu cột bắt buộc "${header}" (${where.vi}). Hãy thêm cột có tiêu đề "${header}" vào dòng tiêu đề.`,
    en: `The sheet "${sheet}" lacks the required column "${header}" (${where.en}). Add a column headed "${header}" to the header row.`,
  });
}
