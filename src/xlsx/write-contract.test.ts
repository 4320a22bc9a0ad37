import ExcelJS from 'exceljs';
import { tableSheets, unitSheet } from '../core/workbook/contract';
import { readSnapshotFromBuffer } from './read-snapshot';
import { columnFormat, createContractWorkbook, validationLastRow, writeWorkbookToBuffer } from './write-contract';

async function reopen(options?: { withExamples?: boolean }): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const bytes = await writeWorkbookToBuffer(createContractWorkbook(options));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return { bytes, workbook };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

describe('createContractWorkbook', () => {
  it('writes every sheet of the contract in contract order', async () => {
    const { workbook } = await reopen();
    expect(workbook.worksheets.map((w) => w.name)).toEqual([unitSheet.name, ...tableSheets.map((s) => s.name)]);
  });

  it('writes `Đơn vị` as key / value / note, values empty unless examples are asked for', async () => {
    const { workbook } = await reopen();
    const unit = sheet(workbook, unitSheet.name);
    unitSheet.keys.forEach((key, index) => {
      const row = unit.getRow(index + 2);
      expect(row.getCell(1).value).toBe(key.label);
      expect(row.getCell(2).value).toBeNull();
      expect(String(row.getCell(3).value)).not.toBe('');
    });
    const examples = sheet((await reopen({ withExamples: true })).workbook, unitSheet.name);
    unitSheet.keys.forEach((key, index) => {
      expect(String(examples.getRow(index + 2).getCell(2).value)).toBe(key.example);
    });
  });

  it.each(tableSheets.map((s) => [s.name, s] as const))('%s: headers, widths, frozen header, formats, dropdowns', async (name, spec) => {
    const { workbook } = await reopen();
    const worksheet = sheet(workbook, name);
    const header = worksheet.getRow(1);
    spec.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      expect(cell.value).toBe(column.header);
      expect(cell.font?.bold).toBe(true);
      expect(cell.alignment?.wrapText).toBe(true);
      expect(cell.border?.bottom?.style).toBe('thin');
      expect(worksheet.getColumn(index + 1).width).toBeCloseTo(column.width, 1);
    });
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const validations = (worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    spec.columns.forEach((column, index) => {
      const letter = worksheet.getColumn(index + 1).letter;
      const validation = validations[`${letter}2`];
      if (column.type === 'enum' || column.type === 'rating' || column.type === 'boolean') {
        expect(validation?.type).toBe('list');
        expect(validation?.formulae).toEqual([`"${(column.options ?? []).join(',')}"`]);
        expect(validations[`${letter}${validationLastRow}`]).toEqual(validation);
      }
      const format = columnFormat(column);
      if (format !== undefined) expect(worksheet.getCell(`${letter}2`).numFmt).toBe(format);
    });
  });

  it('formats dates dd/mm/yyyy and codes and card numbers as text', () => {
    const formats = Object.fromEntries(tableSheets.flatMap((s) => s.columns.map((c) => [`${s.key}.${c.field}`, columnFormat(c)])));
    expect(formats['conferences.date']).toBe('dd/mm/yyyy');
    expect(formats['members.birthDate']).toBe('dd/mm/yyyy');
    expect(formats['members.cardNumber']).toBe('@');
    expect(formats['members.organizationCode']).toBe('@');
    expect(formats['organizations.parentCode']).toBe('@');
    expect(formats['conferences.code']).toBe('@');
    expect(formats['members.name']).toBeUndefined();
  });

  it('reads back through the snapshot reader with the contract headers in row 1', async () => {
    const { bytes } = await reopen();
    const result = await readSnapshotFromBuffer(bytes);
    expect(result.problem).toBeUndefined();
    for (const spec of tableSheets) {
      const read = result.snapshot?.sheets.find((s) => s.name === spec.name);
      expect(read?.firstRow).toBe(1);
      expect(read?.rows[0]).toEqual(spec.columns.map((c) => c.header));
      expect(read?.rows).toHaveLength(1);
    }
  });
});
