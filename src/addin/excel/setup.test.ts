import {
  conferencesSheet,
  membersSheet,
  tableSheets,
  unitSheet,
} from '../../core/workbook/contract';
import { planSetup, setupRowsPerSheet } from '../setup-plan';
import { FakeContext } from './fake-workbook';
import { readWorkbookSnapshot } from './read-snapshot';
import { applySetup, widthInPoints } from './setup';

async function plan(context: FakeContext) {
  return planSetup(
    await readWorkbookSnapshot(context.asContext(), { rowsPerSheet: setupRowsPerSheet }),
  );
}

describe('set up sheets in Excel', () => {
  test('a new workbook gets every contract sheet as an Excel table, frozen header, widths, formats and (ExcelApi 1.8) dropdowns', async () => {
    const context = new FakeContext();
    context.workbook.addSheet('Sheet1');
    const setup = await plan(context);
    expect(setup.steps.map((s) => s.kind)).toEqual([
      'create-unit',
      'create-table',
      'create-table',
      'create-table',
      'create-table',
      'create-table',
    ]);
    const before = context.syncCount;
    const report = await applySetup(context.asContext(), setup, { dataValidation: true });
    expect(context.syncCount - before).toBe(2);
    expect(report.created).toEqual([unitSheet.name, ...tableSheets.map((s) => s.name)]);
    const members = context.workbook.sheets.find((s) => s.name === membersSheet.name);
    if (members === undefined) throw new Error('no members sheet');
    expect(members.tableList).toHaveLength(1);
    expect(members.tableList[0]?.name).toBe('DangVien');
    expect(members.frozenRows).toBe(1);
    expect(membersSheet.columns.map((_, c) => members.cells.get(`0,${c}`))).toEqual(
      membersSheet.columns.map((c) => c.header),
    );
    expect(members.columnWidths.get(2)).toBe(widthInPoints(26));
    expect(members.formats.get('1,3')).toBe('dd/mm/yyyy');
    expect(members.formats.get('1,6')).toBe('@');
    const ratingColumn = membersSheet.columns.findIndex((c) => c.field === 'finalRating');
    expect(
      members.validations.find((v) => v.address === `${String.fromCharCode(65 + ratingColumn)}2`)
        ?.rule,
    ).toEqual({
      list: {
        inCellDropDown: true,
        source:
          'Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ',
      },
    });
    const unit = context.workbook.sheets.find((s) => s.name === unitSheet.name);
    expect(unit?.value('A2')).toBe(unitSheet.keys[0]?.label);
    expect(unit?.value('A16')).toBe(unitSheet.keys[14]?.label);
    expect(await plan(context)).toEqual({
      steps: [],
      complete: [unitSheet.name, ...tableSheets.map((s) => s.name)],
    });
  });

  test('without ExcelApi 1.8 there are no dropdowns, everything else is written', async () => {
    const context = new FakeContext();
    await applySetup(context.asContext(), await plan(context), { dataValidation: false });
    expect(context.workbook.sheets).toHaveLength(6);
    expect(context.workbook.sheets.flatMap((s) => s.validations)).toEqual([]);
  });

  test('a sheet that exists gets only its missing columns, right of its used range; no cell of the user is overwritten', async () => {
    const context = new FakeContext();
    const present = conferencesSheet.columns.filter(
      (c) => c.field !== 'note' && c.field !== 'concluder',
    );
    const sheet = context.workbook.addSheet(conferencesSheet.name, [
      ['SỔ THEO DÕI HỘI NGHỊ'],
      present.map((c) => c.header),
      present.map((c, i) => (i === 0 ? 'BCH-01' : i === 2 ? 1 : 'x')),
      [...present.map(() => undefined), 'ghi chú riêng của văn phòng'],
    ]);
    const setup = await plan(context);
    const step = setup.steps.find((s) => s.kind === 'add-columns');
    expect(step).toMatchObject({ kind: 'add-columns', sheet: conferencesSheet.name, headerRow: 2 });
    const before = new Map(sheet.cells);
    const report = await applySetup(context.asContext(), setup, { dataValidation: true });
    expect(report.columnsAdded).toEqual([
      { sheet: conferencesSheet.name, headers: ['Người kết luận', 'Ghi chú'] },
    ]);
    expect(sheet.overwrites).toBe(0);
    for (const [key, value] of before) expect(sheet.cells.get(key)).toBe(value);
    const firstNew = present.length + 1;
    expect(sheet.cells.get(`1,${firstNew}`)).toBe('Người kết luận');
    expect(sheet.cells.get(`1,${firstNew + 1}`)).toBe('Ghi chú');
  });

  test('a sheet kept as an Excel table grows its table', async () => {
    const context = new FakeContext();
    const present = membersSheet.columns.slice(0, 10);
    const sheet = context.workbook.addSheet(membersSheet.name, [
      present.map((c) => c.header),
      present.map((_, i) => (i === 0 ? 2025 : `v${i}`)),
    ]);
    const table = await sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, present.length), true);
    table.name = 'Bang1';
    const report = await applySetup(context.asContext(), await plan(context), {
      dataValidation: true,
    });
    expect(report.columnsAdded[0]?.headers).toHaveLength(membersSheet.columns.length - 10);
    expect(table.columnCount).toBe(membersSheet.columns.length);
    expect(sheet.overwrites).toBe(0);
  });

  test('a protected sheet and a protected workbook structure are reported, not written', async () => {
    const context = new FakeContext();
    const sheet = context.workbook.addSheet(conferencesSheet.name, [
      conferencesSheet.columns.slice(0, 12).map((c) => c.header),
    ]);
    sheet.protection.protected = true;
    context.workbook.protection.protected = true;
    const cells = new Map(sheet.cells);
    const report = await applySetup(context.asContext(), await plan(context), {
      dataValidation: true,
    });
    expect(report.created).toEqual([]);
    expect(report.skipped).toContainEqual({ sheet: conferencesSheet.name, reason: 'protected' });
    expect(report.skipped).toContainEqual({ sheet: unitSheet.name, reason: 'workbook-protected' });
    expect(sheet.cells).toEqual(cells);
    expect(context.workbook.sheets).toHaveLength(1);
  });

  test('a sheet with data but no recognizable header is left untouched', async () => {
    const context = new FakeContext();
    const sheet = context.workbook.addSheet(conferencesSheet.name, [
      ['ghi chép tay'],
      ['không có tiêu đề'],
    ]);
    const report = await applySetup(context.asContext(), await plan(context), {
      dataValidation: true,
    });
    expect(report.skipped).toContainEqual({ sheet: conferencesSheet.name, reason: 'unrecognized' });
    expect(sheet.cells.size).toBe(2);
  });

  test('`Đơn vị` missing keys get their labels under its last row', async () => {
    const context = new FakeContext();
    const keys = unitSheet.keys.slice(0, 5);
    const sheet = context.workbook.addSheet(unitSheet.name, [
      ['Mục', 'Giá trị'],
      ...keys.map((k) => [k.label, k.example]),
    ]);
    const report = await applySetup(context.asContext(), await plan(context), {
      dataValidation: true,
    });
    expect(report.keysAdded[0]?.labels).toEqual(unitSheet.keys.slice(5).map((k) => k.label));
    expect(sheet.value('A7')).toBe(unitSheet.keys[5]?.label);
    expect(sheet.overwrites).toBe(0);
  });
});
