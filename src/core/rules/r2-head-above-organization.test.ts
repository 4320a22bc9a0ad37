import { r2HeadAboveOrganization } from './r2-head-above-organization';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R2 head above the organization', () => {
  it('[R2] fires when a member marked Người đứng đầu is rated above the organization', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', name: 'Chi bộ Văn phòng', finalRating: 'good', row: 3 })],
      members: [aMember({ name: 'Trần Văn Bình', organizationCode: 'CB01', head: true, finalRating: 'excellent', row: 8 })],
    });
    const [finding, ...rest] = runRule(r2HeadAboveOrganization, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R2', severity: 'error', sheet: 'Đảng viên', cell: 'S8' });
    expect(finding?.message).toContain('Đồng chí Trần Văn Bình là người đứng đầu «Chi bộ Văn phòng» (Đảng viên!J8)');
    expect(finding?.message).toContain('Hoàn thành xuất sắc nhiệm vụ, cao hơn mức của tổ chức (Hoàn thành tốt nhiệm vụ, Tổ chức đảng!L3)');
  });

  it('[R2] fires when the organization’s Bí thư, matched by name, is rated above it (once, even if also marked head)', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', secretary: 'trần  văn bình', finalRating: 'complete', row: 4 })],
      members: [
        aMember({ name: 'Trần Văn Bình', organizationCode: 'CB01', head: true, finalRating: 'good', row: 9 }),
        aMember({ name: 'Lê Thị Hoa', organizationCode: 'CB01', finalRating: 'excellent', row: 10 }),
      ],
    });
    const findings = runRule(r2HeadAboveOrganization, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.cell).toBe('S9');
    expect(findings[0]?.message).toContain('là Bí thư của «Chi bộ Văn phòng» (Tổ chức đảng!G4)');
  });

  it('[R2] finds the Bí thư of a Đảng bộ cơ sở among the members of its cells', () => {
    const model = aModel({
      organizations: [
        anOrganization({ code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee', secretary: 'Phạm Văn Cường', finalRating: 'good' }),
        anOrganization({ code: 'CB01', type: 'subordinateCell', parentCode: 'DB01', finalRating: 'excellent' }),
      ],
      members: [aMember({ name: 'Phạm Văn Cường', organizationCode: 'CB01', finalRating: 'excellent', row: 12 })],
    });
    const findings = runRule(r2HeadAboveOrganization, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('là Bí thư của «Đảng bộ Sở Y tế»');
  });

  it('[R2] does not guess between two namesakes of the Bí thư at the same level', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', secretary: 'Nguyễn Văn An', finalRating: 'complete' })],
      members: [
        aMember({ name: 'Nguyễn Văn An', organizationCode: 'CB01', finalRating: 'excellent' }),
        aMember({ name: 'Nguyễn Văn An', organizationCode: 'CB01', finalRating: 'good' }),
      ],
    });
    expect(runRule(r2HeadAboveOrganization, model)).toEqual([]);
  });

  it('[R2] stays silent when the head is rated at or below the organization, or either is unrated', () => {
    const model = aModel({
      organizations: [
        anOrganization({ code: 'CB01', secretary: 'Trần Văn Bình', finalRating: 'good' }),
        anOrganization({ code: 'CB02', secretary: 'Lê Văn Dũng' }),
      ],
      members: [
        aMember({ name: 'Trần Văn Bình', organizationCode: 'CB01', finalRating: 'good' }),
        aMember({ name: 'Hoàng Thị Lan', organizationCode: 'CB01', head: true }),
        aMember({ name: 'Lê Văn Dũng', organizationCode: 'CB02', finalRating: 'excellent' }),
      ],
    });
    expect(runRule(r2HeadAboveOrganization, model)).toEqual([]);
  });

  it('[R2] keeps diacritics when matching names (Hà is not Hạ)', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', secretary: 'Lê Thị Hà', finalRating: 'complete' })],
      members: [aMember({ name: 'Lê Thị Hạ', organizationCode: 'CB01', finalRating: 'excellent' })],
    });
    expect(runRule(r2HeadAboveOrganization, model)).toEqual([]);
  });
});
