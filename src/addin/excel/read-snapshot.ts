// Excel → WorkbookSnapshot (DESIGN.md "Excel specifics"): values and number formats of the used ranges,
// loaded in row chunks, one context.sync() per batch of chunks, batches sized well under Excel on the
// web's 5 MB payload limit and the 5,000,000-cell read limit; never a proxy per cell, never a sync per row.
/// <reference types="office-js" />
import { foldKey } from '../../core/text/normalize';
import { tableSheets, unitSheet } from '../../core/workbook/contract';
import {
  cellErrorCodes,
  type CellRange,
  type CellValue,
  parseRange,
  type WorkbookSnapshot,
} from '../../core/workbook/snapshot';
import {
  SnapshotAssembler,
  type SheetHeading,
  type SnapshotSink,
} from '../../worker/snapshot-assembler';
import { RowLimitExceeded, defaultMaxRowsPerSheet } from '../../xlsx/sheet-builder';
import { excelSerialToDate, isDateFormat } from '../../xlsx/sheet-scanner';
import { isPayloadTooLarge } from './errors';
import { supports } from './run';

export interface ReadLimits {
  /** Estimated response bytes per sync (Excel on the web refuses 5 MB). */
  readonly targetBytes: number;
  /** Cells per sync (Excel refuses reads of 5,000,000 cells). */
  readonly maxCells: number;
  /** Cells of the first batch, before the bytes per cell are known. */
  readonly firstCells: number;
  readonly maxRowsPerSheet: number;
}

export const defaultReadLimits: ReadLimits = {
  targetBytes: 2_000_000,
  maxCells: 250_000,
  firstCells: 20_000,
  maxRowsPerSheet: defaultMaxRowsPerSheet,
};

export interface ReadProgress {
  readonly rowsRead: number;
  readonly rowsTotal: number;
  readonly sheet: string;
}

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Read only the first rows of each sheet's used range (headers, the `Đơn vị` keys). */
  readonly rowsPerSheet?: number;
  /** Sheets whose cells are read; the others are listed with no rows (their name still counts). */
  readonly readSheet?: (name: string, tables: readonly string[]) => boolean;
  readonly onProgress?: (progress: ReadProgress) => void;
}


interface UsedArea {
  readonly name: string;
  readonly merges: readonly CellRange[];
  readonly worksheet: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly tables: readonly string[];
}

interface Chunk {
  readonly area: UsedArea;
  readonly sheet: number;
  /** 0-based row index of the chunk's first row on the sheet. */
  readonly rowIndex: number;
  readonly rowCount: number;
  range?: Excel.Range;
}

const errorCodes = new Set<string>(cellErrorCodes);

/** An Excel cell value and its number format → a snapshot value (dates by format, errors by their code). */
export function cellValueOf(value: unknown, format: unknown): CellValue | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'number')
    return typeof format === 'string' && isDateFormat(format)
      ? excelSerialToDate(value, false)
      : value;
  if (typeof value === 'string') return errorCodes.has(value) ? { error: value } : value;
  if (typeof value === 'boolean') return value;
  return String(value);
}

/** JSON size of a loaded chunk, as Excel sends it (values + numberFormat). */
function payloadBytes(values: readonly unknown[][], formats: readonly unknown[][]): number {
  let bytes = 0;
  for (const row of values)
    for (const v of row) bytes += typeof v === 'string' ? v.length * 2 + 3 : 12;
  for (const row of formats) for (const f of row) bytes += typeof f === 'string' ? f.length + 3 : 8;
  return bytes;
}

const contractKeys = new Set([unitSheet.name, ...tableSheets.map((s) => s.name)].map(foldKey));

/** A sheet the core reads: named like a contract sheet, or holding an Excel table so named (spec/WORKBOOK.md). */
export function isContractSheet(name: string, tables: readonly string[]): boolean {
  return contractKeys.has(foldKey(name)) || tables.some((t) => contractKeys.has(foldKey(t)));
}

/**
 * The ranges of a RangeAreas address ("'Nội dung'!A5:A7, 'Nội dung'!B9:B12"): sheet names are quoted when
 * they need it and may then hold "," or "!" ('' is a quote).
 */
export function parseAreas(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  let start = 0;
  let quoted = false;
  let bang = -1;
  for (let i = 0; i <= address.length; i++) {
    const ch = address.charAt(i);
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '!') bang = i;
    else if (!quoted && (ch === ',' || i === address.length)) {
      const range = parseRange(address.slice(bang >= start ? bang + 1 : start, i));
      if (range !== undefined) ranges.push(range);
      start = i + 1;
    }
  }
  return ranges;
}

