// exceljs → WorkbookSnapshot (DESIGN.md "Layers"). Bad input never throws: it comes back as an S4 finding.
import ExcelJS from 'exceljs';
import type { Finding } from '../core/findings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { detectFileKind } from './file-kind';
import { corruptProblem, fileKindProblem, tooManyRowsProblem } from './problems';
import { defaultMaxRowsPerSheet, RowLimitExceeded, SheetBuilder, capText } from './sheet-builder';
import { isDateFormat, sharedStringText, WorksheetScanner, type ScanContext } from './sheet-scanner';

export interface ReadSnapshotOptions {
  /** S4: reading stops when a sheet has more non-empty rows than this (default 300,000). */
  readonly maxRowsPerSheet?: number;
}

export interface ReadSnapshotResult {
  readonly snapshot?: WorkbookSnapshot;
  /** Rule S4: the file is not a readable .xlsx; there is no snapshot then. */
  readonly problem?: Finding;
}

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];
type ReaderInput = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[0];

/** Reads a whole .xlsx held in memory (browser and Node) with exceljs's `xlsx.load`. */
export async function readSnapshotFromBuffer(bytes: Uint8Array | ArrayBuffer, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
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
  worksheet.eachRow((row, rowNumber) => {
    builder.startRow(rowNumber);
    row.eachCell((cell, column) => {
      if (cell.type !== ExcelJS.ValueType.Merge) builder.cell(column, snapshotValue(cell.value));
    });
    builder.endRow();
  });
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
  // A formula result in a date-formatted cell that was an error or text: exceljs turned it into an Invalid Date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: '#VALUE!' } : value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return capText(sharedStringText(value) ?? '');
  if ('formula' in value || 'sharedFormula' in value) return snapshotValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return snapshotValue((value as { text?: ExcelJS.CellValue }).text);
  return null;
}

// exceljs's streaming reader keeps these on the instance; its typings do not declare them.
interface ReaderInternals {
  readonly model?: { readonly sheets?: ReadonlyArray<{ readonly name: string }> };
  readonly sharedStrings?: readonly unknown[];
  readonly styles: { getStyleModel(id: number): { readonly numFmt?: string } | undefined };
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
}

interface WorksheetReaderInternals {
  readonly name: string;
  readonly iterator: AsyncIterable<Uint8Array | string>;
}

type SourceStream = NodeJS.ReadableStream & { destroy?: (error?: Error) => void };

/** Largest compound file (.xls or encrypted .xlsx) read whole to tell which one it is. */
const maxCompoundFileBytes = 64 * 1024 * 1024;

/**
 * Reads an .xlsx from a Node stream with exceljs's streaming WorkbookReader (bounded memory): exceljs
 * unzips and reads shared strings, styles and the workbook part; the sheets go through WorksheetScanner.
 * Sheets come back in workbook tab order; table names are not available here. I/O errors of the
 * source stream itself (not its content) are rethrown.
 */
export async function readSnapshotFromStream(stream: NodeJS.ReadableStream, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
  const source = stream as SourceStream;
  let sourceError: unknown;
  source.on('error', (error: unknown) => {
    sourceError ??= error;
  });
  const head = await readHead(source);
  let kind = detectFileKind(head);
  if (kind === 'compoundFile') kind = detectFileKind(await readAll(source, maxCompoundFileBytes));
  if (kind !== 'zip') {
    source.destroy?.();
    return { problem: fileKindProblem(kind) };
  }

  const maxRows = options.maxRowsPerSheet ?? defaultMaxRowsPerSheet;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source as unknown as ReaderInput, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  const read: Array<{ readonly sheet: SheetSnapshot; readonly order: number }> = [];
  try {
    for await (const worksheet of reader) {
      const sheet = await scanWorksheet(worksheet as unknown as WorksheetReaderInternals, internals, maxRows);
      const order = internals.model?.sheets?.findIndex((s) => s.name === sheet.name) ?? -1;
      read.push({ sheet, order: order < 0 ? Number.MAX_SAFE_INTEGER : order });
    }
  } catch (error) {
    source.destroy?.();
    if (sourceError !== undefined) throw sourceError;
    if (error instanceof RowLimitExceeded) return { problem: tooManyRowsProblem(error.sheet, error.limit) };
    return { problem: corruptProblem() };
  }
  if (sourceError !== undefined) throw sourceError;
  if (internals.model === undefined || read.length === 0) return { problem: corruptProblem() };
  const sheets = read.sort((a, b) => a.order - b.order).map((r) => r.sheet);
  return { snapshot: { sheets } };
}

async function scanWorksheet(worksheet: WorksheetReaderInternals, reader: ReaderInternals, maxRows: number): Promise<SheetSnapshot> {
  const builder = new SheetBuilder(worksheet.name, maxRows);
  const dateStyles = new Map<number, boolean>();
  const context: ScanContext = {
    sharedStrings: reader.sharedStrings,
    date1904: reader.properties?.model?.date1904 === true,
    isDateStyle: (id) => {
      let known = dateStyles.get(id);
      if (known === undefined) {
        known = isDateFormat(reader.styles.getStyleModel(id)?.numFmt);
        dateStyles.set(id, known);
      }
      return known;
    },
  };
  const scanner = new WorksheetScanner(builder, context);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of worksheet.iterator) {
    scanner.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  scanner.write(decoder.decode());
  scanner.end();
  return builder.finish();
}

/** The first chunk of a stream, pushed back so that the stream still reads from byte 0. */
function readHead(stream: SourceStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      stream.removeListener('readable', onReadable);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
    };
    const onReadable = (): void => {
      done();
      const chunk = stream.read() as Uint8Array | string | null;
      if (chunk === null) return resolve(new Uint8Array(0));
      stream.unshift(chunk);
      resolve(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    };
    const onEnd = (): void => {
      done();
      resolve(new Uint8Array(0));
    };
    const onError = (error: unknown): void => {
      done();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream.once('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

async function readAll(stream: SourceStream, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size >= limit) break;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

export { defaultMaxRowsPerSheet, maxCellTextLength } from './sheet-builder';
