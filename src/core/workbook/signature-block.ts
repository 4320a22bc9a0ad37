// A signature block typed under a table as on a paper form (domain/FORMAT.md "Signature block"): its rows
// are not data. Found once per sheet from the bottom up, so a long sheet costs only its tail.
import { foldKey } from '../text/normalize';
import type { ColumnSpec, TableSheetSpec } from './contract';
import type { HeaderMatch } from './locate';
import { type CellValue, type SheetSnapshot, isCellError } from './snapshot';
import { readBoolean, readDate, readNumber, readRating, readTime } from './values';

/** First words that open an authority line: T/M, K/T, T/L, TUQ (and "TM.", "KT." …). */
const authorityAbbreviations = new Set(['tm', 'kt', 'tl', 'tuq']);
/** Folded phrases that only a signature block holds. */
const markerPhrases = ['nguoilap', 'nguoighi', 'kyten', 'kyghirohoten', 'xacnhan', 'thutruong', 'noinhan'];
/** Titles that mark a signature when they stand alone in a cell in upper case. */
const titlesAlone = new Set(['bithu', 'phobithu']);
const signatureNote = /\((?:da )?ky\b/;
const dateLine = /,\s?ngay\b/;
const codeLike = /^[\p{L}\p{N}][\p{L}\p{N}.\-_/]{0,29}$/u;
const trailingPunctuation = /[.:,;]+$/;

function isEmpty(value: CellValue | undefined): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Words folded one by one: diacritics and case go, spaces and commas stay ("Hà Nội, ngày 5" → "ha noi, ngay 5"). */
function foldWords(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map(foldKey)
    .filter((word) => word !== '')
    .join(' ');
}

/** A date line ("Khánh Hòa, ngày 15 tháng 12 năm 2025", ", ngày … tháng … năm …"). */
function isDateLine(text: string): boolean {
  return dateLine.test(foldWords(text));
}

/** The cell carries a clear signature-block marker (case and diacritics ignored). */
export function isSignatureMarker(text: string): boolean {
  const words = foldWords(text);
  if (words === '') return false;
  const space = words.indexOf(' ');
  if (space > 0 && authorityAbbreviations.has(words.slice(0, space))) return true;
  if (signatureNote.test(words) || dateLine.test(words)) return true;
  const folded = foldKey(text).replace(/,/g, '');
  if (markerPhrases.some((phrase) => folded.includes(phrase))) return true;
  const alone = text.trim().replace(trailingPunctuation, '');
  return alone === alone.toUpperCase() && titlesAlone.has(foldKey(alone));
}

const isCodeField = (field: string): boolean => field === 'code' || field === 'cardNumber' || field.endsWith('Code');

/** The value is what a data row holds in this column: a number in a count column, a date in a date column … */
function holdsData(column: ColumnSpec, value: CellValue): boolean {
  if (value === null) return false;
  if (isCellError(value)) return true;
  if (typeof value === 'string' && isSignatureMarker(value) && !(column.type === 'date' && !isDateLine(value))) return false;
  switch (column.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && readNumber(value.trim()) !== 'unreadable');
    case 'date':
      return typeof value === 'string' ? readDate(value.trim()) !== 'unreadable' : true;
    case 'time':
      return typeof value === 'string' ? readTime(value.trim()) !== 'unreadable' : true;
    case 'boolean':
      return readBoolean(typeof value === 'string' ? value.trim() : value) === true;
    case 'rating':
      return typeof value === 'string' && readRating(value) !== 'unreadable';
    case 'enum': {
      if (typeof value !== 'string') return true;
      const folded = foldKey(value);
      return (column.options ?? []).some((option) => foldKey(option) === folded);
    }
    default:
      return isCodeField(column.field) && (typeof value !== 'string' || codeLike.test(value.trim()));
  }
}

/**
 * The absolute row where a trailing signature block starts, or 0 when the sheet has none. The block: the rows
 * after the last row holding data in a key column, separated from the data by an empty row, with at least one
 * signature marker. Rows are judged on their own cells (merges ignored) and empty as the reader judges them.
 */
export function signatureBlockStart(sheet: SheetSnapshot, spec: TableSheetSpec, header: HeaderMatch): number {
  const known: { readonly offset: number; readonly column: ColumnSpec }[] = [];
  header.columns.forEach((absolute, index) => {
    const column = spec.columns[index];
    if (absolute > 0 && column !== undefined) known.push({ offset: absolute - sheet.firstColumn, column });
  });
  const isRowEmpty = (cells: ReadonlyArray<CellValue | undefined> | undefined): boolean =>
    cells === undefined || known.every(({ offset }) => isEmpty(cells[offset]));
  const first = header.bottom - sheet.firstRow + 1;

  // The last data row (or the header): everything below it holds no key value.
  let lastData = first - 1;
  for (let r = sheet.rows.length - 1; r >= first; r--) {
    const cells = sheet.rows[r];
    if (cells !== undefined && known.some(({ offset, column }) => { const v = cells[offset]; return !isEmpty(v) && holdsData(column, v); })) {
      lastData = r;
      break;
    }
  }
  // The block opens at the first filled row after an empty one; filled rows right under the data stay data.
  let start = -1;
  let lastFilled = lastData;
  for (let r = lastData + 1; r < sheet.rows.length; r++) {
    if (isRowEmpty(sheet.rows[r])) continue;
    if (r - 1 > lastFilled) {
      start = r;
      break;
    }
    lastFilled = r;
  }
  if (start < 0) return 0;
  // A marker anywhere after the last filled data row, in any column (an authority line may sit in an extra one).
  for (let r = lastFilled + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (cells?.some((value) => typeof value === 'string' && isSignatureMarker(value)) === true) return sheet.firstRow + start;
  }
  return 0;
}
