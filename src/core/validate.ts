// The validation pipeline every host runs: snapshot → model + findings (reader rules, then model rules).
import type { Finding } from './findings';
import type { WorkbookModel } from './model/types';
import { checkModel } from './rules/index';
import { defaultSettings, type Settings } from './settings';
import type { SheetKey } from './workbook/contract';
import { readWorkbook } from './workbook/read-workbook';
import type { WorkbookSnapshot } from './workbook/snapshot';

export interface ValidateOptions {
  /** Sheets the requested action needs (S1 fires only for these). */
  readonly needs?: readonly SheetKey[];
  /** Restrict rating rules to one rating year. */
  readonly year?: number;
  readonly settings?: Settings;
}

export interface ValidationResult {
  readonly model: WorkbookModel;
  readonly findings: readonly Finding[];
}

export function validateSnapshot(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): ValidationResult {
  const read = readWorkbook(snapshot, options.needs === undefined ? {} : { needs: options.needs });
  const modelFindings = checkModel(
    read.model,
    options.settings ?? defaultSettings,
    options.year === undefined ? {} : { year: options.year },
  );
  // A cell the reader could not read is absent from the model; the rules would report it again as missing.
  const unreadable = new Set(read.findings.filter((f) => f.severity === 'error' && f.cell !== '').map((f) => `${f.sheet}!${f.cell}`));
  const fresh = modelFindings.filter((f) => !unreadable.has(`${f.sheet}!${f.cell}`));
  const sheetOrder = new Map(snapshot.sheets.map((sheet, index) => [sheet.name, index]));
  return { model: read.model, findings: sortFindings([...read.findings, ...fresh], sheetOrder) };
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function cellOrder(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)/.exec(cell);
  if (match === null) return [0, 0];
  let column = 0;
  for (const ch of match[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

/** Workbook order: sheet tab order, then row, then column, then severity. File-level findings first. */
export function sortFindings(findings: readonly Finding[], sheetOrder: ReadonlyMap<string, number>): Finding[] {
  const keyed = findings.map((finding, index) => {
    const [row, column] = cellOrder(finding.cell);
    const sheet = finding.sheet === '' ? -1 : (sheetOrder.get(finding.sheet) ?? sheetOrder.size);
    return { finding, index, sheet, row, column };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.column - b.column ||
      severityOrder[a.finding.severity] - severityOrder[b.finding.severity] ||
      a.index - b.index,
  );
  return keyed.map((k) => k.finding);
}
