// The same snapshot through exceljs's `xlsx.load`: the reference the fast reader is tested against.
// Not for large files: exceljs builds Row/Cell objects (about 27 s and 800 MB for 100,000 members).
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../core/workbook/snapshot';
import { detectFileKind } from './file-kind';
import { corruptProblem, fileKindProblem, tooManyRowsProblem } from './problems';
import type { ReadSnapshotOptions, ReadSnapshotResult } from './read-snapshot';
import { capText, defaultMaxRowsPerSheet, RowLimitExceeded, SheetBuilder } from './sheet-builder';
import { sharedStringText } from './sheet-scanner';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

export async function readSnapshotWithExcelJs(bytes: Uint8Array | ArrayBuffer, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = detectFileKind(data);
  if (kind !== 'zip') return { problem: fileKindProblem(kind) };
  const maxRows = options.maxRowsPerSheet ?? defaultMaxRowsPerSheet;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as LoadInput, {
      // exceljs expands every validated range into one entry per cell: a whole-column list would cost 1M objects.
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
      // Counts every <row> element, empty ones too, so it only guards memory; the exact cap is below.
      maxRows: maxRows * 2 + 1000,
    } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (error) {
    if (error instanceof Error && /max row count/i.test(error.message)) return { problem: tooManyRowsProblem(undefined, maxRows) };
    return { problem: corruptProblem() };
  }
  if (workbook.worksheets.length === 0) return { problem: corruptProblem() };
  const sheets: SheetSnapshot[] = [];
  try {
    for (const worksheet of workbook.worksheets) sheets.push(readWorksheet(worksheet, maxRows));
  } catch (error) {
    if (error instanceof RowLimitExceeded) return { problem: tooManyRowsProblem(error.sheet, error.limit) };
    throw error;
  }
  return { snapshot: { sheets } };
}

function readWorksheet(worksheet: ExcelJS.Worksheet, maxRows: number): SheetSnapshot {
  const builder = new SheetBuilder(worksheet.name, maxRows);
  // Merged areas by their top-left address, grown to cover every cell exceljs marks as merged into it.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  worksheet.eachRow((row, rowNumber) => {
    builder.startRow(rowNumber);
    row.eachCell((cell, column) => {
      if (cell.type !== ExcelJS.ValueType.Merge) {
        builder.cell(column, snapshotValue(cell.value));
        return;
      }
      const master = cell.master;
      const top = Number(master.row);
      const left = Number(master.col);
      const area = merges.get(master.address) ?? { top, left, bottom: top, right: left };
      area.bottom = Math.max(area.bottom, rowNumber);
      area.right = Math.max(area.right, column);
      merges.set(master.address, area);
    });
    builder.endRow();
  });
  for (const area of merges.values()) builder.merge(area);
  return builder.finish(tableNames(worksheet));
}

function tableNames(worksheet: ExcelJS.Worksheet): string[] {
  const tables = worksheet.getTables() as unknown as ReadonlyArray<{ readonly name?: string; readonly model?: { readonly displayName?: string; readonly name?: string } }>;
  return tables.map((t) => t.model?.displayName ?? t.model?.name ?? t.name ?? '').filter((name) => name !== '');
}

/** Every value form exceljs produces, as the snapshot's primitives. */
export function snapshotValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return capText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // A formula result in a date-formatted cell that was an error or text: exceljs made it an Invalid Date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: '#VALUE!' } : value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return capText(sharedStringText(value) ?? '');
  if ('formula' in value || 'sharedFormula' in value) return snapshotValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return snapshotValue((value as { text?: ExcelJS.CellValue }).text);
  return null;
}
