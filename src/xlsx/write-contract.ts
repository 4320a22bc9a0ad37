// The workbook `vankien init` writes (spec/CLI.md, spec/WORKBOOK.md), built from the contract in src/core/workbook/contract.ts.
import ExcelJS from 'exceljs';
import { columnFormat, tableSheets, textFormat, unitSheet, type ColumnSpec, type TableSheetSpec } from '../core/workbook/contract';
import { columnName } from '../core/workbook/snapshot';

/** Data validations, number formats and the autofilter cover rows 2 … this row. */
export const validationLastRow = 5000;

export const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };
const headerBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFont: Partial<ExcelJS.Font> = { bold: true };
const headerAlignment: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };

export { columnFormat, dateFormat, textFormat, timeFormat } from '../core/workbook/contract';

const unitColumnHeaders = ['Mục', 'Giá trị', 'Giải thích'] as const;

type UnitField = (typeof unitSheet.keys)[number]['field'];

const unitNotes: Record<UnitField, string> = {
  superiorBody: 'Tên cấp ủy cấp trên trực tiếp, viết hoa, in ở góc trái trên đầu văn bản.',
  issuingBody: 'Tên cơ quan ban hành, viết hoa (bắt buộc).',
  committeeName: 'Tên đảng bộ dùng trong câu văn (bắt buộc).',
  bodyCode: 'Ký hiệu cơ quan trong số văn bản, ví dụ ĐU trong "Số 05-NQ/ĐU" (bắt buộc).',
  placeName: 'Địa danh ở dòng ngày tháng: "<Địa danh>, ngày … tháng … năm …" (bắt buộc).',
  term: 'Nhiệm kỳ dạng "2025 - 2030"; số văn bản đánh từ 01 trong mỗi nhiệm kỳ (bắt buộc).',
  termNumber: 'Khóa, bằng số La Mã (I, II, …, XIV).',
  executiveCommitteeSize: 'Số ủy viên Ban Chấp hành đương nhiệm: căn cứ tính quá nửa khi biểu quyết (bắt buộc).',
  standingBoardSize: 'Số ủy viên Ban Thường vụ đương nhiệm.',
  secretary: 'Họ và tên Bí thư: người ký mặc định.',
  quorum: 'Tỷ lệ có mặt tối thiểu theo Quy chế làm việc, ví dụ 2/3 hoặc 67%.',
  recipients: 'Nơi nhận mặc định, mỗi nơi một dòng (Alt+Enter để xuống dòng trong ô).',
  membersGoodOrAbove: 'Chỉ tiêu tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên, ví dụ 95%.',
  membersExcellent: 'Chỉ tiêu tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ, ví dụ 20%.',
  organizationsGoodOrAbove: 'Chỉ tiêu tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên, ví dụ 75%.',
};

export interface ContractWorkbookOptions {
  /** Fill column B of `Đơn vị` with the contract's example values. */
  readonly withExamples?: boolean;
}

/** A new workbook with every sheet of the contract, in contract order. */
export function createContractWorkbook(options: ContractWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Văn kiện';
  workbook.lastModifiedBy = 'Văn kiện';
  addUnitSheet(workbook, options);
  for (const sheet of tableSheets) addTableSheet(workbook, sheet);
  return workbook;
}

