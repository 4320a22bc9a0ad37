import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const v5Rule = { id: 'V5', severity: 'error' } as const;

export const ranges = ['score', 'nonNegative', 'positive', 'year', 'term', 'fraction'] as const;
export type Range = (typeof ranges)[number];

const expectations: Readonly<Record<Range, { readonly vi: string; readonly en: string }>> = {
  score: { vi: 'Điểm phải từ 0 đến 100', en: 'A score must be between 0 and 100' },
  nonNegative: { vi: 'Giá trị này không được âm; hãy nhập số từ 0 trở lên', en: 'This value cannot be negative; enter 0 or more' },
  positive: { vi: 'Giá trị này phải lớn hơn 0', en: 'This value must be greater than 0' },
  year: { vi: 'Năm phải có 4 chữ số, ví dụ 2025', en: 'The year must have 4 digits, e.g. 2025' },
  term: {
    vi: 'Nhiệm kỳ phải có dạng "năm đầu - năm cuối" với năm cuối lớn hơn năm đầu, ví dụ 2025 - 2030',
    en: 'A term must read "first year - last year" with the last year after the first, e.g. 2025 - 2030',
  },
  fraction: {
    vi: 'Tỷ lệ phải từ 0 đến 100%, ví dụ 2/3, 95% hoặc 0,95',
    en: 'A ratio must be between 0 and 100%, e.g. 2/3, 95% or 0.95',
  },
};

export function outOfRangeFinding(sheet: string, cell: string, label: string, shown: string, range: Range): Finding {
  const expected = expectations[range];
  return makeFinding(v5Rule.id, v5Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): "${shown}" nằm ngoài giới hạn. ${expected.vi}. Hãy sửa lại giá trị trong ô.`,
    en: `Cell ${sheet}!${cell} (${label}): "${shown}" is out of range. ${expected.en}. Correct the value in the cell.`,
  });
}
