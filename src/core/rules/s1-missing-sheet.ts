import type { Finding } from '../findings';
import { makeFinding } from './rule';

// S1: only the sheets needed by the requested action are required (spec/RULES.md).
export const s1Rule = { id: 'S1', severity: 'error' } as const;

export function missingSheetFinding(sheetName: string): Finding {
  return makeFinding(s1Rule.id, s1Rule.severity, sheetName, '', {
    vi: `Thiếu trang tính "${sheetName}". Hãy thêm một trang tính tên "${sheetName}" (hoặc dùng "Tạo các trang tính") và nhập dữ liệu vào đó.`,
    en: `The sheet "${sheetName}" is missing. Add a sheet named "${sheetName}" (or use "Create sheets") and fill it in.`,
  });
}
