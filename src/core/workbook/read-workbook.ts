// The workbook reader: a snapshot → the domain model and the structure/value findings (S1–S3, V1–V9).
import type { Finding } from '../findings';
import type { WorkbookModel } from '../model/types';
import { missingSheetFinding } from '../rules/s1-missing-sheet';
import { type SheetKey, type TableSheetSpec, agendaItemsSheet, conclusionsSheet, conferencesSheet, membersSheet, organizationsSheet, unitSheet } from './contract';
import { findSheet, isBlankSheet, matchHeader } from './locate';
import { MergeFill } from './merge-fill';
import {
  type RowBuilder,
  agendaItemBuilder,
  conclusionBuilder,
  conferenceBuilder,
  memberBuilder,
  organizationBuilder,
} from './records';
import { signatureBlockStart } from './signature-block';
import { type SheetSnapshot, type WorkbookSnapshot, cellAddress } from './snapshot';
import { TableReader } from './table-reader';
import { readUnit } from './unit-sheet';

export interface ReadOptions {
  /** The sheets the requested action requires: S1 fires only for these. Present sheets are always read. */
  readonly needs?: readonly SheetKey[];
}

export interface ReadResult {
  readonly model: WorkbookModel;
  readonly findings: Finding[];
}

export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const findings: Finding[] = [];
  const needs = new Set<SheetKey>(options.needs ?? []);
  const locate = (key: SheetKey, name: string): SheetSnapshot | undefined => {
    const sheet = findSheet(snapshot.sheets, name);
    if (sheet === undefined && needs.has(key)) findings.push(missingSheetFinding(name));
    return sheet;
  };
  const table = <T>(spec: TableSheetSpec, builder: (reader: TableReader) => RowBuilder<T>): T[] => {
    const sheet = locate(spec.key, spec.name);
    if (sheet === undefined || (!needs.has(spec.key) && isBlankSheet(sheet))) return [];
    return readTable(sheet, spec, builder, findings);
  };

  const unitSnapshot = locate('unit', unitSheet.name);
  const unit = unitSnapshot === undefined ? undefined : readUnit(unitSnapshot, findings);
  const conferences = table(conferencesSheet, conferenceBuilder);
  const agendaItems = table(agendaItemsSheet, agendaItemBuilder);
  const conclusions = table(conclusionsSheet, conclusionBuilder);
  const organizations = table(organizationsSheet, organizationBuilder);
  const members = table(membersSheet, memberBuilder);
  const model: WorkbookModel =
    unit === undefined
      ? { conferences, agendaItems, conclusions, organizations, members }
      : { unit, conferences, agendaItems, conclusions, organizations, members };
  return { model, findings };
}

function dropFindingsAt(findings: Finding[], from: number, sheet: string, cells: readonly string[]): void {
  let kept = from;
  for (let i = from; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    if (finding.sheet === sheet && cells.includes(finding.cell)) continue;
    findings[kept++] = finding;
  }
  findings.length = kept;
}

function readTable<T>(
  sheet: SheetSnapshot,
  spec: TableSheetSpec,
  builder: (reader: TableReader) => RowBuilder<T>,
  findings: Finding[],
): T[] {
  const header = matchHeader(sheet, spec, findings);
  if (header.row === 0) return [];
  const reader = new TableReader(sheet, spec, header, findings);
  const build = builder(reader);
  const fill = MergeFill.below(sheet, header.bottom);
  const records: T[] = [];
  // A signature block typed under the table ("T/M CHI ỦY", "(Ký, ghi rõ họ tên)", the signer) is no data.
  const block = signatureBlockStart(sheet, spec, header);
  const end = block === 0 ? sheet.rows.length : block - sheet.firstRow;
  let first = true;
  for (let r = header.bottom - sheet.firstRow + 1; r < end; r++) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    const row = sheet.firstRow + r;
    reader.setRow(cells, row);
    // Judged on the row's own cells: a row only a merge reaches is a blank line of the merged block.
    if (reader.isRowEmpty() || reader.isTotalsRow()) continue;
    if (first) {
      first = false;
      if (reader.isColumnNumbering()) continue;
    }
    if (fill !== undefined) reader.setRow(fill.apply(cells, row), row);
    const before = findings.length;
    const record = build();
    if (record !== undefined) records.push(record);
    // A filled value's problems (V2–V9) are reported once, at the merge's top-left cell that holds it.
    const filled = fill?.filledOffsets() ?? [];
    if (filled.length > 0 && findings.length > before) dropFindingsAt(findings, before, sheet.name, filled.map((offset) => cellAddress(row, sheet.firstColumn + offset)));
  }
  return records;
}
