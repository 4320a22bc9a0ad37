import type { Finding } from '../findings';
import { makeFinding } from './rule';

// V9: characters outside the XML 1.0 Char production cannot go into a .docx.
export const v9Rule = { id: 'V9', severity: 'warning' } as const;

/** `cleaned` is the text without the removed characters, proposed as `fix`. */
export function invalidCharactersFinding(sheet: string, cell: string, label: string, cleaned: string): Finding {
  return makeFinding(
    v9Rule.id,
    v9Rule.severity,
    sheet,
    cell,
    {
      vi: `Ô ${sheet}!${cell} (${label}): có ký tự điều khiển không thể đưa vào văn bản (thường do sao chép từ phần mềm khác) và đã bị bỏ đi. Hãy gõ lại nội dung ô nếu cần.`,
      en: `Cell ${sheet}!${cell} (${label}): control characters that cannot appear in a document (often pasted from other software) were removed. Retype the cell if needed.`,
    },
    cleaned,
  );
}
