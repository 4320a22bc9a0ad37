import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { cellAt, type CellValue, type WorkbookSnapshot } from '../core/workbook/snapshot';
import { readSnapshotFromBuffer, readSnapshotFromStream, type ReadSnapshotOptions, type ReadSnapshotResult } from './read-snapshot';
import { readSnapshotWithExcelJs } from './read-snapshot-exceljs';
import { maxCellTextLength } from './sheet-builder';
import { createContractWorkbook, writeWorkbookToBuffer } from './write-contract';

/** A Node-like stream (async iterable of chunks); src/xlsx must not import node:stream. */
function streamOf(chunks: readonly Uint8Array[], failWith?: Error): NodeJS.ReadableStream {
  return {
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) yield chunk;
      if (failWith !== undefined) throw failWith;
    },
  } as unknown as NodeJS.ReadableStream;
}

const readers = {
  buffer: (bytes: Uint8Array, options?: ReadSnapshotOptions) => readSnapshotFromBuffer(bytes, options),
  stream: (bytes: Uint8Array, options?: ReadSnapshotOptions) => readSnapshotFromStream(streamOf([bytes]), options),
  'stream in small chunks': (bytes: Uint8Array, options?: ReadSnapshotOptions) => {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 997) chunks.push(bytes.subarray(i, i + 997));
    return readSnapshotFromStream(streamOf(chunks), options);
  },
  'exceljs (reference)': (bytes: Uint8Array, options?: ReadSnapshotOptions) => readSnapshotWithExcelJs(bytes, options),
} as const;
const readerNames = Object.keys(readers) as Array<keyof typeof readers>;

function snapshotOf(result: ReadSnapshotResult): WorkbookSnapshot {
  if (result.snapshot === undefined) throw new Error(`expected a snapshot, got ${result.problem?.messageEn ?? 'nothing'}`);
  return result.snapshot;
}

const utc = (y: number, m: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, m - 1, d, h, mi));

