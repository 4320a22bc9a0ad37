// Collects one sheet's non-empty cells into the dense rows of a SheetSnapshot.
import type { CellRange, CellValue, SheetSnapshot } from '../core/workbook/snapshot';

/** Excel's own limit on the text of one cell. */
export const maxCellTextLength = 32_767;
export const defaultMaxRowsPerSheet = 300_000;

/** Thrown inside a reader to stop at the row cap; turned into an S4 finding by the caller. */
export class RowLimitExceeded extends Error {
  constructor(readonly sheet: string, readonly limit: number) {
    super(`Sheet ${sheet} has more than ${limit} non-empty rows`);
  }
}

export function capText(text: string): string {
  return text.length > maxCellTextLength ? text.slice(0, maxCellTextLength) : text;
}

export class SheetBuilder {
  private rows: Array<Array<CellValue | undefined> | undefined> = [];
  private firstRow = 0;
  private minColumn = Number.POSITIVE_INFINITY;
  private nonEmptyRows = 0;
  private current: Array<CellValue | undefined> | undefined;
  private currentRow = 0;
  private readonly merges: CellRange[] = [];

  constructor(
    readonly name: string,
    private readonly maxRows: number,
  ) {}

  /** Starts row `row` (1-based); rows must come in increasing order. */
  startRow(row: number): void {
    this.endRow();
    this.currentRow = row;
  }

  /** Adds a cell of the current row; empty values (null, '') are dropped. */
  cell(column: number, value: CellValue | undefined): void {
    if (value === null || value === undefined || value === '') return;
    if (this.current === undefined) this.current = [];
    this.current[column - 1] = typeof value === 'string' ? capText(value) : value;
    if (column < this.minColumn) this.minColumn = column;
  }

  /** A merged area (<mergeCell>); one-cell areas say nothing and are dropped. */
  merge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  endRow(): void {
    const cells = this.current;
    if (cells === undefined) return;
    this.current = undefined;
    this.nonEmptyRows += 1;
    if (this.nonEmptyRows > this.maxRows) throw new RowLimitExceeded(this.name, this.maxRows);
    if (this.rows.length === 0) this.firstRow = this.currentRow;
    let index = this.currentRow - this.firstRow;
    if (index < 0) {
      // Rows out of order (not written by Excel): make room in front.
      this.rows = (new Array(-index) as Array<Array<CellValue | undefined> | undefined>).concat(this.rows);
      this.firstRow = this.currentRow;
      index = 0;
    }
    if (index < this.rows.length) {
      const existing = this.rows[index];
      if (existing === undefined) this.rows[index] = cells;
      else {
        cells.forEach((v, c) => (existing[c] = v));
        this.nonEmptyRows -= 1;
      }
      return;
    }
    this.rows.length = index;
    this.rows.push(cells);
  }

  finish(tables?: readonly string[]): SheetSnapshot {
    this.endRow();
    if (this.rows.length === 0) return this.withExtras({ name: this.name, rows: [], firstRow: 1, firstColumn: 1 }, tables);
    const shift = this.minColumn - 1;
    const rows = shift > 0 ? this.rows.map((r) => (r === undefined ? undefined : r.slice(shift))) : this.rows;
    return this.withExtras({ name: this.name, rows, firstRow: this.firstRow, firstColumn: this.minColumn }, tables);
  }

  private withExtras(sheet: SheetSnapshot, tables: readonly string[] | undefined): SheetSnapshot {
    const withTables = tables === undefined || tables.length === 0 ? sheet : { ...sheet, tables };
    if (this.merges.length === 0) return withTables;
    // Row-major, as the file lists them in no set order and the two readers must agree.
    const merges = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { ...withTables, merges };
  }
}
