// A workbook snapshot put together from row chunks as a host reads them (Excel sends rows batch by batch),
// so that the rows can go to the worker as they arrive instead of in one message at the end.
import type { CellRange, CellValue, WorkbookSnapshot } from '../core/workbook/snapshot';
import { SheetBuilder, defaultMaxRowsPerSheet } from '../xlsx/sheet-builder';

export interface SheetHeading {
  readonly name: string;
  readonly tables: readonly string[];
  /** Merged areas, when the host could tell them (Excel: ExcelApi 1.13). */
  readonly merges?: readonly CellRange[];
}

export interface RowsChunk {
  /** Index of the sheet in the headings given to `begin`. */
  readonly sheet: number;
  /** 1-based row and column of `rows[0][0]`. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
}

export interface SnapshotSink {
  /** Every sheet in tab order, before any rows. */
  begin(sheets: readonly SheetHeading[]): void;
  /** Rows of one sheet, in increasing row order per sheet. Throws RowLimitExceeded past the cap. */
  rows(chunk: RowsChunk): void;
}

export class SnapshotAssembler implements SnapshotSink {
  private headings: readonly SheetHeading[] = [];
  private builders: SheetBuilder[] = [];

  constructor(private readonly maxRowsPerSheet: number = defaultMaxRowsPerSheet) {}

  begin(sheets: readonly SheetHeading[]): void {
    this.headings = sheets;
    this.builders = sheets.map((s) => {
      const builder = new SheetBuilder(s.name, this.maxRowsPerSheet);
      for (const range of s.merges ?? []) builder.merge(range);
      return builder;
    });
  }

  rows(chunk: RowsChunk): void {
    const builder = this.builders[chunk.sheet];
    if (builder === undefined) throw new Error(`no sheet ${chunk.sheet}`);
    chunk.rows.forEach((row, r) => {
      builder.startRow(chunk.firstRow + r);
      row.forEach((value, c) => {
        if (value !== undefined) builder.cell(chunk.firstColumn + c, value);
      });
    });
    builder.endRow();
  }

  finish(): WorkbookSnapshot {
    return { sheets: this.builders.map((b, i) => b.finish(this.headings[i]?.tables)) };
  }
}