/** Every value form exceljs writes, in sheet "Giá trị", row by row: [label, value] with the expected snapshot value. */
async function valueWorkbook(): Promise<{ bytes: Uint8Array; expected: Array<[string, CellValue]> }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giá trị');
  const rows: Array<[string, ExcelJS.CellValue, CellValue, string?]> = [
    ['number', 77.5, 77.5],
    ['integer', 3400, 3400],
    ['string', 'Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    ['leading zeros as text', '0561234', '0561234'],
    ['boolean true', true, true],
    ['boolean false', false, false],
    ['date', utc(2025, 7, 15), utc(2025, 7, 15), 'dd/mm/yyyy'],
    ['date and time', utc(2025, 12, 10, 8, 30), utc(2025, 12, 10, 8, 30), 'dd/mm/yyyy hh:mm'],
    ['serial with a date format', 45853, utc(2025, 7, 15), 'dd/mm/yyyy'],
    ['rich text', { richText: [{ text: 'Hoàn thành ', font: { bold: true } }, { text: 'tốt nhiệm vụ' }] }, 'Hoàn thành tốt nhiệm vụ'],
    ['formula number', { formula: '1+2', result: 3 }, 3],
    ['formula string', { formula: '"Chi bộ "&"Văn phòng"', result: 'Chi bộ Văn phòng' }, 'Chi bộ Văn phòng'],
    ['formula boolean', { formula: '1=1', result: true }, true],
    ['formula #N/A', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['formula #DIV/0!', { formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
    ['formula date', { formula: 'DATE(2025,12,10)', result: utc(2025, 12, 10) }, utc(2025, 12, 10), 'dd/mm/yyyy'],
    ['formula without a cached result', { formula: '1+1' } as ExcelJS.CellFormulaValue, null],
    ['error cell #REF!', { error: '#REF!' }, { error: '#REF!' }],
    ['hyperlink', { text: 'Cổng thông tin', hyperlink: 'https://example.org' }, 'Cổng thông tin'],
    ['markup characters', 'A < B & C > "D"', 'A < B & C > "D"'],
    ['line break', 'Dòng 1\nDòng 2', 'Dòng 1\nDòng 2'],
    ['empty string', '', null],
  ];
  rows.forEach(([label, value, , numFmt], index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = label;
    const cell = row.getCell(2);
    cell.value = value;
    if (numFmt !== undefined) cell.numFmt = numFmt;
  });
  const shared = rows.length + 1;
  sheet.getCell(`A${shared}`).value = 'shared formula master';
  sheet.getCell(`B${shared}`).value = { formula: 'ROW()*2', result: shared * 2, shareType: 'shared', ref: `B${shared}:B${shared + 1}` } as ExcelJS.CellValue;
  sheet.getCell(`A${shared + 1}`).value = 'shared formula';
  sheet.getCell(`B${shared + 1}`).value = { sharedFormula: `B${shared}`, result: (shared + 1) * 2 } as ExcelJS.CellValue;
  const expected: Array<[string, CellValue]> = rows.map(([label, , snapshot]) => [label, snapshot]);
  expected.push(['shared formula master', shared * 2], ['shared formula', (shared + 1) * 2]);
  return { bytes: await writeWorkbookToBuffer(workbook), expected };
}

describe.each(readerNames)('value mapping (%s)', (name) => {
  it('maps every exceljs value form to the snapshot primitive', async () => {
    const { bytes, expected } = await valueWorkbook();
    const sheet = snapshotOf(await readers[name](bytes)).sheets[0];
    expect(sheet?.name).toBe('Giá trị');
    if (sheet === undefined) return;
    const actual = expected.map(([label], index) => [label, cellAt(sheet, index + 1, 2) ?? null]);
    expect(actual).toEqual(expected);
    for (const [label, value] of actual) {
      if (expected.find(([l]) => l === label)?.[1] instanceof Date) expect(value).toBeInstanceOf(Date);
    }
  });
});

describe.each(readerNames)('rows and columns (%s)', (name) => {
  it('skips empty rows and leading empty columns but keeps addresses', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Thưa');
    sheet.getCell('C3').value = 'đầu';
    sheet.getCell('E3').value = 1;
    sheet.getCell('D7').value = 'giữa';
    sheet.getCell('C9').value = '';
    sheet.getCell('F12').value = 'cuối';
    const result = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook))).sheets[0];
    expect(result).toBeDefined();
    if (result === undefined) return;
    expect(result.firstRow).toBe(3);
    expect(result.firstColumn).toBe(3);
    expect(result.rows).toHaveLength(10);
    expect(cellAt(result, 3, 3)).toBe('đầu');
    expect(cellAt(result, 3, 5)).toBe(1);
    expect(cellAt(result, 7, 4)).toBe('giữa');
    expect(cellAt(result, 12, 6)).toBe('cuối');
    expect(result.rows[9 - 3]).toBeUndefined();
    expect(result.rows.filter((r) => r !== undefined)).toHaveLength(3);
  });

  it('keeps the value of a merged range in its top-left cell only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Gộp');
    sheet.getCell('A1').value = 'SỔ THEO DÕI HỘI NGHỊ';
    sheet.mergeCells('A1:D1');
    sheet.getCell('A2').value = 'Mã hội nghị';
    const result = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook))).sheets[0];
    expect(result?.rows[0]).toEqual(['SỔ THEO DÕI HỘI NGHỊ']);
  });

  it('lists merged areas with 1-based inclusive bounds; a sheet without any has no merges', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nội dung');
    sheet.getCell('A1').value = 'SỔ NỘI DUNG';
    sheet.mergeCells('A1:D1');
    sheet.getCell('A3').value = 'BCH-01';
    sheet.mergeCells('A3:A5');
    sheet.getCell('B7').value = 'BTV-01';
    sheet.mergeCells('B7:C9');
    ['x', 'y', 'z'].forEach((text, i) => (sheet.getCell(`E${3 + i}`).value = text));
    workbook.addWorksheet('Trống').getCell('A1').value = 1;
    const [merged, plain] = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook))).sheets;
    expect(merged?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 3, left: 1, bottom: 5, right: 1 },
      { top: 7, left: 2, bottom: 9, right: 3 },
    ]);
    expect(merged === undefined ? undefined : [cellAt(merged, 3, 1), cellAt(merged, 4, 1) ?? null]).toEqual(['BCH-01', null]);
    expect(plain?.merges).toBeUndefined();
  });

  it('returns sheets in tab order with their names', async () => {
    const workbook = createContractWorkbook();
    const names = workbook.worksheets.map((w) => w.name);
    const result = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook)));
    expect(result.sheets.map((s) => s.name)).toEqual(names);
  });

  it('caps cell text at 32,767 characters', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dài').getCell('A1').value = 'x'.repeat(maxCellTextLength + 100);
    const sheet = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook))).sheets[0];
    expect((sheet?.rows[0]?.[0] as string).length).toBe(maxCellTextLength);
  });
});

