// A fast scanner for one worksheet part (xl/worksheets/sheetN.xml, element <sheetData>) fed in chunks.
// exceljs's streaming WorksheetReader builds Row and Cell objects and runs a full SAX parser: about 9 s
// for 100,000 rows. This reads only <row>, <c>, <v>, <is> and <mergeCell> and goes straight to the SheetBuilder.
import { type CellValue, parseRange } from '../core/workbook/snapshot';
import type { SheetBuilder } from './sheet-builder';

export interface ScanContext {
  /** Shared strings as exceljs caches them: text, or `{ richText: [{ text }] }`. */
  readonly sharedStrings: readonly unknown[] | undefined;
  /** Whether the cell format `styleId` (attribute s) is a date or time format. */
  readonly isDateStyle: (styleId: number) => boolean;
  readonly date1904: boolean;
}

interface PendingCell {
  column: number;
  style: number;
  type: string;
  value: string | undefined;
  inline: string | undefined;
}

const entity = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

const stringEscape = /_x([0-9A-Fa-f]{4})_/g;

/** ST_Xstring escapes (ECMA-376 §22.9.2.19): "_x000D_" is CR, "_x005F_" a literal "_" before an "x…_". */
export function decodeStringEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(stringEscape, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entity, (_match, name: string) => {
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}

/** The value of the attribute `key` (written " r=") in the attribute text of one tag. */
function attribute(attributes: string, key: string): string | undefined {
  const at = attributes.indexOf(key);
  if (at < 0) return undefined;
  const quoteAt = at + key.length;
  const quote = attributes.charAt(quoteAt);
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attributes.indexOf(quote, quoteAt + 1);
  return end < 0 ? undefined : attributes.slice(quoteAt + 1, end);
}

type TagName = 'row' | 'c' | 'v' | 'is' | 'rPh' | 't' | 'mergeCell';

/** The only tags the scanner acts on; data[start, end) is the name without prefix. */
function tagName(data: string, start: number, end: number): TagName | undefined {
  switch (end - start) {
    case 1: {
      const code = data.charCodeAt(start);
      return code === 99 ? 'c' : code === 118 ? 'v' : code === 116 ? 't' : undefined;
    }
    case 2:
      return data.startsWith('is', start) ? 'is' : undefined;
    case 3:
      return data.startsWith('row', start) ? 'row' : data.startsWith('rPh', start) ? 'rPh' : undefined;
    case 9:
      return data.startsWith('mergeCell', start) ? 'mergeCell' : undefined;
    default:
      return undefined;
  }
}

/** "AB12" → 28. */
function columnOfReference(reference: string): number {
  let n = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96);
    else if (code !== 36) break;
  }
  return n;
}

/** Excel serial date → Date whose UTC fields are the wall clock (same arithmetic as exceljs). */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isoToDate(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(text);
  if (m === null) return text;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)));
}

export function sharedStringText(entry: unknown): string | null {
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'object' && entry !== null && 'richText' in entry && Array.isArray(entry.richText)) {
    return (entry.richText as unknown[]).map((run) => (typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '')).join('');
  }
  return null;
}

export class WorksheetScanner {
  private tail = '';
  private row = 0;
  private column = 0;
  private cell: PendingCell | undefined;
  private capture: 'v' | 't' | undefined;
  private captured = '';
  private inInline = false;
  private inPhonetic = false;
  private inRow = false;

  constructor(
    private readonly builder: SheetBuilder,
    private readonly context: ScanContext,
  ) {}

