import type { Member } from '../model/types';
import { r6MemberCount } from './r6-member-count';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

function members(count: number, organizationCode: string): Member[] {
  return Array.from({ length: count }, (_, i) => aMember({ name: `Đảng viên ${i}`, organizationCode }));
}

describe('R6 member count', () => {
  it('[R6] fires when Tổng số đảng viên differs from the members listed', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', name: 'Chi bộ Văn phòng', memberCount: 12, row: 3 })],
      members: members(10, 'CB01'),
    });
    const [finding, ...rest] = runRule(r6MemberCount, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R6', severity: 'warning', sheet: 'Tổ chức đảng', cell: 'H3', fix: '10' });
    expect(finding?.message).toContain('«Chi bộ Văn phòng» ghi Tổng số đảng viên 12, nhưng sheet «Đảng viên» năm 2024 có 10 đảng viên');
  });

  it('[R6] counts the members of the cells under a Đảng bộ cơ sở', () => {
    const model = aModel({
      organizations: [
        anOrganization({ code: 'DB01', type: 'grassrootsCommittee', memberCount: 7 }),
        anOrganization({ code: 'CB01', parentCode: 'DB01', memberCount: 3 }),
        anOrganization({ code: 'CB02', parentCode: 'DB01', memberCount: 4 }),
      ],
      members: [...members(3, 'CB01'), ...members(4, 'CB02')],
    });
    expect(runRule(r6MemberCount, model)).toEqual([]);
    const wrong = aModel({ ...model, members: members(3, 'CB01') });
    expect(runRule(r6MemberCount, wrong).map((f) => f.fix)).toEqual(['3', '0']);
  });

  it('[R6] stays silent without a declared count, or when the year has no members listed', () => {
    const model = aModel({ organizations: [anOrganization({ code: 'CB01' }), anOrganization({ code: 'CB02', memberCount: 25 })] });
    expect(runRule(r6MemberCount, model)).toEqual([]);
  });
});
