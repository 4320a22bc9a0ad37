// Finding sheets and header rows by the tolerance rules of spec/WORKBOOK.md.
import type { Finding } from '../findings';
import { duplicateColumnFinding } from '../rules/s3-duplicate-column';
import { missingColumnFinding } from '../rules/s2-missing-column';
import { foldKey } from '../text/normalize';
import type { TableSheetSpec } from './contract';
import { type CellValue, type SheetSnapshot, cellAddress, columnName } from './snapshot';

/** A sheet whose name, or one of whose Excel tables, folds to the same key as `name`; names win over tables. */
export function findSheet(sheets: readonly SheetSnapshot[], name: string): SheetSnapshot | undefined {
  const key = foldKey(name);
  let byTable: SheetSnapshot | undefined;
  for (const sheet of sheets) {
    if (foldKey(sheet.name) === key) return sheet;
    if (byTable === undefined && sheet.tables?.some((table) => foldKey(table) === key)) byTable = sheet;
  }
  return byTable;
}

export interface HeaderMatch {
  /** Absolute row number of the header row; 0 when none was recognized. */
  readonly row: number;
  /** Per contract column: its absolute column number, 0 when the sheet lacks it. */
  readonly columns: readonly number[];
  /** Per contract column: the header as typed in the sheet (the contract's header when absent). */
  readonly labels: readonly string[];
  /** A1 range of the header row ('' when none was recognized). */
  readonly range: string;
}

const headerRowsSearched = 10;
const headerMarks = /[*:]+$/;
const trailingHint = /\s*\([^)]*\)\s*$/;

const headerLookups = new WeakMap<TableSheetSpec, ReadonlyMap<string, number>>();

/** Folded header and synonyms → index of the contract column. */
function headerLookup(spec: TableSheetSpec): ReadonlyMap<string, number> {
  let lookup = headerLookups.get(spec);
  if (lookup === undefined) {
    const map = new Map<string, number>();
    spec.columns.forEach((column, index) => {
      map.set(foldKey(column.header), index);
      for (const synonym of column.synonyms ?? []) map.set(foldKey(synonym), index);
    });
    lookup = map;
    headerLookups.set(spec, lookup);
  }
  return lookup;
}

/** The contract column a header cell names, also when a hint in parentheses or a "*" follows it. */
function headerIndex(lookup: ReadonlyMap<string, number>, value: CellValue | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(headerMarks, '');
  const found = lookup.get(foldKey(text));
  if (found !== undefined || !trailingHint.test(text)) return found;
  return lookup.get(foldKey(text.replace(trailingHint, '').replace(headerMarks, '')));
}

function distinctMatches(lookup: ReadonlyMap<string, number>, cells: ReadonlyArray<CellValue | undefined>): Set<number> {
  const seen = new Set<number>();
  for (const cell of cells) {
    const index = headerIndex(lookup, cell);
    if (index !== undefined) seen.add(index);
  }
  return seen;
}

function isEmptyValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** True when the first rows searched for a header hold no value at all (a sheet just created). */
export function isBlankSheet(sheet: SheetSnapshot): boolean {
  for (const cells of sheet.rows) if (cells?.some((value) => !isEmptyValue(value))) return false;
  return true;
}

/**
 * The header row: the first of the first 10 rows naming at least half of the contract's columns;
 * failing that, the row naming the most columns if it names every required one. S2 and S3 go to `findings`.
 */
export function matchHeader(sheet: SheetSnapshot, spec: TableSheetSpec, findings: Finding[]): HeaderMatch {
  const lookup = headerLookup(spec);
  const count = spec.columns.length;
  const columns: number[] = new Array<number>(count).fill(0);
  const labels: string[] = spec.columns.map((column) => column.header);
  let headerOffset = -1;
  let bestOffset = -1;
  let bestSize = 0;
  const searched = Math.min(headerRowsSearched, sheet.rows.length);
  for (let r = 0; r < searched; r++) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    const seen = distinctMatches(lookup, cells);
    if (seen.size * 2 >= count) {
      headerOffset = r;
      break;
    }
    if (seen.size > bestSize && spec.columns.every((column, index) => !column.required || seen.has(index))) {
      bestOffset = r;
      bestSize = seen.size;
    }
  }
  if (headerOffset < 0) headerOffset = bestOffset;
  if (headerOffset < 0) {
    for (const column of spec.columns) if (column.required) findings.push(missingColumnFinding(sheet.name, column.header, ''));
    return { row: 0, columns, labels, range: '' };
  }
  const row = sheet.firstRow + headerOffset;
  const cells = sheet.rows[headerOffset] ?? [];
  cells.forEach((value, offset) => {
    const index = headerIndex(lookup, value);
    if (index === undefined) return;
    const column = sheet.firstColumn + offset;
    const first = columns[index] ?? 0;
    if (first !== 0) {
      findings.push(duplicateColumnFinding(sheet.name, labels[index] ?? '', cellAddress(row, first), cellAddress(row, column)));
      return;
    }
    columns[index] = column;
    labels[index] = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : labels[index] ?? '';
  });
  const range = `${columnName(sheet.firstColumn)}${row}:${columnName(sheet.firstColumn + Math.max(cells.length, 1) - 1)}${row}`;
  spec.columns.forEach((column, index) => {
    if (column.required && columns[index] === 0) findings.push(missingColumnFinding(sheet.name, column.header, range));
  });
  return { row, columns, labels, range };
}
