// The bulk export's .xlsx (FORMAT.md "The yearly rating table"): a summary sheet and one sheet per
// organization, formatted for printing. SpreadsheetML is written directly, one sheet at a time, each sheet
// deflated as it arrives: exceljs's streaming writer needs ~19 s for a 100,000-row workbook on this machine
// and its in-memory workbook ~1 GB, against a 16 s budget for the whole 3,000-organization export.
import { levelCodes } from '../core/documents/rating-report';
import type { OrganizationSheet, RatingsSummary, RatingsWorkbookSink } from '../core/export/workbook-data';
import type { CalendarDate } from '../core/model/types';
import { crc32 } from '../core/template/crc32';
import { deflateRaw } from '../core/template/deflate';
import { predeflatedEntry, writeZip, type ZipEntryData } from '../core/template/zip';

const encoder = new TextEncoder();

// cellXfs indices of styles.xml below.
const style = {
  plain: 0,
  title: 1,
  boldCenter: 2,
  center: 3,
  header: 4,
  text: 5,
  textCenter: 6,
  integer: 7,
  date: 8,
  score: 9,
  percent: 10,
  totalText: 11,
  totalInteger: 12,
  totalPercent: 13,
  italicCenter: 14,
  bold: 15,
  plainInteger: 16,
  plainPercent: 17,
  link: 18,
} as const;

const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/></numFmts>
<fonts count="5">
<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>
<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>
<font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font>
<font><i/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>
<font><u/><sz val="12"/><color rgb="FF0563C1"/><name val="Times New Roman"/><family val="1"/></font>
</fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="19">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="10" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry
const xmlInvalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- the same set, to skip clean text quickly
const needsWork = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

