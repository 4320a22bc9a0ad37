import type { Finding } from '../findings';
import { type Message, makeFinding } from './rule';

export const v1Rule = { id: 'V1', severity: 'error' } as const;

/**
 * A required value is empty. `condition` says why it is required when that depends on another value
 * (e.g. "Hình thức là Biểu quyết"). For a missing key of `Đơn vị`, pass `cell` '' .
 */
export function requiredValueFinding(sheet: string, cell: string, label: string, condition?: Message): Finding {
  if (cell === '') {
    return makeFinding(v1Rule.id, v1Rule.severity, sheet, '', {
      vi: `Trang tính "${sheet}" chưa có "${label}". Hãy thêm một dòng: cột A ghi "${label}", cột B ghi giá trị.`,
      en: `The sheet "${sheet}" has no "${label}". Add a row with "${label}" in column A and its value in column B.`,
    });
  }
  const because = condition === undefined ? { vi: '', en: '' } : { vi: ` khi ${condition.vi}`, en: ` when ${condition.en}` };
  return makeFinding(v1Rule.id, v1Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}) đang trống nhưng bắt buộc phải có${because.vi}. Hãy nhập giá trị vào ô này.`,
    en: `Cell ${sheet}!${cell} (${label}) is empty but is required${because.en}. Enter a value in this cell.`,
  });
}
