// The one value every host hands the core (DESIGN.md "Layers"): sheets of cells with addresses.
// Rows are dense arrays of primitives so that a 100,000-row sheet stays small in memory.

export const cellErrorCodes = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
] as const;
export type CellErrorCode = (typeof cellErrorCodes)[number];

/** A formula whose cached result is an error value. */
export interface CellError {
  readonly error: CellErrorCode | string;
}

/**
 * A cell value as a host read it. Formula cells carry their cached result. Dates are `Date` objects
 * whose UTC fields are the wall-clock date and time typed in Excel (no time zone shift).
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells, 1-based and inclusive, as Excel's merged areas are given. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  /** The sheet's name as shown on its tab. */
  readonly name: string;
  /** Names of Excel tables (ListObjects) on this sheet, if the host knows them. */
  readonly tables?: readonly string[];
  /** `rows[r][c]` is the cell at row `firstRow + r`, column `firstColumn + c` (both 1-based). */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Merged areas, if the host knows them; absent means none. Only the top-left cell holds a value in `rows`. */
  readonly merges?: readonly CellRange[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** 1 → "A", 27 → "AA". */
export function columnName(column: number): string {
  let name = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "AA" → 27. */
export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue | undefined {
  return sheet.rows[row - sheet.firstRow]?.[column - sheet.firstColumn];
}

export function lastRow(sheet: SheetSnapshot): number {
  return sheet.firstRow + sheet.rows.length - 1;
}

/** "A5:C7" or "$A$5" (a single cell) → its range; undefined when the text is not an A1 reference. */
export function parseRange(reference: string): CellRange | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(reference.trim());
  if (match === null) return undefined;
  const [, c1 = '', r1 = '', c2, r2] = match;
  const a = { row: Number(r1), column: columnNumber(c1) };
  const b = c2 === undefined || r2 === undefined ? a : { row: Number(r2), column: columnNumber(c2) };
  if (a.row < 1 || b.row < 1) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
