// Reads the cells of one table sheet row by row, by column type, reporting V1–V9 with their cell.
import { foldKey } from '../text/normalize';
import type { Finding } from '../findings';
import type { CalendarDate, RatingLevel, Source, TimeOfDay } from '../model/types';
import type { Message } from '../rules/rule';
import { missingColumnFinding } from '../rules/s2-missing-column';
import { requiredValueFinding } from '../rules/v1-required-value';
import { invalidDateFinding, invalidTimeFinding } from '../rules/v2-invalid-date';
import {
  notWholeNumberFinding,
  unreadableBooleanFinding,
  unreadableChoiceFinding,
  unreadableNumberFinding,
} from '../rules/v3-unreadable-value';
import { invalidRatingFinding } from '../rules/v4-invalid-rating';
import { outOfRangeFinding } from '../rules/v5-out-of-range';
import type { TableSheetSpec } from './contract';
import type { HeaderMatch } from './locate';
import { type CellValue, type SheetSnapshot, columnName } from './snapshot';
import { CellCleaner } from './cell-cleaner';
import {
  type Choice,
  type PresentValue,
  readBoolean,
  readChoice,
  readDate,
  readInteger,
  readNumber,
  readRating,
  readTime,
  shownValue,
  textOf,
} from './values';

const columnNumberForm = /^\(?(\d{1,2})\)?$/;

function columnNumberText(text: string): number {
  const match = columnNumberForm.exec(text.trim());
  return match === null ? NaN : Number(match[1]);
}

export type IntegerRange = 'nonNegative' | 'positive' | 'year';

/** Memo tables stop growing here; a column of all-distinct junk then parses each cell. */
const memoLimit = 2000;
const missing = Symbol('missing');

const totalsLabels = new Set(['tongcong', 'cong', 'tongso', 'tong']);

export class TableReader {
  readonly sheetName: string;
  /** Field → column letter, shared by the `Source` of every record of the sheet. */
  readonly sourceColumns: Readonly<Record<string, string>>;
  private readonly headerRange: string;
  private readonly reportedMissing = new Set<number>();
  private readonly offsets: readonly number[];
  private readonly letters: readonly string[];
  private readonly labels: readonly string[];
  private readonly fields: readonly string[];
  private readonly required: readonly boolean[];
  private readonly cleaner: CellCleaner;
  /** Per column: parsed value of each distinct text (ratings, choices and x columns repeat a few spellings). */
  private readonly memos: Map<string, unknown>[];
  private cells: ReadonlyArray<CellValue | undefined> = [];
  /** Absolute row number of the current row. */
  row = 0;

  constructor(
    sheet: SheetSnapshot,
    spec: TableSheetSpec,
    header: HeaderMatch,
    private readonly findings: Finding[],
  ) {
    this.sheetName = sheet.name;
    this.headerRange = header.range;
    this.fields = spec.columns.map((column) => column.field);
    this.required = spec.columns.map((column) => column.required === true);
    this.labels = header.labels;
    this.offsets = header.columns.map((column) => (column === 0 ? -1 : column - sheet.firstColumn));
    this.letters = header.columns.map((column) => (column === 0 ? '' : columnName(column)));
    const sourceColumns: Record<string, string> = {};
    this.fields.forEach((field, index) => {
      const letter = this.letters[index] ?? '';
      if (letter !== '') sourceColumns[field] = letter;
    });
    this.sourceColumns = sourceColumns;
    this.cleaner = new CellCleaner(sheet.name, findings);
    this.memos = spec.columns.map(() => new Map<string, unknown>());
  }

  /** The memoized parse of `text` in column `index`, or `missing`. */
  private recall(index: number, text: string): unknown {
    const memo = this.memos[index];
    if (memo === undefined) return missing;
    const found = memo.get(text);
    return found !== undefined || memo.has(text) ? found : missing;
  }

