import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const v8Rule = { id: 'V8', severity: 'error' } as const;

export function cellErrorFinding(sheet: string, cell: string, label: string, error: string): Finding {
  return makeFinding(v8Rule.id, v8Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): công thức trả về lỗi ${error}. Hãy sửa công thức hoặc nhập trực tiếp giá trị.`,
    en: `Cell ${sheet}!${cell} (${label}): the formula returns the error ${error}. Fix the formula or type the value directly.`,
  });
}
