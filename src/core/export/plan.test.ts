import type { Finding } from '../findings';
import { aMember, aModel, anOrganization, aUnit } from '../rules/test-builders';
import { planExport } from './plan';

const unit = aUnit();

function finding(severity: Finding['severity'], sheet: string, cell: string, rule: Finding['rule'] = 'R9'): Finding {
  return { rule, severity, sheet, cell, message: `Thông báo ${rule} tại ${cell}`, messageEn: `Message ${rule} at ${cell}` };
}

function model() {
  const organizations = [
    anOrganization({ year: 2025, code: 'CB02', name: 'Chi bộ Văn phòng', row: 3 }),
    anOrganization({ year: 2025, code: 'CB01', name: 'Chi bộ Văn phòng', row: 2 }),
    anOrganization({ year: 2025, code: 'CB03', name: '../../etc/passwd', row: 4 }),
    anOrganization({ year: 2025, code: 'CB04', name: 'Chi bộ 🎉 Ban/Phòng: "Tổng hợp"', row: 5 }),
    anOrganization({ year: 2025, code: 'CB05', name: `Chi bộ ${'Rất dài '.repeat(25)}`, row: 6 }),
    anOrganization({ year: 2025, code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee', row: 7 }),
    anOrganization({ year: 2025, code: 'DB01-CB1', name: 'Chi bộ Khoa Nội', parentCode: 'DB01', row: 8 }),
    anOrganization({ year: 2024, code: 'CB01', name: 'Chi bộ Văn phòng', row: 9 }),
  ];
  const members = [
    aMember({ year: 2025, organizationCode: 'cb01 ', name: 'A', row: 2 }),
    aMember({ year: 2025, organizationCode: 'CB01', name: 'B', row: 3 }),
    aMember({ year: 2025, organizationCode: 'CB02', name: 'C', row: 4 }),
    aMember({ year: 2025, organizationCode: 'DB01-CB1', name: 'D', row: 5 }),
    aMember({ year: 2024, organizationCode: 'CB01', name: 'E', row: 6 }),
  ];
  return aModel({ unit, organizations, members });
}

describe('planExport', () => {
  it('plans one table per organization of the year, in organization code order', () => {
    const result = planExport(model(), [], { year: 2025 });
    if (!result.ok) throw new Error('expected a plan');
    const { plan } = result;
    expect(plan.year).toBe(2025);
    expect(plan.items.map((i) => i.organization.code)).toEqual(['CB01', 'CB02', 'CB03', 'CB04', 'CB05', 'DB01', 'DB01-CB1']);
    // DB01 has no member of its own: its table lists those of DB01-CB1, whose row counts them.
    expect(plan.items.map((i) => i.members.map((m) => m.name))).toEqual([['A', 'B'], ['C'], [], [], [], ['D'], ['D']]);
    expect(plan.items[5]?.subordinates?.map((o) => o.code)).toEqual(['DB01-CB1']);
    expect(plan.items[5]?.countedBelow).toBe(true);
    expect(plan.items[6]?.subordinates).toBeUndefined();
    expect(plan.items[6]?.parent?.code).toBe('DB01');
    expect(plan.report.fileName).toBe('Báo cáo xếp loại 2025.docx');
    expect(plan.workbookFileName).toBe('Tổng hợp xếp loại 2025.xlsx');
  });

  it('takes the latest year when none is given', () => {
    const result = planExport(model(), []);
    expect(result.ok && result.plan.year).toBe(2025);
  });

  it('gives safe, unique file and sheet names from the data', () => {
    const result = planExport(model(), [], { year: 2025 });
    if (!result.ok) throw new Error('expected a plan');
    const names = result.plan.items.map((i) => i.fileName);
    expect(names[0]).toBe('Bảng xếp loại 2025/CB01 - Chi bộ Văn phòng.docx');
    expect(names[1]).toBe('Bảng xếp loại 2025/CB02 - Chi bộ Văn phòng.docx');
    expect(names[2]).toBe('Bảng xếp loại 2025/CB03 - ._._etc_passwd.docx');
    expect(names[3]).toBe('Bảng xếp loại 2025/CB04 - Chi bộ 🎉 Ban_Phòng_ _Tổng hợp_.docx');
    for (const name of names) {
      const [folder, file, ...rest] = name.split('/');
      expect(folder).toBe('Bảng xếp loại 2025');
      expect(rest).toEqual([]);
      expect(file).not.toContain('..');
      expect(Array.from(file ?? '').length).toBeLessThanOrEqual(125);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const sheets = result.plan.items.map((i) => i.sheetName);
    expect(new Set(sheets.map((n) => n.toLowerCase())).size).toBe(sheets.length);
    for (const sheet of sheets) {
      expect(Array.from(sheet).length).toBeLessThanOrEqual(31);
      expect(sheet).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(sheets).not.toContain('Tổng hợp');
  });

  it('keeps two organizations of the same name apart even when their codes fold alike', () => {
    const twins = aModel({
      unit,
      organizations: [anOrganization({ year: 2025, code: 'A/1', name: 'Chi bộ 1' }), anOrganization({ year: 2025, code: 'A_1', name: 'Chi bộ 1' })],
    });
    const result = planExport(twins, [], { year: 2025 });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.items.map((i) => i.fileName)).toEqual(['Bảng xếp loại 2025/A_1 - Chi bộ 1.docx', 'Bảng xếp loại 2025/A_1 - Chi bộ 1 (2).docx']);
  });

  it('exports only the chosen organizations, codes matched ignoring case and spaces', () => {
    const result = planExport(model(), [], { year: 2025, organizations: ['cb02', ' DB01 '] });
    expect(result.ok && result.plan.items.map((i) => i.organization.code)).toEqual(['CB02', 'DB01']);
    // Its cell is not exported: the Đảng bộ's row then counts in the totals.
    expect(result.ok && result.plan.items[1]?.countedBelow).toBe(false);
    expect(result.ok && result.plan.organizationsInYear).toBe(7);
  });

  it('says which chosen code does not exist in the year', () => {
    const result = planExport(model(), [], { year: 2025, organizations: ['CB01', 'XX9'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem?.vi).toContain('«XX9»');
    expect(result.problem?.vi).toContain('CB01, CB02');
  });

  it('a year with no data is a clear problem, not an empty zip', () => {
    const result = planExport(model(), [], { year: 2019 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem?.vi).toBe('Không có dữ liệu xếp loại năm 2019. Các năm có: 2025, 2024.');
    const none = planExport(aModel({ unit }), []);
    expect(!none.ok && none.problem?.vi).toContain('chưa có dữ liệu xếp loại');
  });

  it('blocking findings of the year stop the export; errors of another year do not', () => {
    const blocked = planExport(model(), [finding('error', 'Đảng viên', 'R3', 'R5'), finding('warning', 'Đảng viên', 'S4')], { year: 2025 });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.findings.map((f) => f.cell)).toEqual(['R3']);
    const otherYear = planExport(model(), [finding('error', 'Đảng viên', 'R6', 'R5')], { year: 2025 });
    expect(otherYear.ok).toBe(true);
  });

  it('keeps the warnings of the year as notes for the index', () => {
    const result = planExport(model(), [finding('warning', 'Đảng viên', 'T3'), finding('warning', 'Đảng viên', 'T6'), finding('info', 'Tổ chức đảng', 'K2', 'R8')], { year: 2025 });
    expect(result.ok && result.plan.notes.map((f) => f.cell)).toEqual(['T3', 'K2']);
  });
});
