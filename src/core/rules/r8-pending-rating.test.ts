import { r8PendingRating } from './r8-pending-rating';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R8 pending rating', () => {
  it('[R8] reports a member to be rated with no final rating', () => {
    const model = aModel({ members: [aMember({ name: 'Bùi Văn Long', row: 5 })] });
    const [finding, ...rest] = runRule(r8PendingRating, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R8', severity: 'info', sheet: 'Đảng viên', cell: 'S5' });
    expect(finding?.message).toContain('Đảng viên Bùi Văn Long chưa có Xếp loại năm 2024');
  });

  it('[R8] reports an organization with no final rating', () => {
    const model = aModel({ organizations: [anOrganization({ name: 'Chi bộ Tài vụ', row: 7 })] });
    expect(runRule(r8PendingRating, model)[0]).toMatchObject({ rule: 'R8', cell: 'L7' });
  });

  it('[R8] stays silent for rated records and members not rated for a reason of the year', () => {
    const model = aModel({
      members: [aMember({ finalRating: 'good' }), aMember({ notRatedReason: 'exempt' }), aMember({ notRatedReason: 'newlyAdmitted' })],
      organizations: [anOrganization({ finalRating: 'good' })],
    });
    expect(runRule(r8PendingRating, model)).toEqual([]);
  });

  it('[R8] up to 2022 a newly admitted member is still to be rated', () => {
    const model = aModel({ members: [aMember({ year: 2022, notRatedReason: 'newlyAdmitted' }), aMember({ year: 2022, notRatedReason: 'exempt' })] });
    expect(runRule(r8PendingRating, model)).toHaveLength(1);
  });
});
