import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const s3Rule = { id: 'S3', severity: 'error' } as const;

/** Two header cells map to the same field; the first one is read, `secondCell` is reported. */
export function duplicateColumnFinding(sheet: string, header: string, firstCell: string, secondCell: string): Finding {
  return makeFinding(s3Rule.id, s3Rule.severity, sheet, secondCell, {
    vi: `Ô ${sheet}!${secondCell}: cột này và cột ${sheet}!${firstCell} cùng là cột "${header}". Hãy xóa hoặc đổi tiêu đề một trong hai cột (Văn kiện đang đọc cột ${firstCell}).`,
    en: `Cell ${sheet}!${secondCell}: this column and column ${sheet}!${firstCell} are both "${header}". Delete or rename one of them (Văn kiện reads column ${firstCell}).`,
  });
}