describe.each(readerNames)('[S4] unreadable files (%s)', (name) => {
  const read = readers[name];
  async function problemOf(bytes: Uint8Array, options?: ReadSnapshotOptions): Promise<string> {
    const result = await read(bytes, options);
    expect(result.snapshot).toBeUndefined();
    expect(result.problem?.rule).toBe('S4');
    expect(result.problem?.severity).toBe('error');
    expect(result.problem?.message).not.toBe('');
    return result.problem?.messageEn ?? '';
  }

  it('[S4] an empty file', async () => {
    expect(await problemOf(new Uint8Array(0))).toMatch(/empty/);
  });

  it('[S4] random bytes', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await problemOf(bytes)).toMatch(/not an \.xlsx/);
  });

  it('[S4] a text file named .xlsx', async () => {
    expect(await problemOf(strToU8('<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>'))).toMatch(/text/);
  });

  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  const compound = (streamName: string, size: number): Uint8Array => {
    const bytes = new Uint8Array(size);
    bytes.set(cfb, 0);
    bytes.set(utf16(streamName), size - 600);
    return bytes;
  };

  it('[S4] a password-protected workbook (CFB with EncryptedPackage)', async () => {
    const message = await problemOf(compound('EncryptedPackage', 200_000));
    expect(message).toMatch(/password-protected/);
    expect(message).toMatch(/Encrypt with Password/);
  });

  it('[S4] an old .xls workbook', async () => {
    expect(await problemOf(compound('Workbook', 8192))).toMatch(/old Excel format.*Save As/);
  });

  it('[S4] a compound file that is neither', async () => {
    expect(await problemOf(compound('Something', 4096))).toMatch(/not an \.xlsx/);
  });

  it('[S4] a truncated .xlsx', async () => {
    const good = await writeWorkbookToBuffer(createContractWorkbook({ withExamples: true }));
    expect(await problemOf(good.slice(0, Math.floor(good.length / 2)))).toMatch(/damaged/);
    expect(await problemOf(good.slice(0, good.length - 30))).toMatch(/damaged/);
  });

  it('[S4] a zip that is not a workbook', async () => {
    expect(await problemOf(zipSync({ 'ghi-chu.txt': strToU8('không phải sổ') }))).toMatch(/damaged/);
    expect(await problemOf(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }))).toMatch(/damaged/);
  });

  it('[S4] a zip header followed by garbage', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, ...Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)]);
    expect(await problemOf(bytes)).toMatch(/damaged/);
  });

  it('[S4] a sheet over the row cap stops with the sheet named', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Nhỏ').getCell('A1').value = 1;
    const big = workbook.addWorksheet('Đảng viên');
    for (let r = 1; r <= 12; r += 1) big.getCell(`B${r * 2}`).value = `Người ${r}`;
    const bytes = await writeWorkbookToBuffer(workbook);
    const result = await read(bytes, { maxRowsPerSheet: 11 });
    expect(result.problem?.rule).toBe('S4');
    expect(result.problem?.sheet).toBe('Đảng viên');
    expect(result.problem?.messageEn).toMatch(/more than 11 data rows/);
    expect(result.problem?.message).toMatch(/Đảng viên/);
    const atLimit = await read(bytes, { maxRowsPerSheet: 12 });
    expect(atLimit.problem).toBeUndefined();
    expect(atLimit.snapshot?.sheets[1]?.rows.filter((r) => r !== undefined)).toHaveLength(12);
  });
});

describe.each(readerNames)('tables (%s)', (name) => {
  it('reports Excel table names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dữ liệu');
    sheet.addTable({
      name: 'DangVien',
      ref: 'A1',
      headerRow: true,
      columns: [{ name: 'Họ và tên' }, { name: 'Năm' }],
      rows: [['Lê Văn Hùng', 2025]],
    });
    const result = snapshotOf(await readers[name](await writeWorkbookToBuffer(workbook)));
    expect(result.sheets[0]?.tables).toEqual(['DangVien']);
    expect(result.sheets[0]?.rows[1]).toEqual(['Lê Văn Hùng', 2025]);
  });
});

describe('streams', () => {
  it('reads an ArrayBuffer the same as a Uint8Array', async () => {
    const bytes = await writeWorkbookToBuffer(createContractWorkbook());
    const copy = bytes.slice().buffer;
    expect(snapshotOf(await readSnapshotFromBuffer(copy))).toEqual(snapshotOf(await readSnapshotFromBuffer(bytes)));
  });

  it('rethrows an I/O error of the source stream', async () => {
    const bytes = await writeWorkbookToBuffer(createContractWorkbook());
    await expect(readSnapshotFromStream(streamOf([bytes.subarray(0, 100)], new Error('EIO: disk gone')))).rejects.toThrow('EIO');
  });
});
