import type { Finding } from '../findings';
import { makeFinding } from './rule';

export const v3Rule = { id: 'V3', severity: 'error' } as const;

function cellFinding(sheet: string, cell: string, vi: string, en: string): Finding {
  return makeFinding(v3Rule.id, v3Rule.severity, sheet, cell, { vi, en });
}

export function unreadableNumberFinding(sheet: string, cell: string, label: string, shown: string, integer: boolean): Finding {
  return integer
    ? cellFinding(
        sheet,
        cell,
        `Ô ${sheet}!${cell} (${label}): không đọc được số nguyên "${shown}". Hãy chỉ nhập chữ số, ví dụ 34.`,
        `Cell ${sheet}!${cell} (${label}): "${shown}" cannot be read as a whole number. Enter digits only, e.g. 34.`,
      )
    : cellFinding(
        sheet,
        cell,
        `Ô ${sheet}!${cell} (${label}): không đọc được số "${shown}". Hãy nhập số, dùng dấu phẩy cho phần thập phân, ví dụ 77,5.`,
        `Cell ${sheet}!${cell} (${label}): "${shown}" cannot be read as a number. Enter a number, e.g. 77,5 or 77.5.`,
      );
}

export function notWholeNumberFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return cellFinding(
    sheet,
    cell,
    `Ô ${sheet}!${cell} (${label}): "${shown}" không phải số nguyên. Hãy nhập một số nguyên, không có phần thập phân.`,
    `Cell ${sheet}!${cell} (${label}): "${shown}" is not a whole number. Enter a whole number without decimals.`,
  );
}

export function unreadableBooleanFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return cellFinding(
    sheet,
    cell,
    `Ô ${sheet}!${cell} (${label}): không hiểu "${shown}". Hãy đánh "x" nếu có, để trống nếu không.`,
    `Cell ${sheet}!${cell} (${label}): "${shown}" is not understood. Type "x" for yes, leave it empty for no.`,
  );
}

/** A value outside an enumerated list; `accepted` are the values to offer. */
export function unreadableChoiceFinding(
  sheet: string,
  cell: string,
  label: string,
  shown: string,
  accepted: readonly string[],
): Finding {
  const list = accepted.map((a) => `"${a}"`).join(', ');
  return cellFinding(
    sheet,
    cell,
    `Ô ${sheet}!${cell} (${label}): không hiểu "${shown}". Hãy chọn một trong các giá trị: ${list}.`,
    `Cell ${sheet}!${cell} (${label}): "${shown}" is not understood. Choose one of: ${list}.`,
  );
}

/** Khóa: a Roman numeral (or a whole number). */
export function unreadableRomanFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return cellFinding(
    sheet,
    cell,
    `Ô ${sheet}!${cell} (${label}): không đọc được "${shown}" là số La Mã. Hãy nhập số La Mã, ví dụ XIV.`,
    `Cell ${sheet}!${cell} (${label}): "${shown}" cannot be read as a Roman numeral. Enter a Roman numeral, e.g. XIV.`,
  );
}

/** A fraction or percentage (Tỷ lệ có mặt tối thiểu, Chỉ tiêu …). */
export function unreadableFractionFinding(sheet: string, cell: string, label: string, shown: string): Finding {
  return cellFinding(
    sheet,
    cell,
    `Ô ${sheet}!${cell} (${label}): không đọc được tỷ lệ "${shown}". Hãy nhập phân số hoặc phần trăm, ví dụ 2/3 hoặc 95%.`,
    `Cell ${sheet}!${cell} (${label}): "${shown}" cannot be read as a ratio. Enter a fraction or a percentage, e.g. 2/3 or 95%.`,
  );
}
