// S4 findings (spec/RULES.md): the file is not a readable .xlsx, so nothing is read from it.
import type { Finding } from '../core/findings';
import { makeFinding, type Message } from '../core/rules/rule';
import type { FileKind } from './file-kind';

const saveAsXlsx = {
  vi: 'Hãy mở tệp bằng Excel, chọn Tệp › Lưu thành, chọn kiểu "Sổ làm việc Excel (*.xlsx)" rồi dùng tệp mới.',
  en: 'Open the file in Excel, choose File › Save As, pick "Excel Workbook (*.xlsx)" and use the new file.',
} as const;

const messages: Record<Exclude<FileKind, 'zip'>, Message> = {
  empty: {
    vi: 'Tệp rỗng (0 byte), không có dữ liệu để đọc. Hãy chọn đúng tệp sổ theo dõi (.xlsx).',
    en: 'The file is empty (0 bytes). Choose the tracking workbook (.xlsx).',
  },
  encrypted: {
    vi:
      'Sổ Excel đang được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, vào Tệp › Thông tin › ' +
      'Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi chọn lại tệp.',
    en:
      'The workbook is password-protected (encrypted) and cannot be read. Open it in Excel, go to File › Info › ' +
      'Protect Workbook › Encrypt with Password, clear the password, save, and choose the file again.',
  },
  legacyXls: {
    vi: `Tệp là định dạng Excel cũ (.xls, Excel 97–2003), chưa được hỗ trợ. ${saveAsXlsx.vi}`,
    en: `The file is in the old Excel format (.xls, Excel 97–2003), which is not supported. ${saveAsXlsx.en}`,
  },
  compoundFile: {
    vi: `Tệp không phải sổ Excel .xlsx (có thể là tệp .xls cũ hoặc tệp Office đã đặt mật khẩu). Nếu tệp có mật khẩu, hãy gỡ mật khẩu; ${saveAsXlsx.vi}`,
    en: `The file is not an .xlsx workbook (it may be an old .xls or a password-protected Office file). If it has a password, remove it; ${saveAsXlsx.en}`,
  },
  text: {
    vi: `Tệp là văn bản (HTML, XML hoặc CSV) mang đuôi Excel, không phải sổ .xlsx thật. ${saveAsXlsx.vi}`,
    en: `The file is text (HTML, XML or CSV) with an Excel name, not a real .xlsx workbook. ${saveAsXlsx.en}`,
  },
  unknown: {
    vi: `Tệp không phải sổ Excel .xlsx. ${saveAsXlsx.vi}`,
    en: `The file is not an .xlsx workbook. ${saveAsXlsx.en}`,
  },
};

export function fileKindProblem(kind: Exclude<FileKind, 'zip'>): Finding {
  return makeFinding('S4', 'error', '', '', messages[kind]);
}

/** A zip that cannot be read, or that holds no workbook (a .docx, a truncated download). */
export function corruptProblem(): Finding {
  return makeFinding('S4', 'error', '', '', {
    vi: `Tệp .xlsx bị hỏng hoặc không phải sổ Excel (tệp nén không đọc được, hoặc thiếu phần sổ làm việc). Hãy tải hoặc sao chép lại tệp; nếu Excel mở được, ${lowerFirst(saveAsXlsx.vi)}`,
    en: `The .xlsx file is damaged or is not an Excel workbook (the zip cannot be read, or it has no workbook part). Download or copy the file again; if Excel can open it, ${lowerFirst(saveAsXlsx.en)}`,
  });
}

/** `sheet` is undefined when exceljs stopped before saying which sheet. */
export function tooManyRowsProblem(sheet: string | undefined, limit: number): Finding {
  const vi = limit.toLocaleString('vi-VN');
  const en = limit.toLocaleString('en-US');
  return makeFinding('S4', 'error', sheet ?? '', '', {
    vi:
      `${sheet === undefined ? 'Một trang tính' : `Trang tính "${sheet}"`} có hơn ${vi} dòng dữ liệu, vượt giới hạn đọc; đã dừng đọc tệp. ` +
      'Hãy xóa các dòng thừa (kể cả dòng chỉ chứa dấu cách) hoặc tách sổ theo năm.',
    en:
      `${sheet === undefined ? 'A sheet' : `Sheet "${sheet}"`} has more than ${en} data rows, over the reading limit; reading stopped. ` +
      'Delete the extra rows (including rows holding only spaces) or split the workbook by year.',
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
