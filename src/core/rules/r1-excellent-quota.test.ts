import fc from 'fast-check';
import type { Member, Organization, RatingLevel } from '../model/types';
import { defaultSettings } from '../settings';
import { excellentLimit, r1ExcellentQuota } from './r1-excellent-quota';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

function organizations(count: number, finalRating: RatingLevel, group = 'Chi bộ trực thuộc', from = 0): Organization[] {
  return Array.from({ length: count }, (_, i) =>
    anOrganization({ code: `CB${from + i}`, name: `Chi bộ ${from + i}`, group, finalRating, row: 2 + from + i }),
  );
}

function members(count: number, organizationCode: string, finalRating: RatingLevel, from = 0): Member[] {
  return Array.from({ length: count }, (_, i) =>
    aMember({ name: `Đảng viên ${organizationCode} ${from + i}`, organizationCode, finalRating, row: 100 + from + i }),
  );
}

describe('R1 excellent quota', () => {
  it('[R1] fires when a group of organizations rates more excellent than 20% of good', () => {
    const model = aModel({ organizations: [...organizations(12, 'good'), ...organizations(3, 'excellent', 'Chi bộ trực thuộc', 12)] });
    const [finding, ...rest] = runRule(r1ExcellentQuota, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R1', severity: 'error', sheet: 'Tổ chức đảng', cell: 'L14' });
    expect(finding?.message).toContain(
      'Nhóm «Chi bộ trực thuộc» (năm 2024) có 3 tổ chức xếp loại Hoàn thành xuất sắc nhiệm vụ, vượt giới hạn 20% số Hoàn thành tốt nhiệm vụ (12 → tối đa 2)',
    );
    expect(finding?.message).toContain('dòng xếp loại xuất sắc: 14, 15, 16');
    expect(finding?.message).toContain('Cần giảm 1 tổ chức');
    expect(finding?.messageEn).toContain('(12 → at most 2)');
  });

  it('[R1] stays silent at the limit, and counts each Nhóm on its own', () => {
    const model = aModel({
      organizations: [
        ...organizations(10, 'good', 'Chi bộ cơ quan'),
        ...organizations(2, 'excellent', 'Chi bộ cơ quan', 10),
        ...organizations(5, 'good', 'chi bo co quan', 20),
        ...organizations(1, 'excellent', 'Chi bộ doanh nghiệp', 30),
        ...organizations(5, 'good', 'Chi bộ doanh nghiệp', 31),
      ],
    });
    expect(runRule(r1ExcellentQuota, model)).toEqual([]);
  });

  it('[R1] fires when an excellent organization has no good one in its group (limit 0)', () => {
    const model = aModel({ organizations: organizations(1, 'excellent', 'Đảng bộ cơ sở') });
    expect(runRule(r1ExcellentQuota, model)[0]?.message).toContain('(0 → tối đa 0)');
  });

  it('[R1] counts members per grassroots organization: the Trực thuộc parent when it is a Đảng bộ cơ sở', () => {
    const model = aModel({
      organizations: [
        anOrganization({ code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee' }),
        anOrganization({ code: 'CB01', name: 'Chi bộ Văn phòng', type: 'subordinateCell', parentCode: 'DB01' }),
        anOrganization({ code: 'CB02', name: 'Chi bộ Nghiệp vụ', type: 'subordinateCell', parentCode: 'DB01' }),
      ],
      // Each cell alone would be within its own limit of 1; the grassroots organization has 10 good → at most 2.
      members: [...members(5, 'CB01', 'good'), ...members(1, 'CB01', 'excellent', 5), ...members(5, 'CB02', 'good', 10), ...members(2, 'CB02', 'excellent', 15)],
    });
    const findings = runRule(r1ExcellentQuota, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'R1', sheet: 'Đảng viên', cell: 'S105' });
    expect(findings[0]?.message).toContain('Tổ chức cơ sở đảng «Đảng bộ Sở Y tế» (năm 2024) có 3 đảng viên');
    expect(findings[0]?.message).toContain('(10 → tối đa 2)');
  });

  it('[R1] counts members of a Chi bộ cơ sở in that cell, and stays silent within the limit', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CS01', name: 'Chi bộ Sở Tư pháp', type: 'grassrootsCell' })],
      members: [...members(10, 'CS01', 'good'), ...members(2, 'CS01', 'excellent', 10), ...members(3, 'CS01', 'complete', 20)],
    });
    expect(runRule(r1ExcellentQuota, model)).toEqual([]);
    const over = aModel({ ...model, members: [...model.members, ...members(1, 'CS01', 'excellent', 30)] });
    expect(runRule(r1ExcellentQuota, over)[0]?.message).toContain('«Chi bộ Sở Tư pháp»');
  });

  it('[R1] takes its threshold, rounding and severity from the settings', () => {
    const model = aModel({ organizations: [...organizations(11, 'good'), ...organizations(3, 'excellent', 'Chi bộ trực thuộc', 11)] });
    expect(runRule(r1ExcellentQuota, model)).toHaveLength(1);
    expect(runRule(r1ExcellentQuota, model, { settings: { quotaRounding: 'ceil' } })).toEqual([]);
    expect(runRule(r1ExcellentQuota, model, { settings: { excellentQuota: 0.3 } })).toEqual([]);
    expect(runRule(r1ExcellentQuota, model, { settings: { quotaSeverity: 'warning' } })[0]?.severity).toBe('warning');
  });

  it('[R1] looks only at the requested year', () => {
    const model = aModel({ organizations: organizations(1, 'excellent').map((o) => ({ ...o, year: 2023 })) });
    expect(runRule(r1ExcellentQuota, model, { year: 2024 })).toEqual([]);
    expect(runRule(r1ExcellentQuota, model, { year: 2023 })).toHaveLength(1);
  });

  it('[R1] the limit is floor(20% × good) without floating-point surprises', () => {
    expect(excellentLimit(35, defaultSettings)).toBe(7);
    expect(excellentLimit(35, { ...defaultSettings, quotaRounding: 'ceil' })).toBe(7);
    expect(excellentLimit(12, defaultSettings)).toBe(2);
    expect(excellentLimit(12, { ...defaultSettings, quotaRounding: 'round' })).toBe(2);
    expect(excellentLimit(13, { ...defaultSettings, quotaRounding: 'round' })).toBe(3);
    fc.assert(
      fc.property(fc.nat(100_000), (good) => {
        const limit = excellentLimit(good, defaultSettings);
        return limit * 5 <= good && (limit + 1) * 5 > good;
      }),
    );
  });
});
