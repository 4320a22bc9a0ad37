// Vertically merged cells in data rows (a Mã HN typed once over its conference's items): each covered
// cell reads as the merge's top-left value, in that column only (a horizontal spread is not copied).
import { type CellValue, type SheetSnapshot, cellAt } from './snapshot';

interface Fill {
  /** First and last covered row (the row under the top-left cell, the merge's bottom). */
  readonly from: number;
  readonly to: number;
  /** Index into a row's cells. */
  readonly offset: number;
  readonly value: CellValue;
}

function isEmpty(value: CellValue | undefined): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Fills the rows of one sheet, asked in increasing row order; rows under no merge come back as they are.
 * Holds one entry per vertical merge below the header and a sweep of the ones covering the current row.
 */
export class MergeFill {
  private next = 0;
  private active: Fill[] = [];

  private constructor(private readonly fills: readonly Fill[]) {}

  /**
   * The fill for the data rows under `headerRow`; undefined when no merge has anything to fill. Merges that
   * reach the header row or above are left alone: their value is a header or a title, not data.
   */
  static below(sheet: SheetSnapshot, headerRow: number): MergeFill | undefined {
    const merges = sheet.merges;
    if (merges === undefined || merges.length === 0) return undefined;
    const fills: Fill[] = [];
    for (const merge of merges) {
      if (merge.bottom <= merge.top || merge.top <= headerRow) continue;
      const value = cellAt(sheet, merge.top, merge.left);
      const offset = merge.left - sheet.firstColumn;
      if (isEmpty(value) || offset < 0) continue;
      fills.push({ from: merge.top + 1, to: merge.bottom, offset, value });
    }
    if (fills.length === 0) return undefined;
    fills.sort((a, b) => a.from - b.from);
    return new MergeFill(fills);
  }

  /** `cells` of absolute row `row` with the covered cells filled (a copy), or `cells` itself. */
  apply(cells: ReadonlyArray<CellValue | undefined>, row: number): ReadonlyArray<CellValue | undefined> {
    let fill = this.fills[this.next];
    while (fill !== undefined && fill.from <= row) {
      this.active.push(fill);
      fill = this.fills[++this.next];
    }
    if (this.active.length === 0) return cells;
    this.active = this.active.filter((f) => f.to >= row);
    if (this.active.length === 0) return cells;
    const filled = cells.slice();
    for (const f of this.active) filled[f.offset] = f.value;
    return filled;
  }

  /** Row offsets of the cells the last `apply` filled (empty when it filled none). */
  filledOffsets(): readonly number[] {
    return this.active.map((f) => f.offset);
  }
}