  private remember(index: number, text: string, parsed: unknown): void {
    const memo = this.memos[index];
    if (memo !== undefined && memo.size < memoLimit) memo.set(text, parsed);
  }

  /** Contract column indexes by field name; throws on a field the contract does not have (a bug). */
  indexes<K extends string>(fields: readonly K[]): Readonly<Record<K, number>> {
    const out = {} as Record<K, number>;
    for (const field of fields) {
      const index = this.fields.indexOf(field);
      if (index < 0) throw new Error(`Sheet ${this.sheetName}: no column for field ${field}`);
      out[field] = index;
    }
    return out;
  }

  setRow(cells: ReadonlyArray<CellValue | undefined>, row: number): void {
    this.cells = cells;
    this.row = row;
  }

  /** No contract column of the current row holds a value (columns the contract does not know are ignored). */
  isRowEmpty(): boolean {
    for (const offset of this.offsets) {
      if (offset < 0) continue;
      const value = this.cells[offset];
      if (value === null || value === undefined) continue;
      if (typeof value === 'string' && value.trim() === '') continue;
      return false;
    }
    return true;
  }

  /**
   * The row under the header that numbers the columns, as official forms do ("1 2 3 …" or "(1) (2) (3) …"):
   * at least three values, all column numbers, increasing from left to right.
   */
  isColumnNumbering(): boolean {
    let count = 0;
    let previous = 0;
    for (let offset = 0; offset < this.cells.length; offset++) {
      const value = this.cells[offset];
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      const n = typeof value === 'number' ? value : typeof value === 'string' ? columnNumberText(value) : NaN;
      if (!Number.isInteger(n) || n <= previous) return false;
      previous = n;
      count++;
    }
    return count >= 3;
  }

  /**
   * A totals line typed under the data ("Tổng cộng", "Cộng", "Tổng số"): its first non-empty cell says so.
   * Such a row is not a record; the product computes totals itself.
   */
  isTotalsRow(): boolean {
    for (let offset = 0; offset < this.cells.length; offset++) {
      const value = this.cells[offset];
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      return typeof value === 'string' && totalsLabels.has(foldKey(value).replace(/[:]+$/u, ''));
    }
    return false;
  }

  /** The sheet has this column. */
  has(index: number): boolean {
    return (this.offsets[index] ?? -1) >= 0;
  }

  /** A1 address of a column in the current row. */
  cell(index: number): string {
    return `${this.letters[index] ?? ''}${this.row}`;
  }

  label(index: number): string {
    return this.labels[index] ?? '';
  }

  source(): Source {
    return { sheet: this.sheetName, row: this.row, columns: this.sourceColumns };
  }

  /** True when the column is absent or the current row's cell holds nothing (not even an error). */
  isBlank(index: number): boolean {
    const offset = this.offsets[index] ?? -1;
    if (offset < 0) return true;
    const value = this.cells[offset];
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  }

  /** S2, once per sheet, for a column that the rows make required (e.g. Tán thành for votes). */
  requireColumn(index: number): void {
    if (this.reportedMissing.has(index)) return;
    this.reportedMissing.add(index);
    this.findings.push(missingColumnFinding(this.sheetName, this.label(index), this.headerRange));
  }

  /** V1 for a value required by another value (e.g. Tán thành when Hình thức is Biểu quyết). */
  requireValue(index: number, condition: Message): void {
    this.findings.push(requiredValueFinding(this.sheetName, this.cell(index), this.label(index), condition));
  }

  /** The cleaned, non-empty value of a column, reporting V1 (required and empty), V6–V9. */
  private present(index: number, textual: boolean): PresentValue | undefined {
    const offset = this.offsets[index] ?? -1;
    if (offset < 0) return undefined;
    const raw = this.cells[offset];
    const value =
      raw === null || raw === undefined ? undefined : this.cleaner.clean(raw, this.letters[index] ?? '', this.row, this.label(index), textual);
    if (value === undefined && this.required[index] === true && (raw === null || raw === undefined || typeof raw === 'string')) {
      this.findings.push(requiredValueFinding(this.sheetName, this.cell(index), this.label(index)));
    }
    return value;
  }

