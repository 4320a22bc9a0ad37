import fc from 'fast-check';
import type { SheetSnapshot } from '../core/workbook/snapshot';
import { SheetBuilder } from './sheet-builder';
import { decodeStringEscapes, isDateFormat, WorksheetScanner, type ScanContext } from './sheet-scanner';
import { parseSharedStrings } from './workbook-parts';

const context: ScanContext = {
  sharedStrings: ['Chi bộ', { richText: [{ text: 'Hoàn thành ' }, { text: 'tốt' }] }],
  isDateStyle: (id) => id === 1,
  date1904: false,
};

function scan(chunks: readonly string[]): SheetSnapshot {
  const builder = new SheetBuilder('S', 1000);
  const scanner = new WorksheetScanner(builder, context);
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return builder.finish();
}

const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="2" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`;

describe('WorksheetScanner', () => {
  it('reads every cell type of §18.3.1.4', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>45853</v></c><c r="D1" s="1"><v>45853.5</v></c></row>' +
        '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C2" t="str"><f>A1&amp;"x"</f><v>Chi bộx</v></c><c r="D2" t="d"><v>2025-07-15T08:30:00</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Đảng </t></r><r><rPr><b/></rPr><t xml:space="preserve">viên</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="B3"/><c r="C3" t="b"><f>1=1</f><v>0</v></c></row>',
    );
    const result = scan([xml]);
    expect(result.rows).toEqual([
      ['Chi bộ', 'Hoàn thành tốt', 45853, new Date(Date.UTC(2025, 6, 15, 12))],
      [true, { error: '#DIV/0!' }, 'Chi bộx', new Date(Date.UTC(2025, 6, 15, 8, 30))],
      ['Đảng viên', undefined, false],
    ]);
  });

  it('accepts namespace prefixes, missing r attributes, comments, CDATA and entities', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><!-- a <c> comment -->' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>A &amp; B &#x1EA1; &#7841;</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4" t="str"><x:v><![CDATA[<b> & c]]></x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const result = scan([xml]);
    expect(result.firstRow).toBe(1);
    expect(result.firstColumn).toBe(1);
    expect(result.rows[0]).toEqual(['A & B ạ ạ', 2]);
    expect(result.rows[3]?.[2]).toBe('<b> & c');
  });

  it('gives the same rows however the XML is cut into chunks', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }).map((s) => ({ xml: `<is><t xml:space="preserve">${escape(s)}</t></is>`, type: 'inlineStr' })),
      fc.integer({ min: -1000, max: 100000 }).map((n) => ({ xml: `<v>${n}</v>`, type: 'n' })),
      fc.boolean().map((b) => ({ xml: `<v>${b ? 1 : 0}</v>`, type: 'b' })),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 12 }), (table, cuts) => {
        const xml = sheet(
          table.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r + 1}" t="${c.type}">${c.xml}</c>`).join('')}</row>`).join(''),
        );
        const positions = [...new Set(cuts.map((c) => c % xml.length))].sort((a, b) => a - b);
        const chunks = [0, ...positions].map((start, i) => xml.slice(start, positions[i] ?? xml.length));
        expect(scan(chunks)).toEqual(scan([xml]));
      }),
    );
  });

  it('reads <mergeCells> after <sheetData> into merges, dropping one-cell areas and bad references', () => {
    const xml =
      '<worksheet><sheetData><row r="5"><c r="A5" t="inlineStr"><is><t>BCH-01</t></is></c></row></sheetData>' +
      '<x:mergeCells count="4"><x:mergeCell ref="A5:A7"/><mergeCell ref="$B$9:C12"></mergeCell><mergeCell ref="D1"/><mergeCell ref="junk"/></x:mergeCells>' +
      '<pageMargins left="0.7"/></worksheet>';
    const expected = [
      { top: 5, left: 1, bottom: 7, right: 1 },
      { top: 9, left: 2, bottom: 12, right: 3 },
    ];
    expect(scan([xml]).merges).toEqual(expected);
    expect(scan([xml.slice(0, 130), xml.slice(130, 141), xml.slice(141)]).merges).toEqual(expected);
    expect(scan([sheet('<row r="1"><c r="A1"><v>1</v></c></row>')])).not.toHaveProperty('merges');
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('isDateFormat', () => {
  it.each<[string, boolean]>([
    ['dd/mm/yyyy', true],
    ['d/m/yyyy h:mm', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['hh:mm', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "đ"', false],
    ['0.0 "ngày"', false],
    ['@', false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false],
    ['[Red]0.00', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});


describe('string escapes written by Excel and LibreOffice (_xHHHH_, ECMA-376 §22.9.2.19)', () => {
  it('decodes CR and control characters in inline strings', () => {
    const snapshot = scan([sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>dòng 1_x000D_\ndòng 2_x0007_</t></is></c></row>')]);
    expect(snapshot.rows[0]?.[0]).toBe('dòng 1\r\ndòng 2\u0007');
  });
  it('keeps a literal "_x000D_" written as "_x005F_x000D_"', () => {
    expect(decodeStringEscapes('a_x005F_x000D_b')).toBe('a_x000D_b');
  });
  it('decodes shared strings', () => {
    expect(parseSharedStrings('<sst><si><t>Chi bộ_x000D_\n1</t></si></sst>')).toEqual(['Chi bộ\r\n1']);
  });
});
