import type { Finding } from '../findings';
import { makeFinding } from './rule';

// V7: documents need precomposed Unicode (NFC, TCVN 6909:2001, REGULATIONS.md §5).
export const v7Rule = { id: 'V7', severity: 'info' } as const;

export function decomposedTextFinding(sheet: string, cell: string, label: string): Finding {
  return makeFinding(v7Rule.id, v7Rule.severity, sheet, cell, {
    vi: `Ô ${sheet}!${cell} (${label}): chữ được gõ bằng Unicode tổ hợp (dấu tách rời) và đã được chuẩn hóa thành Unicode dựng sẵn. Không cần làm gì; nên đặt bộ gõ ở chế độ "Unicode dựng sẵn".`,
    en: `Cell ${sheet}!${cell} (${label}): the text was typed as decomposed Unicode (separate accents) and was normalized to precomposed Unicode. Nothing to do; set the keyboard tool to precomposed Unicode.`,
  });
}
