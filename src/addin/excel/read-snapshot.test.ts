/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { cellAt } from '../../core/workbook/snapshot';
import { isContractSheet, readWorkbookSnapshot, RowLimitExceeded } from './read-snapshot';

// office-addin-mock only reads the host names of office-addin-manifest, whose ESM dependencies Jest cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', Outlook: 'outlook', Word: 'word', PowerPoint: 'powerpoint' },
}));

type Cell = string | number | boolean;

interface SheetData {
  readonly name: string;
  /** 0-based position of the used range. */
  readonly rowIndex?: number;
  readonly columnIndex?: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly value: (row: number, column: number) => Cell;
  readonly format?: (row: number, column: number) => string;
  readonly tables?: readonly string[];
}

interface Batch {
  readonly cells: number;
  /** JSON of the values and formats Excel would send back. */
  readonly bytes: number;
}

/** A workbook behind office-addin-mock objects: ranges give their values only after load + sync. */
function mockWorkbook(sheets: readonly SheetData[], options: { failFirstDataSync?: string } = {}) {
  let pending: OfficeMockObject[] = [];
  const collections: { synced: boolean; loaded: boolean }[] = [];
  const batches: Batch[] = [];
  let current: { cells: number; ranges: { values: Cell[][]; formats: string[][] }[] } = {
    cells: 0,
    ranges: [],
  };
  let failure = options.failFirstDataSync;
  const collection = <T>(items: T[]) => {
    const state = { synced: false, loaded: false };
    collections.push(state);
    return {
      load() {
        state.loaded = true;
      },
      get items(): T[] {
        if (!state.loaded || !state.synced) throw new Error('collection read before load + sync');
        return items;
      },
    };
  };
  const worksheets = sheets.map((sheet) => ({
    name: sheet.name,
    tables: collection((sheet.tables ?? []).map((name) => ({ name }))),
    getUsedRangeOrNullObject: () => {
      const used = new OfficeMockObject({
        isNullObject: sheet.rowCount === 0,
        rowIndex: sheet.rowIndex ?? 0,
        columnIndex: sheet.columnIndex ?? 0,
        rowCount: sheet.rowCount,
        columnCount: sheet.columnCount,
      });
      pending.push(used);
      return used;
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      const values: Cell[][] = [];
      const formats: string[][] = [];
      for (let r = row; r < row + rows; r++) {
        const v: Cell[] = [];
        const f: string[] = [];
        for (let c = column; c < column + columns; c++) {
          v.push(sheet.value(r - (sheet.rowIndex ?? 0), c - (sheet.columnIndex ?? 0)));
          f.push(
            sheet.format?.(r - (sheet.rowIndex ?? 0), c - (sheet.columnIndex ?? 0)) ?? 'General',
          );
        }
        values.push(v);
        formats.push(f);
      }
      const range = new OfficeMockObject({ values, numberFormat: formats });
      current.cells += rows * columns;
      current.ranges.push({ values, formats });
      pending.push(range);
      return range;
    },
  }));
  const sheetCollection = collection(worksheets);
  const sync = jest.fn(async () => {
    if (current.cells > 0) {
      if (failure !== undefined) {
        const code = failure;
        failure = undefined;
        pending = [];
        current = { cells: 0, ranges: [] };
        throw Object.assign(new Error(code), { code });
      }
      batches.push({ cells: current.cells, bytes: JSON.stringify(current.ranges).length });
      current = { cells: 0, ranges: [] };
    }
    for (const object of pending) await object.sync();
    pending = [];
    for (const state of collections) if (state.loaded) state.synced = true;
  });
  const context = {
    workbook: { worksheets: sheetCollection },
    sync,
  } as unknown as Excel.RequestContext;
  return { context, sync, batches };
}

const memberColumns = 20;
const memberRow = (row: number, column: number): Cell =>
  row === 0
    ? `Cột ${column + 1}`
    : column === 0
      ? 2025
      : column === 2
        ? `Nguyễn Văn ${row}`
        : column === 3
          ? 30000 + (row % 9000)
          : column === 6
            ? `CB${row % 120}`
            : column === 18
              ? 'Hoàn thành tốt nhiệm vụ'
              : '';
const memberFormat = (row: number, column: number): string =>
  row > 0 && column === 3 ? 'dd/mm/yyyy' : column === 6 ? '@' : 'General';

