import type { Finding } from '../findings';
import { makeFinding } from './rule';

// V4: the four levels of REGULATIONS.md §1.2; the accepted spellings are in spec/WORKBOOK.md.
export const v4Rule = { id: 'V4', severity: 'error' } as const;

export function invalidRatingFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return makeFinding(v4Rule.id, v4Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): "${shown}" không phải một mức xếp loại. Hãy chọn một trong: "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV), "Hoàn thành tốt nhiệm vụ" (HTTNV), "Hoàn thành nhiệm vụ" (HTNV), "Không hoàn thành nhiệm vụ" (KHTNV).`,
    en: `Cell ${sheet}!${cell} (${label}): "${shown}" is not a rating level. Choose one of "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV), "Hoàn thành tốt nhiệm vụ" (HTTNV), "Hoàn thành nhiệm vụ" (HTNV), "Không hoàn thành nhiệm vụ" (KHTNV).`,
  });
}
