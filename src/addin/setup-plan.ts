// What "set up sheets" must write into a workbook: the contract's sheets and columns it lacks, nothing else.
import type { Finding } from '../core/findings';
import { foldKey } from '../core/text/normalize';
import {
  tableSheets,
  unitSheet,
  type TableSheetSpec,
  type UnitKeySpec,
} from '../core/workbook/contract';
import { findSheet, isBlankSheet, matchHeader } from '../core/workbook/locate';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';

export type SetupStep =
  /** A new sheet `Đơn vị`: header, one row per key. */
  | { readonly kind: 'create-unit' }
  /** Key labels `Đơn vị` lacks, appended under its last used row. */
  | { readonly kind: 'add-unit-keys'; readonly sheet: string; readonly labels: readonly string[] }
  /** A new sheet as an Excel table. */
  | { readonly kind: 'create-table'; readonly spec: TableSheetSpec }
  /** The sheet exists but is empty: the header goes in row 1 as an Excel table. */
  | { readonly kind: 'fill-blank'; readonly sheet: string; readonly spec: TableSheetSpec }
  /** Columns the sheet lacks, added to the right of its used range (or to its table) in its header row. */
  | {
      readonly kind: 'add-columns';
      readonly sheet: string;
      readonly spec: TableSheetSpec;
      readonly headerRow: number;
      readonly columns: readonly number[];
    }
  /** The sheet holds data but no recognizable header: left untouched. */
  | { readonly kind: 'unrecognized'; readonly sheet: string; readonly spec: TableSheetSpec };

export interface SetupPlan {
  readonly steps: readonly SetupStep[];
  /** Contract sheets already complete, by their name in the workbook. */
  readonly complete: readonly string[];
}

/** Rows of each sheet the plan needs (the header is searched in the first 10; `Đơn vị` has 15 keys). */
export const setupRowsPerSheet = 40;

function unitLabelsPresent(sheet: SheetSnapshot): Set<string> {
  const present = new Set<string>();
  for (const row of sheet.rows) {
    const first = row?.find(
      (v) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === ''),
    );
    if (typeof first === 'string') present.add(foldKey(first.trim().replace(/[*:]+$/, '')));
  }
  return present;
}

export function planSetup(snapshot: WorkbookSnapshot): SetupPlan {
  const steps: SetupStep[] = [];
  const complete: string[] = [];
  const unit = findSheet(snapshot.sheets, unitSheet.name);
  if (unit === undefined) steps.push({ kind: 'create-unit' });
  else {
    const present = unitLabelsPresent(unit);
    const keys: readonly UnitKeySpec[] = unitSheet.keys;
    const missing = keys.filter(
      (k) =>
        !present.has(foldKey(k.label)) && !(k.synonyms ?? []).some((s) => present.has(foldKey(s))),
    );
    if (missing.length === 0) complete.push(unit.name);
    else
      steps.push({ kind: 'add-unit-keys', sheet: unit.name, labels: missing.map((k) => k.label) });
  }
  for (const spec of tableSheets) {
    const sheet = findSheet(snapshot.sheets, spec.name);
    if (sheet === undefined) {
      steps.push({ kind: 'create-table', spec });
      continue;
    }
    if (isBlankSheet(sheet)) {
      steps.push({ kind: 'fill-blank', sheet: sheet.name, spec });
      continue;
    }
    const header = matchHeader(sheet, spec, [] as Finding[]);
    if (header.row === 0) {
      steps.push({ kind: 'unrecognized', sheet: sheet.name, spec });
      continue;
    }
    const columns = spec.columns
      .map((_, index) => index)
      .filter((index) => header.columns[index] === 0);
    if (columns.length === 0) complete.push(sheet.name);
    else
      steps.push({ kind: 'add-columns', sheet: sheet.name, spec, headerRow: header.row, columns });
  }
  return { steps, complete };
}

/** True when the plan writes something. */
export function planWrites(plan: SetupPlan): boolean {
  return plan.steps.some((s) => s.kind !== 'unrecognized');
}