describe('readWorkbookSnapshot (office-addin-mock)', () => {
  test('values, dates by number format, errors and booleans; empty rows skipped, row and column numbers kept', async () => {
    const rows: Cell[][] = [
      ['Mã hội nghị', 'Ngày họp', 'Có mặt', 'Ghi chú'],
      ['BCH-01', 45839, 30, true],
      ['', '', '', ''],
      ['BTV-02', 45900.5, '#N/A', 'x'],
    ];
    const { context, sync } = mockWorkbook([
      {
        name: 'Hội nghị',
        rowIndex: 2,
        columnIndex: 1,
        rowCount: rows.length,
        columnCount: 4,
        value: (r, c) => rows[r]?.[c] ?? '',
        format: (r, c) => (r > 0 && c === 1 ? 'dd/mm/yyyy' : 'General'),
        tables: ['HoiNghi'],
      },
      { name: 'Trống', rowCount: 0, columnCount: 0, value: () => '' },
    ]);
    const snapshot = await readWorkbookSnapshot(context);
    expect(sync).toHaveBeenCalledTimes(3);
    const [sheet, empty] = snapshot.sheets;
    expect(sheet?.name).toBe('Hội nghị');
    expect(sheet?.tables).toEqual(['HoiNghi']);
    expect(sheet?.firstRow).toBe(3);
    expect(sheet?.firstColumn).toBe(2);
    if (sheet === undefined) throw new Error('no sheet');
    expect(cellAt(sheet, 3, 2)).toBe('Mã hội nghị');
    expect(cellAt(sheet, 4, 3)).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(cellAt(sheet, 4, 5)).toBe(true);
    expect(sheet.rows[2]).toBeUndefined();
    expect(cellAt(sheet, 6, 3)).toEqual(new Date(Date.UTC(2025, 7, 31, 12)));
    expect(cellAt(sheet, 6, 4)).toEqual({ error: '#N/A' });
    expect(empty?.rows).toEqual([]);
  });

  test('small sheets share one sync: one to list sheets, one for used ranges, one for all their cells', async () => {
    const small = (name: string): SheetData => ({
      name,
      rowCount: 50,
      columnCount: 10,
      value: (r, c) => `${name} ${r}:${c}`,
    });
    const { context, sync } = mockWorkbook(
      ['Đơn vị', 'Hội nghị', 'Nội dung', 'Kết luận', 'Tổ chức đảng', 'Đảng viên'].map(small),
    );
    const snapshot = await readWorkbookSnapshot(context);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(snapshot.sheets.map((s) => s.rows.length)).toEqual([50, 50, 50, 50, 50, 50]);
  });

  test('a 100,000-row sheet: 21 syncs (2 + 19 chunks), every request well under 5 MB and 5,000,000 cells, no row lost', async () => {
    const { context, sync, batches } = mockWorkbook([
      {
        name: 'Đảng viên',
        rowCount: 100_001,
        columnCount: memberColumns,
        value: memberRow,
        format: memberFormat,
      },
    ]);
    const progress: number[] = [];
    const snapshot = await readWorkbookSnapshot(context, {
      onProgress: (p) => progress.push(p.rowsRead),
    });
    expect(sync).toHaveBeenCalledTimes(2 + batches.length);
    expect(sync.mock.calls.length).toBe(21);
    for (const batch of batches) {
      expect(batch.bytes).toBeLessThan(2_500_000);
      expect(batch.cells).toBeLessThanOrEqual(250_000);
    }
    expect(progress[progress.length - 1]).toBe(100_001);
    const sheet = snapshot.sheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.rows.length).toBe(100_001);
    expect(cellAt(sheet, 100_001, 3)).toBe('Nguyễn Văn 100000');
    expect(cellAt(sheet, 50_000, 4)).toBeInstanceOf(Date);
  });

  test('a response over the payload limit is retried with half the cells, nothing lost or read twice', async () => {
    const { context, sync, batches } = mockWorkbook(
      [{ name: 'Nội dung', rowCount: 3000, columnCount: 9, value: (r, c) => `${r}-${c}` }],
      { failFirstDataSync: 'ResponsePayloadSizeLimitExceeded' },
    );
    const snapshot = await readWorkbookSnapshot(context);
    expect(batches[0]?.cells).toBeLessThanOrEqual(10_000);
    expect(sync.mock.calls.length).toBeGreaterThan(3);
    const sheet = snapshot.sheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.rows.length).toBe(3000);
    expect(sheet.rows.map((row) => row?.[0])).toEqual(
      Array.from({ length: 3000 }, (_, r) => `${r}-0`),
    );
  });

  test('rowsPerSheet reads only the first rows (headers for "set up sheets")', async () => {
    const { context, batches } = mockWorkbook([
      { name: 'Đảng viên', rowCount: 100_001, columnCount: memberColumns, value: memberRow },
    ]);
    const snapshot = await readWorkbookSnapshot(context, { rowsPerSheet: 40 });
    expect(snapshot.sheets[0]?.rows.length).toBe(40);
    expect(batches.reduce((sum, b) => sum + b.cells, 0)).toBe(40 * memberColumns);
  });

  test('a huge sheet that is not one of the contract is listed, not read', async () => {
    const { context, sync, batches } = mockWorkbook([
      { name: 'Số liệu khác', rowCount: 500_000, columnCount: 30, value: (r) => `x${r}` },
      { name: 'HOI NGHI', rowCount: 10, columnCount: 5, value: (r, c) => `${r}:${c}` },
      { name: 'Trang 3', rowCount: 10, columnCount: 5, value: () => 'y', tables: ['Đảng viên'] },
    ]);
    const snapshot = await readWorkbookSnapshot(context, { readSheet: isContractSheet });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(batches).toEqual([expect.objectContaining({ cells: 100 })]);
    expect(snapshot.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Số liệu khác', 0],
      ['HOI NGHI', 10],
      ['Trang 3', 10],
    ]);
  });

  test('[S4] a sheet over the row cap stops the read', async () => {
    const { context } = mockWorkbook([
      { name: 'Đảng viên', rowCount: 1_000, columnCount: 3, value: (r) => `x${r}` },
    ]);
    await expect(
      readWorkbookSnapshot(context, { limits: { maxRowsPerSheet: 500 } }),
    ).rejects.toBeInstanceOf(RowLimitExceeded);
  });
});
