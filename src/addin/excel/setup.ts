// Writes a setup plan into Excel: new sheets as Excel tables with frozen headers, widths, formats and (ExcelApi
// 1.8) dropdowns; columns a sheet lacks to the right of what it uses. Never writes into a cell that has a value.
/// <reference types="office-js" />
import { columnFormat, textFormat, unitSheet, type ColumnSpec, type TableSheetSpec } from '../../core/workbook/contract';
import type { SetupPlan, SetupStep } from '../setup-plan';

export interface SetupReport {
  readonly created: readonly string[];
  readonly columnsAdded: readonly { readonly sheet: string; readonly headers: readonly string[] }[];
  readonly keysAdded: readonly { readonly sheet: string; readonly labels: readonly string[] }[];
  readonly skipped: readonly {
    readonly sheet: string;
    readonly reason: 'protected' | 'workbook-protected' | 'unrecognized';
  }[];
}

export interface SetupOptions {
  /** ExcelApi 1.8: data-validation dropdowns. */
  readonly dataValidation: boolean;
}

/** Data validations and formats of a column not in a table cover its rows down to this one. */
export const validationLastRow = 5000;

const headerFill = '#DDEBF7';


/** Excel column width in points for a width in characters of the default font. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const tableNames: Readonly<Record<TableSheetSpec['key'], string>> = {
  conferences: 'HoiNghi',
  agendaItems: 'NoiDung',
  conclusions: 'KetLuan',
  organizations: 'ToChucDang',
  members: 'DangVien',
};

function validationRule(column: ColumnSpec): Excel.DataValidationRule | undefined {
  if (
    (column.type === 'enum' || column.type === 'rating' || column.type === 'boolean') &&
    column.options
  ) {
    return { list: { inCellDropDown: true, source: column.options.join(',') } };
  }
  if (column.type === 'number' && column.field === 'score') {
    return { decimal: { formula1: 0, formula2: 100, operator: 'Between' } };
  }
  return undefined;
}

/** Formats and dropdown of one column's data cells (`cells` is one column wide). */
function formatColumn(
  cells: Excel.Range,
  rows: number,
  column: ColumnSpec,
  options: SetupOptions,
): void {
  const format = columnFormat(column);
  if (format !== undefined) cells.numberFormat = Array.from({ length: rows }, () => [format]);
  if (column.type === 'multiline') cells.format.wrapText = true;
  const rule = options.dataValidation ? validationRule(column) : undefined;
  if (rule !== undefined) {
    cells.dataValidation.rule = rule;
    // A warning, not a stop: the reader accepts synonyms the list does not show.
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Warning',
      title: column.header,
      message: column.options
        ? `Chọn một giá trị trong danh sách: ${column.options.join('; ')}.`
        : 'Điểm từ 0 đến 100.',
    };
  }
}

function styleHeader(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = headerFill;
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Center';
}

function writeTable(
  worksheet: Excel.Worksheet,
  spec: TableSheetSpec,
  tableName: string,
  options: SetupOptions,
): void {
  const count = spec.columns.length;
  const header = worksheet.getRangeByIndexes(0, 0, 1, count);
  header.values = [spec.columns.map((c) => c.header)];
  const table = worksheet.tables.add(header, true);
  table.name = tableName;
  table.style = 'TableStyleLight9';
  styleHeader(header);
  header.format.rowHeight = 36;
  const body = table.getDataBodyRange();
  spec.columns.forEach((column, index) => {
    worksheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = widthInPoints(column.width);
    formatColumn(body.getColumn(index), 1, column, options);
  });
  worksheet.freezePanes.freezeRows(1);
}

function writeUnitSheet(worksheet: Excel.Worksheet): void {
  const keys = unitSheet.keys;
  const header = worksheet.getRange('A1:C1');
  header.values = [['Mục', 'Giá trị', 'Giải thích']];
  styleHeader(header);
  worksheet.getRangeByIndexes(1, 0, keys.length, 1).values = keys.map((k) => [k.label]);
  worksheet.getRangeByIndexes(1, 2, keys.length, 1).values = keys.map((k) => [
    `${k.required ? 'Bắt buộc. ' : ''}Ví dụ: ${k.example}`,
  ]);
  worksheet.getRangeByIndexes(1, 1, keys.length, 1).numberFormat = keys.map((k) => [
    k.type === 'integer' ? 'General' : textFormat,
  ]);
  worksheet.getRange('A:A').format.columnWidth = widthInPoints(38);
  worksheet.getRange('B:B').format.columnWidth = widthInPoints(52);
  worksheet.getRange('C:C').format.columnWidth = widthInPoints(70);
  worksheet.getRangeByIndexes(1, 2, keys.length, 1).format.font.italic = true;
  worksheet.freezePanes.freezeRows(1);
}

interface ExistingSheet {
  readonly worksheet: Excel.Worksheet;
  readonly protection: Excel.WorksheetProtection;
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
  readonly headers: Map<string, Excel.Range>;
}

function existingSheetName(step: SetupStep): string | undefined {
  return step.kind === 'create-unit' || step.kind === 'create-table' ? undefined : step.sheet;
}