function escapeXml(text: string): string {
  if (!needsWork.test(text)) return text;
  return text.replace(xmlInvalid, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const letters: string[] = [];

export function columnLetter(index: number): string {
  const known = letters[index];
  if (known !== undefined) return known;
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (index < 64) letters[index] = out;
  return out;
}

/** Excel's day number (1900 system) of a civil date. */
export function dateSerial(date: CalendarDate): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** "'Tổng hợp'!$A$1:$P$40" — sheet names are always quoted, apostrophes doubled. */
export function sheetReference(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range}`;
}

const lineHeight = 15.75;

/** Row height for wrapped cells: LibreOffice keeps the default height of rows written without one. */
function rowHeight(cells: readonly (Cell | undefined)[], widths: readonly number[]): number | undefined {
  let lines = 1;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    if (cell === undefined || cell.t !== 's' || width === 0) return;
    // About one character of Vietnamese text (Times New Roman 12) per width unit.
    const breaks = cell.v.includes('\n') ? cell.v.split('\n').length - 1 : 0;
    lines = Math.max(lines, Math.ceil(cell.v.length / width) + breaks);
  });
  return lines === 1 ? undefined : lines * lineHeight + 2;
}

type Cell =
  | { readonly t: 's'; readonly v: string; readonly s: number }
  | { readonly t: 'n'; readonly v: number; readonly s: number; readonly f?: string };

/** Builds one worksheet's XML: rows, merges, links, columns, views and print setup. */
class SheetXml {
  private readonly rows: string[] = [];
  private readonly merges: string[] = [];
  private readonly links: string[] = [];
  private lastRow = 0;

  constructor(private readonly columnCount: number) {}

  row(r: number, cells: readonly (Cell | undefined)[], height?: number): void {
    let xml = `<row r="${r}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
    cells.forEach((cell, i) => {
      if (cell === undefined) return;
      const ref = `${columnLetter(i)}${r}`;
      if (cell.t === 's') {
        xml += cell.v === '' ? `<c r="${ref}" s="${cell.s}"/>` : `<c r="${ref}" s="${cell.s}" t="inlineStr"><is><t>${escapeXml(cell.v)}</t></is></c>`;
      } else {
        xml += `<c r="${ref}" s="${cell.s}">${cell.f === undefined ? '' : `<f>${escapeXml(cell.f)}</f>`}<v>${Number.isFinite(cell.v) ? String(cell.v) : '0'}</v></c>`;
      }
    });
    this.rows.push(`${xml}</row>`);
    this.lastRow = Math.max(this.lastRow, r);
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.merges.push(`<mergeCell ref="${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}"/>`);
  }

  link(r: number, c: number, target: string, display: string): void {
    this.links.push(`<hyperlink ref="${columnLetter(c)}${r}" location="${escapeXml(target)}" display="${escapeXml(display)}"/>`);
  }

  get rowCount(): number {
    return this.lastRow;
  }

  xml(widths: readonly number[], frozenRows: number): string {
    const last = `${columnLetter(this.columnCount - 1)}${Math.max(1, this.lastRow)}`;
    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    const pane = `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozenRows + 1}" sqref="A${frozenRows + 1}"/>`;
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0" zoomScaleNormal="100">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15.75"/><cols>${cols}</cols>` +
      `<sheetData>${this.rows.join('')}</sheetData>` +
      (this.merges.length === 0 ? '' : `<mergeCells count="${this.merges.length}">${this.merges.join('')}</mergeCells>`) +
      (this.links.length === 0 ? '' : `<hyperlinks>${this.links.join('')}</hyperlinks>`) +
      `<printOptions horizontalCentered="1"/>` +
      `<pageMargins left="0.5" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter><oddFooter>&amp;C&amp;"Times New Roman"&amp;11Trang &amp;P/&amp;N</oddFooter></headerFooter>` +
      `</worksheet>`
    );
  }
}

const s = (v: string, st: number = style.plain): Cell => ({ t: 's', v, s: st });
const n = (v: number, st: number, f?: string): Cell => (f === undefined ? { t: 'n', v, s: st } : { t: 'n', v, s: st, f });

/** A worksheet's XML before packing, with what workbook.xml says about it. */
export interface SheetPart {
  readonly name: string;
  readonly xml: string;
  readonly printTitles: string;
  readonly printArea: string;
}

/** A worksheet deflated, ready to be placed (possibly packed on another thread). */
export interface PackedSheet {
  readonly name: string;
  readonly deflated: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly printTitles: string;
  readonly printArea: string;
}

export interface PackOptions {
  readonly deflate?: (data: Uint8Array) => Uint8Array;
  readonly crc32?: (data: Uint8Array) => number;
}

let scratch = new Uint8Array(1 << 18);

/** UTF-8 into a reused buffer (no allocation per sheet); valid until the next call. */
function encodeScratch(text: string): Uint8Array {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/** Deflates a sheet; `deflate` must return a new array (it may not keep its input, which is reused). */
export function packSheet(part: SheetPart, options: PackOptions = {}): PackedSheet {
  const raw = encodeScratch(part.xml);
  return {
    name: part.name,
    deflated: (options.deflate ?? deflateRaw)(raw),
    crc: (options.crc32 ?? crc32)(raw),
    size: raw.length,
    printTitles: part.printTitles,
    printArea: part.printArea,
  };
}

export interface RatingsWorkbookOptions {
  /** Raw DEFLATE for the sheet parts (the CLI hands in zlib's); the core's `deflateRaw` by default. */
  readonly deflate?: (data: Uint8Array) => Uint8Array;
  readonly crc32?: (data: Uint8Array) => number;
  readonly modified?: Date;
}

function ratio(count: string, base: string): string {
  return `IF(${base}=0,0,${count}/${base})`;
}

/** One organization's sheet: titles, the member table, counts and signature, set up for printing. */
export function organizationSheetPart(sheet: OrganizationSheet): SheetPart {
  const columns = [
    { title: 'STT', width: 6 },
    { title: 'Họ và tên', width: 26 },
    { title: 'Ngày sinh', width: 12 },
    { title: 'Chức vụ', width: 30 },
    ...(sheet.hasScores ? [{ title: 'Điểm', width: 8 }] : []),
    { title: 'Tự xếp loại', width: 11 },
    { title: 'Chi bộ đề xuất', width: 11 },
    { title: 'Xếp loại', width: 11 },
    { title: 'Ghi chú', width: 30 },
  ];
  const last = columns.length - 1;
  const x = new SheetXml(columns.length);
  x.row(1, [s(sheet.superiorBody, style.center)]);
  x.merge(1, 0, 1, last);
  x.row(2, [s(sheet.organizationBody, style.boldCenter)]);
  x.merge(2, 0, 2, last);
  x.row(3, [s(sheet.title, style.title)], 36);
  x.merge(3, 0, 3, last);
  x.row(4, [s(`${sheet.organizationName} (mã ${sheet.code})`, style.italicCenter)]);
  x.merge(4, 0, 4, last);
  x.row(5, columns.map((c) => s(c.title, style.header)), 33);
  const first = 6;
  let r = first;
  const wrapped = columns.map((c) => (c.title === 'Họ và tên' || c.title === 'Chức vụ' || c.title === 'Ghi chú' ? c.width : 0));
  for (const row of sheet.rows) {
    const cells = [
      n(row.number, style.integer),
      s(row.name, style.text),
      row.birthDate === undefined ? s('', style.textCenter) : n(dateSerial(row.birthDate), style.date),
      s(row.position, style.text),
      ...(sheet.hasScores ? [row.score === undefined ? s('', style.textCenter) : n(row.score, style.score)] : []),
      s(row.selfRating, style.textCenter),
      s(row.proposedRating, style.textCenter),
      s(row.finalRating, style.textCenter),
      s(row.note, style.text),
    ];
    x.row(r++, cells, rowHeight(cells, wrapped));
  }
  const lastData = r - 1;
  const finalColumn = columnLetter(last - 1);
  const rangeOf = `$${finalColumn}$${first}:$${finalColumn}$${Math.max(first, lastData)}`;
  r += 1;
  // Counts on the left, the signature block on the right of the same rows (FORMAT.md "Signature block").
  const block: (Cell | undefined)[][] = [[undefined, s(`Kết quả xếp loại năm ${sheet.year}:`, style.bold)]];
  const merges: [number, number][] = [];
  const ratedIndex = 1 + sheet.levels.length;
  for (const level of sheet.levels) {
    const at = r + block.length;
    block.push([
      undefined,
      s(`- ${level.label}`),
      undefined,
      n(level.count, style.plainInteger, `COUNTIF(${rangeOf},"${levelCodes[level.level]}")`),
      n(level.share, style.plainPercent, ratio(`D${at}`, `$D$${r + ratedIndex}`)),
    ]);
    merges.push([block.length - 1, 1]);
  }
  block.push([undefined, s('Tổng số được xếp loại'), undefined, n(sheet.rated, style.plainInteger, `SUM(D${r + 1}:D${r + ratedIndex - 1})`)]);
  merges.push([block.length - 1, 1]);
  for (const reason of sheet.notRated) {
    if (reason.count === 0) continue;
    block.push([undefined, s(`- Không xếp loại (${reason.label.toLocaleLowerCase('vi')})`), undefined, n(reason.count, style.plainInteger)]);
    merges.push([block.length - 1, 1]);
  }
  const signColumn = last - 2;
  const signature = [sheet.signature.authority, sheet.signature.title, '', '', '', sheet.signature.name].filter((text, i) => i !== 0 || text !== '');
  signature.forEach((text, i) => {
    const cells = block[i] ?? [];
    block[i] = cells;
    if (text !== '') cells[signColumn] = s(text, style.boldCenter);
    merges.push([i, signColumn]);
  });
  block.forEach((cells, i) => x.row(r + i, cells));
  for (const [i, column] of merges) x.merge(r + i, column, r + i, column === signColumn ? last : 2);
return {
  name: sheet.sheetName,
  xml: x.xml(columns.map((c) => c.width), 5),
  printTitles: sheetReference(sheet.sheetName, '$5:$5'),
  printArea: sheetReference(sheet.sheetName, `$A$1:$${columnLetter(last)}$${x.rowCount}`),
};
}


const countedBelowNote = 'Gồm các tổ chức trực thuộc';

/** Writes the export's workbook one organization at a time; `finish` adds the summary and packs the .xlsx. */
export class RatingsWorkbookWriter implements RatingsWorkbookSink {
  private readonly sheets: PackedSheet[] = [];
  private readonly deflate: (data: Uint8Array) => Uint8Array;

  constructor(private readonly options: RatingsWorkbookOptions = {}) {
    this.deflate = options.deflate ?? deflateRaw;
  }

  addOrganization(sheet: OrganizationSheet): void {
    this.sheets.push(packSheet(organizationSheetPart(sheet), this.options));
  }

  /** A sheet packed elsewhere (a worker), in plan order. */
  addPacked(sheet: PackedSheet): void {
    this.sheets.push(sheet);
  }

  finish(summary: RatingsSummary): Uint8Array {
    const summarySheet = this.summarySheet(summary);
    const all = [summarySheet, ...this.sheets];
    const sheetList = all.map((sh, i) => `<sheet name="${escapeXml(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    const names = all
      .flatMap((sh, i) => [
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(sh.printArea)}</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(sh.printTitles)}</definedName>`,
      ])
      .join('');
    const workbook =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets><definedNames>${names}</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
    const rels =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      all.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${all.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const contentTypes =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      all.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      `</Types>`;
    const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
    const small = (name: string, xml: string): ZipEntryData => {
      const raw = encoder.encode(xml);
      return predeflatedEntry(name, this.deflate(raw), crc32(raw), raw.length);
    };
    const entries = [
      small('[Content_Types].xml', contentTypes),
      small('_rels/.rels', rootRels),
      small('xl/workbook.xml', workbook),
      small('xl/_rels/workbook.xml.rels', rels),
      small('xl/styles.xml', stylesXml),
      ...all.map((sh, i) => predeflatedEntry(`xl/worksheets/sheet${i + 1}.xml`, sh.deflated, sh.crc, sh.size)),
    ];
    return writeZip(entries, this.options.modified === undefined ? {} : { modified: this.options.modified });
  }

  private summarySheet(summary: RatingsSummary): PackedSheet {
    const levels = ['excellent', 'good', 'complete', 'incomplete'] as const;
    const levelTitles = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];
    // A STT, B Mã, C Tên, D Số đảng viên, E Được xếp loại, F–M count/% × 4, N Không xếp loại, O Xếp loại tổ chức
    // P "Ghi chú" marks a Đảng bộ's row that repeats its subordinates' members (left out of the totals).
    const widths = [6, 10, 44, 10, 10, 8, 9, 8, 9, 8, 9, 8, 9, 10, 12, 18];
    const last = widths.length - 1;
    const x = new SheetXml(widths.length);
    x.row(1, [s(summary.issuingBody, style.boldCenter)]);
    x.merge(1, 0, 1, last);
    x.row(2, [s(summary.title, style.title)], 36);
    x.merge(2, 0, 2, last);
    const top: (Cell | undefined)[] = [
      s('STT', style.header),
      s('Mã tổ chức', style.header),
      s('Tên tổ chức đảng', style.header),
      s('Số đảng viên', style.header),
      s('Được xếp loại', style.header),
    ];
    const sub: (Cell | undefined)[] = [s('', style.header), s('', style.header), s('', style.header), s('', style.header), s('', style.header)];
    levelTitles.forEach((title) => {
      top.push(s(title, style.header), s('', style.header));
      sub.push(s('Số lượng', style.header), s('Tỷ lệ', style.header));
    });
    top.push(s('Không xếp loại', style.header), s('Xếp loại tổ chức', style.header), s('Ghi chú', style.header));
    sub.push(s('', style.header), s('', style.header), s('', style.header));
    x.row(4, top, 48);
    x.row(5, sub, 18);
    for (const c of [0, 1, 2, 3, 4, 13, 14, 15]) x.merge(4, c, 5, c);
    for (let i = 0; i < 4; i++) x.merge(4, 5 + i * 2, 4, 6 + i * 2);
    let r = 6;
    for (const row of summary.rows) {
      const cells: Cell[] = [n(row.number, style.integer), s(row.code, style.textCenter), s(row.name, style.link), n(row.members, style.integer), n(row.rated, style.integer)];
      levels.forEach((level, i) => {
        const col = columnLetter(5 + i * 2);
        cells.push(n(row.levels[level], style.integer), n(row.rated === 0 ? 0 : row.levels[level] / row.rated, style.percent, ratio(`${col}${r}`, `E${r}`)));
      });
      cells.push(n(row.notRated, style.integer), s(row.rating, style.textCenter), s(row.countedBelow ? countedBelowNote : '', style.text));
      x.row(r, cells, rowHeight(cells, [0, 0, widths[2] ?? 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, widths[15] ?? 0]));
      x.link(r, 2, sheetReference(row.sheetName, 'A1'), row.name);
      r++;
    }
    const firstData = 6;
    const lastData = Math.max(firstData, r - 1);
    const anyBelow = summary.rows.some((row) => row.countedBelow);
    const sum = (col: number): string => {
      const range = `${columnLetter(col)}${firstData}:${columnLetter(col)}${lastData}`;
      return anyBelow ? `SUMIF($P$${firstData}:$P$${lastData},"<>${countedBelowNote}",${range})` : `SUM(${range})`;
    };
    const t = summary.totals;
    const totals: Cell[] = [s('', style.totalText), s('', style.totalText), s('Tổng cộng', style.totalText), n(t.members, style.totalInteger, sum(3)), n(t.rated, style.totalInteger, sum(4))];
    levels.forEach((level, i) => {
      totals.push(
        n(t.levels[level], style.totalInteger, sum(5 + i * 2)),
        n(t.rated === 0 ? 0 : t.levels[level] / t.rated, style.totalPercent, ratio(`${columnLetter(5 + i * 2)}${r}`, `E${r}`)),
      );
    });
    totals.push(n(t.notRated, style.totalInteger, sum(13)), s('', style.totalText), s('', style.totalText));
    x.row(r, totals);
    r += 2;
    x.row(r++, [undefined, s('Tổ chức đảng tự đánh giá, được xếp loại:', style.bold)]);
    levels.forEach((level, i) => {
      const count = summary.organizationLevels[level];
      x.row(r, [undefined, s(`- ${levelTitles[i] ?? ''}`), undefined, n(count, style.plainInteger), n(summary.organizationsRated === 0 ? 0 : count / summary.organizationsRated, style.plainPercent)]);
      x.merge(r, 1, r, 2);
      r++;
    });
    if (summary.targets.length > 0) {
      r++;
      x.row(r++, [undefined, s('So với chỉ tiêu:', style.bold), undefined, s('Chỉ tiêu', style.header), s('Đạt được', style.header), s('Kết quả', style.header), s('', style.header)]);
      x.merge(r - 1, 5, r - 1, 6);
      for (const target of summary.targets) {
        x.row(r, [undefined, s(`- ${target.label}`), undefined, n(target.target, style.percent), n(target.achieved, style.percent), s(target.met ? 'Đạt' : 'Không đạt', style.totalText), s('', style.totalText)]);
        x.merge(r, 1, r, 2);
        x.merge(r, 5, r, 6);
        r++;
      }
    }
    return packSheet(
      { name: summary.sheetName, xml: x.xml(widths, 5), printTitles: sheetReference(summary.sheetName, '$4:$5'), printArea: sheetReference(summary.sheetName, `$A$1:$${columnLetter(last)}$${x.rowCount}`) },
      this.options,
    );
  }
}
