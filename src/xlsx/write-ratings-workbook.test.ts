import ExcelJS from 'exceljs';
import { planExport, type ExportPlan } from '../core/export/plan';
import { organizationRatings } from '../core/export/rating-table';
import { SummaryBuilder, organizationSheet } from '../core/export/workbook-data';
import { aMember, aModel, anOrganization, aUnit } from '../core/rules/test-builders';
import { unzip } from '../core/template/zip';
import { RatingsWorkbookWriter, columnLetter, dateSerial, sheetReference } from './write-ratings-workbook';

function aPlan(): ExportPlan {
  const model = aModel({
    unit: aUnit({ targets: { membersGoodOrAbove: 0.95, membersExcellent: 0.2 } }),
    organizations: [
      anOrganization({ year: 2025, code: 'CB01', name: 'Chi bộ Văn phòng', finalRating: 'good', secretary: 'Lê Văn Tám' }),
      anOrganization({ year: 2025, code: 'CB02', name: "Chi bộ 'Phòng' <Tổng hợp> & Kế hoạch [2]", finalRating: 'excellent' }),
      anOrganization({ year: 2025, code: 'CB03', name: 'Chi bộ không có đảng viên' }),
    ],
    members: [
      aMember({ year: 2025, organizationCode: 'CB01', name: 'Lê Văn Tám', partyPosition: 'Bí thư', birthDate: { year: 1975, month: 3, day: 5 }, score: 92.5, selfRating: 'excellent', proposedRating: 'excellent', finalRating: 'excellent' }),
      aMember({ year: 2025, organizationCode: 'CB01', name: 'Trần Thị Mai', score: 80, finalRating: 'good' }),
      aMember({ year: 2025, organizationCode: 'CB01', name: 'Phan Văn Hải', notRatedReason: 'newlyAdmitted' }),
      aMember({ year: 2025, organizationCode: 'CB02', name: 'Đỗ Thị Hoa', score: 75, finalRating: 'good' }),
      aMember({ year: 2025, organizationCode: 'CB02', name: 'Vũ Văn Nam', score: 40, finalRating: 'incomplete' }),
    ],
  });
  const result = planExport(model, [], { year: 2025 });
  if (!result.ok) throw new Error('expected a plan');
  return result.plan;
}

async function writeAndOpen(plan: ExportPlan): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const writer = new RatingsWorkbookWriter();
  const summary = new SummaryBuilder();
  for (const item of plan.items) {
    const ratings = organizationRatings(item.organization, item.members, plan.year, item.subordinates);
    summary.add(item, ratings);
    writer.addOrganization(organizationSheet(item, ratings, plan.unit));
  }
  const bytes = writer.finish(summary.result(plan.unit, plan.year, plan.summarySheetName));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { bytes, workbook };
}

/** A formula cell's cached result, or the value (exceljs drops a cached result of 0: `<v>0</v>` reads as none). */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (typeof v === 'object' && v !== null && 'formula' in v) return v.result ?? 0;
  return v;
}

