import type { Finding } from '../../core/findings';
import {
  activeCell,
  clearHighlights,
  highlightFindings,
  highlightMarker,
  selectCell,
} from './cells';
import { toBase64 } from '../base64';
import { FakeContext } from './fake-workbook';

const finding = (
  sheet: string,
  cell: string,
  severity: Finding['severity'] = 'error',
): Finding => ({
  rule: 'V1',
  severity,
  sheet,
  cell,
  message: 'Thiếu giá trị.',
  messageEn: 'Missing value.',
});

describe('cells: select, highlight, clear', () => {
  test('clicking a finding activates its sheet and selects its cell', async () => {
    const context = new FakeContext();
    const sheet = context.workbook.addSheet('Hội nghị', [['Mã hội nghị']]);
    await selectCell(context.asContext(), 'Hội nghị', 'G7');
    expect(sheet.activated).toBe(true);
    expect(context.workbook.selection).toEqual({ sheet: 'Hội nghị', address: 'G7' });
  });

  test('highlighting adds one fill-only conditional format per cell in two syncs, values and number formats unchanged', async () => {
    const context = new FakeContext();
    const sheet = context.workbook.addSheet('Đảng viên', [
      ['Họ và tên', 'Xếp loại'],
      ['Lê Văn A', 'Tốt'],
    ]);
    sheet.formats.set('1,1', '@');
    const cells = new Map(sheet.cells);
    const report = await highlightFindings(context.asContext(), [
      finding('Đảng viên', 'B2'),
      finding('Đảng viên', 'B2', 'warning'),
      finding('Đảng viên', 'A2', 'warning'),
      finding('', '', 'error'),
      finding('Không có', 'A1'),
    ]);
    expect(context.syncCount).toBe(2);
    expect(report).toEqual({ cells: 2, protectedSheets: [] });
    expect(
      sheet.conditionalFormats.map((f) => [
        f.address,
        f.custom.rule.formula,
        f.custom.format.fill.color,
      ]),
    ).toEqual([
      ['B2', highlightMarker, '#FDE7E9'],
      ['A2', highlightMarker, '#FFF4CE'],
    ]);
    expect(sheet.cells).toEqual(cells);
    expect(sheet.formats.get('1,1')).toBe('@');
  });

  test('a protected sheet is named, not highlighted', async () => {
    const context = new FakeContext();
    const sheet = context.workbook.addSheet('Hội nghị', [['x']]);
    sheet.protection.protected = true;
    const report = await highlightFindings(context.asContext(), [finding('Hội nghị', 'A1')]);
    expect(report).toEqual({ cells: 0, protectedSheets: ['Hội nghị'] });
    expect(sheet.conditionalFormats).toEqual([]);
  });

  test('clearing removes exactly the highlights it added, on every sheet, and keeps the user’s own rules', async () => {
    const context = new FakeContext();
    const a = context.workbook.addSheet('Hội nghị', [['x']]);
    const b = context.workbook.addSheet('Đảng viên', [['y']]);
    const own = a.getRange('C3').conditionalFormats.add('Custom');
    own.custom.rule.formula = '=C3>10';
    await highlightFindings(context.asContext(), [
      finding('Hội nghị', 'A1'),
      finding('Đảng viên', 'A1'),
      finding('Đảng viên', 'B5'),
    ]);
    const removed = await clearHighlights(context.asContext());
    expect(removed).toBe(3);
    expect(
      a.conditionalFormats.filter((f) => !f.deleted).map((f) => f.custom.rule.formula),
    ).toEqual(['=C3>10']);
    expect(b.conditionalFormats.every((f) => f.deleted)).toBe(true);
  });

  test('the active cell (for the conference under the cursor)', async () => {
    const context = new FakeContext();
    context.workbook.addSheet('Hội nghị', [['Mã hội nghị'], ['BCH-01'], ['BCH-02']]);
    context.workbook.active = { sheet: 'Hội nghị', row: 2, column: 4 };
    expect(await activeCell(context.asContext())).toEqual({ sheet: 'Hội nghị', row: 3 });
  });

  test('base64 for Excel.createWorkbook', () => {
    expect(toBase64(new TextEncoder().encode('Văn kiện'))).toBe(
      Buffer.from('Văn kiện').toString('base64'),
    );
  });
});
