import { r11MissingScore } from './r11-missing-score';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R11 missing score', () => {
  it('[R11] fires from 2025 for a member and an organization without a score', () => {
    const model = aModel({
      members: [aMember({ year: 2025, name: 'Kiều Văn Sáng', row: 7 })],
      organizations: [anOrganization({ year: 2025, name: 'Chi bộ Văn phòng', row: 3 })],
    });
    const findings = runRule(r11MissingScore, model);
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ['R11', 'error', 'Đảng viên', 'P7'],
      ['R11', 'error', 'Tổ chức đảng', 'I3'],
    ]);
    expect(findings[0]?.message).toContain('Đảng viên Kiều Văn Sáng chưa có Điểm năm 2025');
  });

  it('[R11] stays silent with a score, or for a member not rated', () => {
    const model = aModel({
      members: [aMember({ year: 2025, score: 0 }), aMember({ year: 2025, notRatedReason: 'suspended' })],
      organizations: [anOrganization({ year: 2025, score: 91.5 })],
    });
    expect(runRule(r11MissingScore, model)).toEqual([]);
  });

  it('[R11] is silent before 2025', () => {
    const model = aModel({ members: [aMember({ year: 2024 })], organizations: [anOrganization({ year: 2023 })] });
    expect(runRule(r11MissingScore, model)).toEqual([]);
    expect(runRule(r11MissingScore, model, { year: 2024 })).toEqual([]);
  });
});