/** Reads every worksheet of the workbook into a snapshot. Throws RowLimitExceeded on a sheet over the cap. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const assembler = new SnapshotAssembler(
    options.limits?.maxRowsPerSheet ?? defaultReadLimits.maxRowsPerSheet,
  );
  await streamWorkbook(context, options, assembler);
  return assembler.finish();
}

interface Probe {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
  readonly merged: Excel.RangeAreas | undefined;
}

function probe(worksheet: Excel.Worksheet, withMerges: boolean): Probe {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
  const tables = worksheet.tables;
  tables.load('items/name');
  let merged: Excel.RangeAreas | undefined;
  if (withMerges) {
    try {
      // The whole sheet, not the used range: a method of a null object (a blank sheet) is not to be relied on.
      merged = worksheet.getRange().getMergedAreasOrNullObject();
      merged.load('isNullObject,address');
    } catch {
      merged = undefined;
    }
  }
  return { worksheet, used, tables, merged };
}

/** Reads every worksheet into `sink`: the sheets first, then rows batch by batch as each sync returns. */
export async function streamWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
  sink: SnapshotSink,
): Promise<void> {
  const limits = { ...defaultReadLimits, ...options.limits };
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  // Merged areas (ExcelApi 1.13) of the sheets whose data rows are read; cells of an Excel table are never merged.
  const mergesWanted =
    options.rowsPerSheet === undefined && supports('1.13')
      ? (name: string) => options.readSheet === undefined || options.readSheet(name, [])
      : () => false;
  let probes = worksheets.items.map((worksheet) => probe(worksheet, mergesWanted(worksheet.name)));
  try {
    await context.sync();
  } catch (error) {
    // More than 512 merged areas on a sheet, or any other refusal of them: read without merges.
    if (probes.every((p) => p.merged === undefined)) throw error;
    probes = worksheets.items.map((worksheet) => probe(worksheet, false));
    await context.sync();
  }

  const areas: UsedArea[] = probes.map(({ worksheet, used, tables, merged }) => {
    const tableNames = tables.items.map((t) => t.name);
    const skipped =
      used.isNullObject ||
      (options.readSheet !== undefined && !options.readSheet(worksheet.name, tableNames));
    return {
      name: worksheet.name,
      merges: skipped || merged === undefined || merged.isNullObject ? [] : parseAreas(merged.address),
      worksheet,
      rowIndex: skipped ? 0 : used.rowIndex,
      columnIndex: skipped ? 0 : used.columnIndex,
      rowCount: skipped
        ? 0
        : Math.min(used.rowCount, options.rowsPerSheet ?? Number.POSITIVE_INFINITY),
      columnCount: skipped ? 0 : used.columnCount,
      tables: tableNames,
    };
  });
  sink.begin(
    areas.map((a): SheetHeading =>
      a.merges.length === 0
        ? { name: a.name, tables: a.tables }
        : { name: a.name, tables: a.tables, merges: a.merges },
    ),
  );
  const indexOf = new Map(areas.map((area, index) => [area, index]));
  const rowsTotal = areas.reduce((sum, a) => sum + a.rowCount, 0);
  let rowsRead = 0;

  // A queue of (sheet, first row) still to read; each batch takes rows until its cell budget is spent.
  const queue = areas.filter((a) => a.rowCount > 0).map((area) => ({ area, next: 0 }));
  let cellBudget = Math.min(limits.firstCells, limits.maxCells);
  while (queue.length > 0) {
    const batch: Chunk[] = [];
    let cells = 0;
    for (const entry of queue) {
      if (cells >= cellBudget) break;
      const { area } = entry;
      if (entry.next >= area.rowCount) continue;
      const rows = Math.min(
        area.rowCount - entry.next,
        Math.max(1, Math.floor((cellBudget - cells) / area.columnCount)),
      );
      batch.push({
        area,
        sheet: indexOf.get(area) ?? 0,
        rowIndex: area.rowIndex + entry.next,
        rowCount: rows,
      });
      cells += rows * area.columnCount;
      entry.next += rows;
    }
    for (const chunk of batch) {
      const range = chunk.area.worksheet.getRangeByIndexes(
        chunk.rowIndex,
        chunk.area.columnIndex,
        chunk.rowCount,
        chunk.area.columnCount,
      );
      range.load('values,numberFormat');
      chunk.range = range;
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || cells <= 1) throw error;
      // The estimate was wrong (very long texts): give the rows back and retry with half the cells.
      for (const chunk of batch) {
        const entry = queue.find((e) => e.area === chunk.area);
        if (entry !== undefined)
          entry.next = Math.min(entry.next, chunk.rowIndex - chunk.area.rowIndex);
      }
      cellBudget = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    let bytes = 0;
    for (const chunk of batch) {
      const range = chunk.range as Excel.Range;
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      bytes += payloadBytes(values, formats);
      sink.rows({
        sheet: chunk.sheet,
        firstRow: chunk.rowIndex + 1,
        firstColumn: chunk.area.columnIndex + 1,
        rows: values.map((row, r) => row.map((value, c) => cellValueOf(value, formats[r]?.[c]))),
      });
      rowsRead += chunk.rowCount;
    }
    options.onProgress?.({ rowsRead, rowsTotal, sheet: batch[batch.length - 1]?.area.name ?? '' });
    const bytesPerCell = Math.max(1, bytes / Math.max(1, cells));
    cellBudget = Math.max(
      1,
      Math.min(limits.maxCells, Math.floor(limits.targetBytes / bytesPerCell)),
    );
    while (queue[0] !== undefined && queue[0].next >= queue[0].area.rowCount) queue.shift();
  }
}

export { RowLimitExceeded };
