import { r3Discipline } from './r3-discipline';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R3 discipline', () => {
  it('[R3] fires when a disciplined member, not self-remedied, is rated above incomplete', () => {
    const model = aModel({ members: [aMember({ name: 'Vũ Văn Hải', discipline: 'warning', finalRating: 'complete', row: 6 })] });
    const [finding, ...rest] = runRule(r3Discipline, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R3', severity: 'error', sheet: 'Đảng viên', cell: 'S6', fix: 'Không hoàn thành nhiệm vụ' });
    expect(finding?.message).toContain('Đảng viên Vũ Văn Hải bị kỷ luật Cảnh cáo trong năm (Đảng viên!N6)');
    expect(finding?.message).toContain('được xếp loại Hoàn thành nhiệm vụ năm 2024');
  });

  it('[R3] fires when a self-remedied member is rated excellent', () => {
    const model = aModel({ members: [aMember({ discipline: 'reprimand', selfRemedied: true, finalRating: 'excellent', row: 7 })] });
    const [finding] = runRule(r3Discipline, model);
    expect(finding).toMatchObject({ rule: 'R3', cell: 'S7' });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain('đã tự phát hiện và khắc phục (Đảng viên!O7)');
  });

  it('[R3] fires for a disciplined organization: not remedied above incomplete, remedied rated excellent', () => {
    const model = aModel({
      organizations: [
        anOrganization({ code: 'CB01', name: 'Chi bộ Kế toán', disciplined: true, finalRating: 'good', row: 3 }),
        anOrganization({ code: 'CB02', disciplined: true, selfRemedied: true, finalRating: 'excellent', row: 4 }),
      ],
    });
    const findings = runRule(r3Discipline, model);
    expect(findings.map((f) => f.cell)).toEqual(['L3', 'L4']);
    expect(findings[0]?.message).toContain('Tổ chức «Chi bộ Kế toán» có tổ chức trực thuộc hoặc cán bộ lãnh đạo bị kỷ luật trong năm (Tổ chức đảng!M3)');
  });

  it('[R3] stays silent for the allowed ratings and for records without discipline', () => {
    const model = aModel({
      members: [
        aMember({ discipline: 'dismissal', finalRating: 'incomplete' }),
        aMember({ discipline: 'reprimand', selfRemedied: true, finalRating: 'good' }),
        aMember({ discipline: 'warning' }),
        aMember({ finalRating: 'excellent' }),
      ],
      organizations: [anOrganization({ disciplined: true, selfRemedied: true, finalRating: 'complete' }), anOrganization({ code: 'CB09', finalRating: 'excellent' })],
    });
    expect(runRule(r3Discipline, model)).toEqual([]);
  });
});