  write(text: string): void {
    const data = this.tail.length > 0 ? this.tail + text : text;
    this.tail = '';
    let pos = 0;
    for (;;) {
      const lt = data.indexOf('<', pos);
      if (lt < 0) {
        if (this.capture !== undefined) this.captured += data.slice(pos);
        return;
      }
      if (this.capture !== undefined && lt > pos) this.captured += data.slice(pos, lt);
      if (data.charCodeAt(lt + 1) === 33) {
        // '<!': a comment or a CDATA section
        const cdata = data.startsWith('<![CDATA[', lt);
        const end = data.indexOf(cdata ? ']]>' : '-->', lt + 2);
        if (end < 0) return this.keep(data, lt);
        if (cdata && this.capture !== undefined) this.captured += data.slice(lt + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        pos = end + 3;
        continue;
      }
      const gt = data.indexOf('>', lt + 1);
      if (gt < 0) return this.keep(data, lt);
      this.tag(data, lt + 1, gt);
      pos = gt + 1;
    }
  }

  end(): void {
    if (this.inRow) this.builder.endRow();
    this.inRow = false;
  }

  private keep(data: string, from: number): void {
    this.tail = data.slice(from);
  }

  /** The tag is data[start, end) without its angle brackets. */
  private tag(data: string, start: number, end: number): void {
    const closing = data.charCodeAt(start) === 47; // '/'
    let nameStart = closing ? start + 1 : start;
    let nameEnd = nameStart;
    while (nameEnd < end) {
      const code = data.charCodeAt(nameEnd);
      if (code === 32 || code === 47 || code === 9 || code === 10 || code === 13) break;
      if (code === 58) nameStart = nameEnd + 1; // namespace prefix, as in <x:row>
      nameEnd += 1;
    }
    const name = tagName(data, nameStart, nameEnd);
    if (name === undefined) return;
    if (closing) this.close(name);
    else {
      this.open(name, data, nameEnd, end);
      if (data.charCodeAt(end - 1) === 47) this.close(name);
    }
  }

  private open(name: TagName, data: string, from: number, to: number): void {
    switch (name) {
      case 'row': {
        const r = attribute(data.slice(from, to), ' r=');
        this.row = r === undefined ? this.row + 1 : parseInt(r, 10);
        this.column = 0;
        this.inRow = true;
        this.builder.startRow(this.row);
        return;
      }
      case 'c': {
        if (!this.inRow) return;
        const attributes = data.slice(from, to);
        const r = attribute(attributes, ' r=');
        const column = r === undefined ? this.column + 1 : columnOfReference(r);
        const s = attribute(attributes, ' s=');
        this.cell = { column, style: s === undefined ? 0 : parseInt(s, 10), type: attribute(attributes, ' t=') ?? 'n', value: undefined, inline: undefined };
        this.column = column;
        return;
      }
      case 'v':
        if (this.cell !== undefined) this.startCapture('v');
        return;
      case 'is':
        if (this.cell !== undefined) {
          this.inInline = true;
          this.cell.inline = '';
        }
        return;
      case 'rPh':
        this.inPhonetic = true;
        return;
      case 't':
        if (this.inInline && !this.inPhonetic) this.startCapture('t');
        return;
      case 'mergeCell': {
        // <mergeCells><mergeCell ref="A5:A7"/></mergeCells> follows <sheetData> (ECMA-376 §18.3.1.55).
        const range = parseRange(attribute(data.slice(from, to), ' ref=') ?? '');
        if (range !== undefined) this.builder.merge(range);
        return;
      }
    }
  }

  private close(name: TagName): void {
    switch (name) {
      case 'row':
        if (this.inRow) this.builder.endRow();
        this.inRow = false;
        return;
      case 'c':
        if (this.cell !== undefined) this.builder.cell(this.cell.column, this.value(this.cell));
        this.cell = undefined;
        return;
      case 'v':
        if (this.capture === 'v' && this.cell !== undefined) this.cell.value = decodeXmlText(this.captured);
        this.capture = undefined;
        return;
      case 't':
        if (this.capture === 't' && this.cell !== undefined) this.cell.inline = (this.cell.inline ?? '') + decodeStringEscapes(decodeXmlText(this.captured));
        this.capture = undefined;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      default:
        return;
    }
  }

  private startCapture(kind: 'v' | 't'): void {
    this.capture = kind;
    this.captured = '';
  }

  private value(cell: PendingCell): CellValue {
    const raw = cell.value;
    switch (cell.type) {
      case 's': {
        if (raw === undefined) return null;
        return sharedStringText(this.context.sharedStrings?.[parseInt(raw, 10)]);
      }
      case 'inlineStr':
        return cell.inline ?? raw ?? null;
      case 'str':
        return raw ?? null;
      case 'b':
        return raw === undefined ? null : raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
      case 'e':
        return raw === undefined ? null : { error: raw.trim() };
      case 'd':
        return raw === undefined ? null : isoToDate(raw.trim());
      default: {
        if (raw === undefined || raw.trim() === '') return cell.inline ?? null;
        const number = Number(raw);
        if (Number.isNaN(number)) return raw;
        return this.context.isDateStyle(cell.style) && Number.isFinite(number) ? excelSerialToDate(number, this.context.date1904) : number;
      }
    }
  }
}

// Excel date/time format codes, after removing literals ("…", \x), padding (_x, *x), colors and locales ([…]).
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const stripped = format.replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '').replace(/\[[^\]]*]/g, '');
  if (/^general$/i.test(stripped.trim())) return false;
  return /[ymdhsb]/i.test(stripped.replace(/E[+-]/gi, ''));
}