describe('RatingsWorkbookWriter', () => {
  const plan = aPlan();
  const opened = writeAndOpen(plan);

  it('has the summary sheet first, then one sheet per organization in plan order', async () => {
    const { workbook } = await opened;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', ...plan.items.map((i) => i.sheetName)]);
  });

  it('an organization sheet: titles, header, sorted rows with typed values', async () => {
    const { workbook } = await opened;
    const sheet = workbook.getWorksheet(plan.items[0]?.sheetName ?? '');
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(sheet.getCell('A2').value).toBe('CHI BỘ VĂN PHÒNG');
    expect(sheet.getCell('A3').value).toBe('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => sheet.getRow(5).getCell(c).value)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Xếp loại', 'Ghi chú']);
    expect([1, 2, 3].map((r) => sheet.getCell(`B${5 + r}`).value)).toEqual(['Lê Văn Tám', 'Phan Văn Hải', 'Trần Thị Mai']);
    expect(sheet.getCell('C6').value).toEqual(new Date(Date.UTC(1975, 2, 5)));
    expect(sheet.getCell('C6').numFmt).toContain('dd/mm/yyyy');
    expect(sheet.getCell('E6').value).toBe(92.5);
    expect(sheet.getCell('H6').value).toBe('HTXSNV');
    expect(sheet.getCell('I7').value).toBe('Không xếp loại: mới kết nạp chưa đủ 6 tháng');
    expect(sheet.getCell('B6').border.left?.style).toBe('thin');
    expect(sheet.getCell('A5').font.bold).toBe(true);
  });

  it('is set up for printing: frozen header, landscape A4 fit to width, print area and titles, widths', async () => {
    const { workbook } = await opened;
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(10);
    }
  });

  it('counts per level on each sheet (COUNTIF over Xếp loại, with the result cached)', async () => {
    const { workbook } = await opened;
    const sheet = workbook.getWorksheet(plan.items[0]?.sheetName ?? '');
    if (sheet === undefined) throw new Error('no sheet');
    const counts: Record<string, unknown> = {};
    sheet.eachRow((row) => {
      const label = row.getCell(2).value;
      if (typeof label === 'string' && label.startsWith('- ')) counts[label] = valueOf(row.getCell(4));
    });
    expect(counts).toMatchObject({ '- Hoàn thành xuất sắc nhiệm vụ': 1, '- Hoàn thành tốt nhiệm vụ': 1, '- Hoàn thành nhiệm vụ': 0, '- Không hoàn thành nhiệm vụ': 0 });
  });

  it('the summary: one row per organization, totals equal to the members, targets met or not', async () => {
    const { workbook } = await opened;
    const sheet = workbook.getWorksheet('Tổng hợp');
    if (sheet === undefined) throw new Error('no summary');
    const rows = [6, 7, 8].map((r) => [2, 3, 4, 5, 6, 8, 10, 12, 14, 15].map((c) => valueOf(sheet.getRow(r).getCell(c))));
    expect(rows).toEqual([
      ['CB01', 'Chi bộ Văn phòng', 3, 2, 1, 1, 0, 0, 1, 'HTTNV'],
      ['CB02', "Chi bộ 'Phòng' <Tổng hợp> & Kế hoạch [2]", 2, 2, 0, 1, 0, 1, 0, 'HTXSNV'],
      ['CB03', 'Chi bộ không có đảng viên', 0, 0, 0, 0, 0, 0, 0, null],
    ]);
    const totals = sheet.getRow(9);
    expect(totals.getCell(3).value).toBe('Tổng cộng');
    expect([4, 5, 6, 8, 10, 12, 14].map((c) => valueOf(totals.getCell(c)))).toEqual([5, 4, 1, 2, 0, 1, 1]);
    expect(valueOf(totals.getCell(9))).toBe(0.5);
    expect((totals.getCell(4).value as { formula?: string }).formula).toBe('SUM(D6:D8)');
    const targets: unknown[][] = [];
    sheet.eachRow((row) => {
      if (row.getCell(6).value === 'Đạt' || row.getCell(6).value === 'Không đạt') targets.push([2, 4, 5, 6].map((c) => row.getCell(c).value));
    });
    expect(targets).toEqual([
      ['- Đảng viên hoàn thành tốt nhiệm vụ trở lên', 0.95, 0.75, 'Không đạt'],
      ['- Đảng viên hoàn thành xuất sắc nhiệm vụ', 0.2, 0.25, 'Đạt'],
    ]);
    expect(sheet.getCell('C6').value).toBe('Chi bộ Văn phòng');
  });

  it('writes every part as well-formed XML with escaped text', async () => {
    const { bytes } = await opened;
    const files = unzip(bytes);
    if (!files.ok) throw new Error('unreadable');
    const workbookXml = new TextDecoder().decode(files.files.get('xl/workbook.xml'));
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Tổng hợp&apos;!$4:$5</definedName>'.replace(/&apos;/g, "'"));
    const sheet3 = new TextDecoder().decode(files.files.get('xl/worksheets/sheet3.xml'));
    expect(sheet3).toContain('Chi bộ &apos;Phòng&apos; &lt;Tổng hợp&gt; &amp; Kế hoạch [2]'.replace(/&apos;/g, "'"));
  });
});

describe('helpers', () => {
  it('columnLetter', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('dateSerial is Excel’s day number', () => {
    expect(dateSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(dateSerial({ year: 2025, month: 1, day: 1 })).toBe(45658);
  });
  it('sheetReference quotes the name and doubles apostrophes', () => {
    expect(sheetReference("Chi bộ 'A'", '$A$1')).toBe("'Chi bộ ''A'''!$A$1");
  });
});