/** Applies the plan in two syncs: one to look (protection, used ranges, tables), one to write. */
export async function applySetup(
  context: Excel.RequestContext,
  plan: SetupPlan,
  options: SetupOptions,
): Promise<SetupReport> {
  const workbook = context.workbook;
  const workbookProtection = workbook.protection;
  workbookProtection.load('protected');
  const allTables = workbook.tables;
  allTables.load('items/name');
  const existing = new Map<string, ExistingSheet>();
  for (const step of plan.steps) {
    const name = existingSheetName(step);
    if (name === undefined || existing.has(name) || step.kind === 'unrecognized') continue;
    const worksheet = workbook.worksheets.getItem(name);
    const protection = worksheet.protection;
    protection.load('protected');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
    const tables = worksheet.tables;
    tables.load('items/name');
    existing.set(name, { worksheet, protection, used, tables, headers: new Map() });
  }
  await context.sync();
  // Headers of the tables on sheets that get columns: is the header row theirs?
  for (const step of plan.steps) {
    if (step.kind !== 'add-columns') continue;
    const sheet = existing.get(step.sheet);
    if (sheet === undefined || sheet.protection.protected) continue;
    for (const table of sheet.tables.items) {
      const header = table.getHeaderRowRange();
      header.load('rowIndex,columnIndex,columnCount');
      sheet.headers.set(table.name, header);
    }
  }
  if ([...existing.values()].some((s) => s.headers.size > 0)) await context.sync();

  const usedTableNames = new Set(allTables.items.map((t) => t.name.toLowerCase()));
  const uniqueTableName = (base: string): string => {
    let name = base;
    for (let n = 2; usedTableNames.has(name.toLowerCase()); n++) name = `${base}${n}`;
    usedTableNames.add(name.toLowerCase());
    return name;
  };
  const report = {
    created: [] as string[],
    columnsAdded: [] as SetupReport['columnsAdded'][number][],
    keysAdded: [] as SetupReport['keysAdded'][number][],
    skipped: [] as SetupReport['skipped'][number][],
  };
  const structureLocked = workbookProtection.protected;
  for (const step of plan.steps) {
    switch (step.kind) {
      case 'unrecognized':
        report.skipped.push({ sheet: step.sheet, reason: 'unrecognized' });
        break;
      case 'create-unit':
        if (structureLocked)
          report.skipped.push({ sheet: unitSheet.name, reason: 'workbook-protected' });
        else {
          writeUnitSheet(workbook.worksheets.add(unitSheet.name));
          report.created.push(unitSheet.name);
        }
        break;
      case 'create-table':
        if (structureLocked)
          report.skipped.push({ sheet: step.spec.name, reason: 'workbook-protected' });
        else {
          writeTable(
            workbook.worksheets.add(step.spec.name),
            step.spec,
            uniqueTableName(tableNames[step.spec.key]),
            options,
          );
          report.created.push(step.spec.name);
        }
        break;
      default: {
        const sheet = existing.get(step.sheet);
        if (sheet === undefined) break;
        if (sheet.protection.protected) {
          report.skipped.push({ sheet: step.sheet, reason: 'protected' });
          break;
        }
        if (step.kind === 'fill-blank') {
          writeTable(
            sheet.worksheet,
            step.spec,
            uniqueTableName(tableNames[step.spec.key]),
            options,
          );
          report.created.push(step.sheet);
        } else if (step.kind === 'add-unit-keys') {
          const used = sheet.used;
          const row = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
          const column = used.isNullObject ? 0 : used.columnIndex;
          sheet.worksheet.getRangeByIndexes(row, column, step.labels.length, 1).values =
            step.labels.map((l) => [l]);
          report.keysAdded.push({ sheet: step.sheet, labels: step.labels });
        } else {
          addColumns(sheet, step, options);
          report.columnsAdded.push({
            sheet: step.sheet,
            headers: step.columns.map((i) => step.spec.columns[i]?.header ?? ''),
          });
        }
      }
    }
  }
  await context.sync();
  return report;
}

function addColumns(
  sheet: ExistingSheet,
  step: Extract<SetupStep, { kind: 'add-columns' }>,
  options: SetupOptions,
): void {
  const used = sheet.used;
  const usedEnd = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const headerIndex = step.headerRow - 1;
  const columns = step.columns
    .map((i) => step.spec.columns[i])
    .filter((c): c is ColumnSpec => c !== undefined);
  // The header row is an Excel table's that ends where the sheet's used range does: grow the table.
  const tableName = [...sheet.headers.entries()].find(
    ([, h]) => h.rowIndex === headerIndex && h.columnIndex + h.columnCount === usedEnd,
  )?.[0];
  if (tableName !== undefined) {
    const table = sheet.tables.getItem(tableName);
    for (const column of columns) {
      const added = table.columns.add(undefined, undefined, column.header);
      formatColumn(added.getDataBodyRange(), 1, column, options);
    }
  } else {
    const header = sheet.worksheet.getRangeByIndexes(headerIndex, usedEnd, 1, columns.length);
    header.values = [columns.map((c) => c.header)];
    styleHeader(header);
    const rows = Math.max(1, validationLastRow - step.headerRow);
    columns.forEach((column, offset) =>
      formatColumn(
        sheet.worksheet.getRangeByIndexes(headerIndex + 1, usedEnd + offset, rows, 1),
        rows,
        column,
        options,
      ),
    );
  }
  columns.forEach((column, offset) => {
    sheet.worksheet.getRangeByIndexes(headerIndex, usedEnd + offset, 1, 1).format.columnWidth =
      widthInPoints(column.width);
  });
}
