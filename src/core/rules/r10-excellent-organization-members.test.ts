import { r10ExcellentOrganizationMembers } from './r10-excellent-organization-members';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R10 excellent organization with an incomplete member', () => {
  const model = aModel({
    organizations: [
      anOrganization({ code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee', finalRating: 'excellent', row: 2 }),
      anOrganization({ code: 'CB01', name: 'Chi bộ Văn phòng', parentCode: 'DB01', finalRating: 'excellent', row: 3 }),
      anOrganization({ code: 'CB02', name: 'Chi bộ Dược', parentCode: 'DB01', finalRating: 'excellent', row: 4 }),
    ],
    members: [aMember({ name: 'Tạ Văn Quý', organizationCode: 'CB01', finalRating: 'incomplete', row: 11 }), aMember({ organizationCode: 'CB02', finalRating: 'good' })],
  });

  it('[R10] warns for the organization and the Đảng bộ above it', () => {
    const findings = runRule(r10ExcellentOrganizationMembers, model);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['R10', 'warning', 'L2'],
      ['R10', 'warning', 'L3'],
    ]);
    expect(findings[1]?.message).toContain('«Chi bộ Văn phòng» được xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2024 nhưng có 1 đảng viên xếp loại Không hoàn thành nhiệm vụ (đầu tiên: Tạ Văn Quý, Đảng viên!S11');
  });

  it('[R10] is switched off by the setting', () => {
    expect(runRule(r10ExcellentOrganizationMembers, model, { settings: { excellentOrganizationRule: false } })).toEqual([]);
  });

  it('[R10] stays silent when the organization is not excellent', () => {
    const good = aModel({ ...model, organizations: model.organizations.map((o) => ({ ...o, finalRating: 'good' as const })) });
    expect(runRule(r10ExcellentOrganizationMembers, good)).toEqual([]);
  });
});