  text(index: number): string | undefined {
    const value = this.present(index, true);
    return value === undefined ? undefined : textOf(value);
  }

  integer(index: number, range: IntegerRange = 'nonNegative'): number | undefined {
    const value = this.present(index, false);
    if (value === undefined) return undefined;
    const n = readInteger(value);
    if (n === 'unreadable') {
      this.findings.push(unreadableNumberFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), true));
      return undefined;
    }
    if (n === 'notWhole') {
      this.findings.push(notWholeNumberFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value)));
      return undefined;
    }
    const inRange = range === 'year' ? n >= 1900 && n <= 2100 : range === 'positive' ? n > 0 : n >= 0;
    if (!inRange) {
      this.findings.push(outOfRangeFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), range));
      return undefined;
    }
    return n;
  }

  /** A score 0–100 (decimals allowed, REGULATIONS.md §1.3). */
  score(index: number): number | undefined {
    const value = this.present(index, false);
    if (value === undefined) return undefined;
    const n = readNumber(value);
    if (n === 'unreadable') {
      this.findings.push(unreadableNumberFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), false));
      return undefined;
    }
    if (n < 0 || n > 100) {
      this.findings.push(outOfRangeFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), 'score'));
      return undefined;
    }
    return n;
  }

  date(index: number): CalendarDate | undefined {
    const value = this.present(index, false);
    if (value === undefined) return undefined;
    const date = readDate(value);
    if (typeof date === 'string') {
      this.findings.push(
        invalidDateFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), date === 'nonexistent'),
      );
      return undefined;
    }
    return date;
  }

  time(index: number): TimeOfDay | undefined {
    const value = this.present(index, false);
    if (value === undefined) return undefined;
    const time = readTime(value);
    if (time === 'unreadable') {
      this.findings.push(invalidTimeFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value)));
      return undefined;
    }
    return time;
  }

  /** An "x" column: empty is false. */
  boolean(index: number): boolean {
    const value = this.present(index, false);
    if (value === undefined) return false;
    let flag: boolean | 'unreadable';
    if (typeof value === 'string') {
      const recalled = this.recall(index, value);
      flag = recalled === missing ? readBoolean(value) : (recalled as boolean | 'unreadable');
      if (recalled === missing) this.remember(index, value, flag);
    } else {
      flag = readBoolean(value);
    }
    if (flag === 'unreadable') {
      this.findings.push(unreadableBooleanFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value)));
      return false;
    }
    return flag;
  }

  rating(index: number): RatingLevel | undefined {
    const value = this.present(index, true);
    if (value === undefined) return undefined;
    let level: RatingLevel | 'unreadable';
    if (typeof value === 'string') {
      const recalled = this.recall(index, value);
      level = recalled === missing ? readRating(value) : (recalled as RatingLevel | 'unreadable');
      if (recalled === missing) this.remember(index, value, level);
    } else {
      level = 'unreadable';
    }
    if (level === 'unreadable') {
      this.findings.push(invalidRatingFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value)));
      return undefined;
    }
    return level;
  }

  choice<T extends string>(index: number, spec: Choice<T>): T | undefined {
    const value = this.present(index, true);
    if (value === undefined) return undefined;
    let found: T | undefined | 'unreadable';
    if (typeof value === 'string') {
      const recalled = this.recall(index, value);
      found = recalled === missing ? readChoice(spec, value) : (recalled as T | undefined | 'unreadable');
      if (recalled === missing) this.remember(index, value, found);
    } else {
      found = readChoice(spec, value);
    }
    if (found === 'unreadable') {
      this.findings.push(unreadableChoiceFinding(this.sheetName, this.cell(index), this.label(index), shownValue(value), spec.accepted));
      return undefined;
    }
    return found;
  }
}