/** Sheet `Đơn vị`: one key per row (label in A, value in B, help in C) under a header row. */
export function addUnitSheet(workbook: ExcelJS.Workbook, options: ContractWorkbookOptions = {}): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(unitSheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    properties: { tabColor: { argb: 'FF2F5597' } },
  });
  worksheet.getColumn(1).width = 38;
  worksheet.getColumn(2).width = 52;
  worksheet.getColumn(3).width = 70;
  const header = worksheet.getRow(1);
  unitColumnHeaders.forEach((text, index) => styleHeaderCell(header.getCell(index + 1), text));
  header.height = 22;
  unitSheet.keys.forEach((key, index) => {
    const row = worksheet.getRow(index + 2);
    const label = row.getCell(1);
    label.value = key.label;
    label.font = key.required ? { bold: true } : {};
    const value = row.getCell(2);
    value.alignment = { vertical: 'top', wrapText: key.type === 'multiline' };
    if (key.type === 'text' || key.type === 'multiline' || key.type === 'term' || key.type === 'roman' || key.type === 'fraction') {
      value.numFmt = textFormat;
    }
    if (options.withExamples) value.value = exampleValue(key.type, key.example);
    const note = row.getCell(3);
    note.value = unitNotes[key.field];
    note.font = { italic: true, color: { argb: 'FF595959' } };
    note.alignment = { vertical: 'top', wrapText: true };
  });
  return worksheet;
}

function exampleValue(type: string, example: string): ExcelJS.CellValue {
  return type === 'integer' ? Number(example) : example;
}

/** Row number of each key of `Đơn vị` as written by `addUnitSheet`. */
export function unitKeyRow(field: UnitField): number {
  const index = unitSheet.keys.findIndex((key) => key.field === field);
  if (index < 0) throw new Error(`Unknown unit key ${field}`);
  return index + 2;
}

/** Writes values into column B of a `Đơn vị` sheet made by `addUnitSheet`. */
export function setUnitValues(worksheet: ExcelJS.Worksheet, values: Partial<Record<UnitField, string | number>>): void {
  for (const key of unitSheet.keys) {
    const value = values[key.field];
    if (value !== undefined) worksheet.getRow(unitKeyRow(key.field)).getCell(2).value = value;
  }
}

/** One table sheet: header row, widths, formats, dropdowns, frozen header, autofilter. */
export function addTableSheet(workbook: ExcelJS.Workbook, sheet: TableSheetSpec): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const header = worksheet.getRow(1);
  sheet.columns.forEach((column, index) => {
    const number = index + 1;
    const excelColumn = worksheet.getColumn(number);
    // exceljs drops width 9 as its "default" (Excel's default is 8.43): nudge it so the <col> is written.
    excelColumn.width = column.width === 9 ? 9.01 : column.width;
    const format = columnFormat(column);
    if (format !== undefined) excelColumn.numFmt = format;
    if (column.type === 'multiline') excelColumn.alignment = { vertical: 'top', wrapText: true };
    styleHeaderCell(header.getCell(number), column.header);
    const validation = columnValidation(column);
    if (validation !== undefined) {
      const letter = columnName(number);
      (worksheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${validationLastRow}`, validation);
    }
  });
  header.height = 36;
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return worksheet;
}

// exceljs has range validations (one <dataValidation sqref="D2:D5000">) but its typings only declare per-cell ones.
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function styleHeaderCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.style = { font: headerFont, fill: headerFill, alignment: headerAlignment, border: headerBorder, numFmt: 'General' };
}

/** The dropdown (or range check) of a column; warnings only, so the synonyms the reader accepts can still be typed. */
export function columnValidation(column: ColumnSpec): ExcelJS.DataValidation | undefined {
  if ((column.type === 'enum' || column.type === 'rating' || column.type === 'boolean') && column.options) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.options.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: `Chọn một giá trị trong danh sách: ${column.options.join('; ')}.`,
    };
  }
  if (column.type === 'number' && column.field === 'score') {
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: 'Điểm từ 0 đến 100.',
    };
  }
  return undefined;
}

/** A value as the sample and benchmark writers put it in a cell. */
export type ContractCellInput = string | number | boolean | Date | null | undefined;

/** A data row in the column order of `sheet`, from values keyed by model field. */
export function contractRow(sheet: TableSheetSpec, record: Readonly<Record<string, ContractCellInput>>): ExcelJS.CellValue[] {
  return sheet.columns.map((column) => record[column.field] ?? null);
}

export async function writeWorkbookToBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
