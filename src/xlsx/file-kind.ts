// What a file is, from its first bytes, before exceljs sees it (rule S4).

export const fileKinds = ['empty', 'zip', 'encrypted', 'legacyXls', 'compoundFile', 'text', 'unknown'] as const;
export type FileKind = (typeof fileKinds)[number];

const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04] as const;
const zipEmptyArchive = [0x50, 0x4b, 0x05, 0x06] as const;
// Compound File Binary (MS-CFB): an .xls, or an .xlsx encrypted with a password (MS-OFFCRYPTO).
const cfbHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16LE as CFB directory entries store stream names. */
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) out[i * 2] = text.charCodeAt(i);
  return out;
}

const encryptedStreamNames = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];
const xlsStreamNames = [utf16('Workbook'), utf16('Book')];

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= last; i = haystack.indexOf(first ?? 0, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j += 1;
    if (j === needle.length) return true;
  }
  return false;
}

/**
 * Classifies a file by its header; for a compound file, `bytes` should be the whole file (the
 * directory naming its streams can sit anywhere), otherwise the first few bytes suffice.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, zipLocalHeader) || startsWith(bytes, zipEmptyArchive)) return 'zip';
  if (startsWith(bytes, cfbHeader)) {
    if (encryptedStreamNames.some((name) => contains(bytes, name))) return 'encrypted';
    if (xlsStreamNames.some((name) => contains(bytes, name))) return 'legacyXls';
    return 'compoundFile';
  }
  if (looksLikeText(bytes.subarray(0, 512))) return 'text';
  return 'unknown';
}

/** HTML, XML (Excel 2003 SpreadsheetML) or CSV saved with an .xls/.xlsx name. */
function looksLikeText(head: Uint8Array): boolean {
  let printable = 0;
  for (const b of head) if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f)) printable += 1;
  return head.length > 0 && printable / head.length > 0.95;
}
