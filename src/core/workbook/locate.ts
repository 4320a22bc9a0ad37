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
  /** A1 range of the header row, or of both rows of a two-row header ('' when none was recognized). */
  readonly range: string;
  /** Absolute row number of the header's last row: `row`, or the row below it for a two-row header; 0 when none. */
  readonly bottom: number;
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
 * failing that, the row naming the most columns if it names every required one. When the row below
 * holds sub-titles (a two-row header), each column is named by its lower cell, else by its upper one.
 * S2 and S3 go to `findings`.
 */
export function matchHeader(sheet: SheetSnapshot, spec: TableSheetSpec, findings: Finding[]): HeaderMatch {
  const lookup = headerLookup(spec);
  const count = spec.columns.length;
  const columns: number[] = new Array<number>(count).fill(0);
  const rows: number[] = new Array<number>(count).fill(0);
  const labels: string[] = spec.columns.map((column) => column.header);
  let headerOffset = -1;
  let bestOffset = -1;
  let bestSize = 0;
  const searched = Math.min(headerRowsSearched, sheet.rows.length);
  const namesRequired = (set: ReadonlySet<number>): boolean => spec.columns.every((column, index) => !column.required || set.has(index));
  for (let r = 0; r < searched; r++) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    const seen = distinctMatches(lookup, cells);
    if (seen.size * 2 >= count) {
      headerOffset = r;
      break;
    }
    if (seen.size > bestSize && namesRequired(seen)) {
      bestOffset = r;
      bestSize = seen.size;
      continue;
    }
    // A two-row header may name its required columns only with both rows ("Có mặt" under "Số ủy viên").
    const below = seen.size > 0 ? sheet.rows[r + 1] : undefined;
    if (below === undefined || namesRequired(seen)) continue;
    const next = distinctMatches(lookup, below);
    if (namesRequired(next)) continue;
    for (const index of seen) next.add(index);
    if (next.size > bestSize && namesRequired(next)) {
      bestOffset = r;
      bestSize = next.size;
    }
  }
  if (headerOffset < 0) headerOffset = bestOffset;
  if (headerOffset < 0) {
    for (const column of spec.columns) if (column.required) findings.push(missingColumnFinding(sheet.name, column.header, ''));
    return { row: 0, columns, labels, range: '', bottom: 0 };
  }
  let row = sheet.firstRow + headerOffset;
  let upper = sheet.rows[headerOffset] ?? [];
  let lower = sheet.rows[headerOffset + 1];
  let twoRows = lower === undefined ? undefined : twoRowPlacements(sheet, spec, lookup, row, upper, lower);
  // The row found may be the lower row of a two-row header when most titles sit under groups.
  const above = headerOffset > 0 ? sheet.rows[headerOffset - 1] : undefined;
  if (above !== undefined) {
    const pair = twoRowPlacements(sheet, spec, lookup, row - 1, above, upper);
    if (pair !== undefined && new Set(pair.map((p) => p.index)).size > distinctMatches(lookup, upper).size) {
      twoRows = pair;
      lower = upper;
      upper = above;
      row -= 1;
    }
  }
  const placements = twoRows ?? oneRowPlacements(lookup, row, upper);
  for (const { offset, index, row: at, label } of placements) {
    const column = sheet.firstColumn + offset;
    const first = columns[index] ?? 0;
    if (first !== 0) {
      findings.push(duplicateColumnFinding(sheet.name, labels[index] ?? '', cellAddress(rows[index] ?? row, first), cellAddress(at, column)));
      continue;
    }
    columns[index] = column;
    rows[index] = at;
    labels[index] = label;
  }
  const bottom = twoRows === undefined ? row : row + 1;
  const width = Math.max(upper.length, twoRows === undefined ? 0 : lower?.length ?? 0, 1);
  const range = `${columnName(sheet.firstColumn)}${row}:${columnName(sheet.firstColumn + width - 1)}${bottom}`;
  spec.columns.forEach((column, index) => {
    if (column.required && columns[index] === 0) findings.push(missingColumnFinding(sheet.name, column.header, range));
  });
  return { row, columns, labels, range, bottom };
}

/** A header cell naming a contract column. */
interface Placement {
  /** Index into the row's cells. */
  readonly offset: number;
  /** Contract column. */
  readonly index: number;
  /** Absolute row of the cell that names it. */
  readonly row: number;
  readonly label: string;
}

const shownLabel = (text: string): string => text.trim().replace(/\s+/g, ' ');

function oneRowPlacements(lookup: ReadonlyMap<string, number>, row: number, cells: ReadonlyArray<CellValue | undefined>): Placement[] {
  const placements: Placement[] = [];
  cells.forEach((value, offset) => {
    const index = headerIndex(lookup, value);
    if (index !== undefined && typeof value === 'string') placements.push({ offset, index, row, label: shownLabel(value) });
  });
  return placements;
}

/** A header cell's words without marks or a trailing hint ('' for a non-text cell). */
function headerWords(value: CellValue | undefined): string {
  if (typeof value !== 'string') return '';
  return shownLabel(value.replace(headerMarks, '').replace(trailingHint, '').replace(headerMarks, ''));
}

/** `a` then `b`, the words that end `a` and start `b` written once ("Tổng số" + "Số ủy viên" → "Tổng số ủy viên"); '' without overlap. */
function overlapJoin(a: string, b: string): string {
  const left = a.split(' ');
  const right = b.split(' ');
  for (let k = Math.min(left.length, right.length); k > 0; k--) {
    if (foldKey(left.slice(-k).join(' ')) === foldKey(right.slice(0, k).join(' '))) return [...left, ...right.slice(k)].join(' ');
  }
  return '';
}

/**
 * Per offset of the header row: the offset of the title of the group the column sits under (a title over
 * several columns), or -1; `merged` when a merged area says so, rather than the layout of the two rows
 * (a title followed by empty cells over sub-titles).
 */
function headerGroups(
  sheet: SheetSnapshot,
  row: number,
  upper: ReadonlyArray<CellValue | undefined>,
  lower: ReadonlyArray<CellValue | undefined>,
): { readonly left: Int32Array; readonly merged: Uint8Array } {
  const width = Math.max(upper.length, lower.length);
  const left = new Int32Array(width).fill(-1);
  const merged = new Uint8Array(width);
  for (const merge of sheet.merges ?? []) {
    if (merge.top !== row || merge.bottom !== row || merge.right <= merge.left || merge.left < sheet.firstColumn) continue;
    const title = merge.left - sheet.firstColumn;
    for (let offset = title; offset <= merge.right - sheet.firstColumn && offset < width; offset++) {
      left[offset] = title;
      merged[offset] = 1;
    }
  }
  for (let title = 0; title < width; title++) {
    if (left[title] !== -1 || isEmptyValue(upper[title]) || isEmptyValue(lower[title])) continue;
    let end = title + 1;
    while (end < width && left[end] === -1 && isEmptyValue(upper[end]) && !isEmptyValue(lower[end])) end++;
    if (end > title + 1) left.fill(title, title, end);
    title = end - 1;
  }
  return { left, merged };
}

/**
 * The placements of a two-row header whose upper row is `row`, or undefined when the row below is not
 * header-like: most of its cells name a column (alone or with their group's title) or sit under a merged
 * group title, one of them names a column the upper row does not name by itself or sits under a merge,
 * and no required column named above (by its cell or its group's title) holds a value that is not a header.
 */
function twoRowPlacements(
  sheet: SheetSnapshot,
  spec: TableSheetSpec,
  lookup: ReadonlyMap<string, number>,
  row: number,
  upper: ReadonlyArray<CellValue | undefined>,
  lower: ReadonlyArray<CellValue | undefined>,
): Placement[] | undefined {
  const { left, merged } = headerGroups(sheet, row, upper, lower);
  const width = left.length;
  const lowerMatch = (offset: number): { readonly index: number; readonly label: string } | undefined => {
    const words = headerWords(lower[offset]);
    if (words === '') return undefined;
    const title = offset < width && (left[offset] ?? -1) >= 0 ? headerWords(upper[left[offset] ?? -1]) : '';
    const group = foldKey(title);
    if (title !== '' && group !== foldKey(words)) {
      // "Số ủy viên" over "Tổng số": the sub-title may need its group's title; a join that is only the title is not one.
      const joins = [`${title} ${words}`, `${words} ${title}`, overlapJoin(title, words), overlapJoin(words, title)];
      for (const join of joins) {
        if (join === '' || foldKey(join) === group) continue;
        const index = lookup.get(foldKey(join));
        if (index !== undefined) return { index, label: `${words} (${title})` };
      }
    }
    const index = headerIndex(lookup, lower[offset]);
    return index === undefined ? undefined : { index, label: shownLabel(words) };
  };
  const named = new Set<number>();
  for (let offset = 0; offset < upper.length; offset++) {
    const index = headerIndex(lookup, upper[offset]);
    if (index !== undefined && left[offset] === -1) named.add(index);
  }
  let filled = 0;
  let headerLike = 0;
  let adds = false;
  let underMerge = false;
  const matches: ({ readonly index: number; readonly label: string } | undefined)[] = [];
  for (let offset = 0; offset < lower.length; offset++) {
    if (isEmptyValue(lower[offset])) continue;
    filled++;
    const match = lowerMatch(offset);
    matches[offset] = match;
    if (match !== undefined) {
      headerLike++;
      if (!named.has(match.index)) adds = true;
      continue;
    }
    const title = left[offset] ?? -1;
    const above = headerIndex(lookup, upper[title >= 0 ? title : offset]);
    if (above !== undefined && spec.columns[above]?.required === true) return undefined;
    if (merged[offset] === 1) {
      headerLike++;
      underMerge = true;
    }
  }
  if (!(adds || underMerge) || headerLike * 2 <= filled) return undefined;
  const placements: Placement[] = [];
  for (let offset = 0; offset < width; offset++) {
    const match = matches[offset];
    if (match !== undefined) {
      placements.push({ offset, index: match.index, row: row + 1, label: match.label });
      continue;
    }
    if (left[offset] !== -1) continue;
    const value = upper[offset];
    const index = headerIndex(lookup, value);
    if (index !== undefined && typeof value === 'string') placements.push({ offset, index, row, label: shownLabel(value) });
  }
  return placements;
}
