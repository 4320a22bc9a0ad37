import type { Member, Organization, RatingLevel } from '../model/types';
import { aMember, anOrganization, aUnit } from '../rules/test-builders';
import { buildRatingReport, levelLines, regulationsOf, type RatingReportInput } from './rating-report';

const unit = aUnit({
  secretary: 'Trần Quốc Nam',
  targets: { membersGoodOrAbove: 0.85, membersExcellent: 0.2, organizationsGoodOrAbove: 0.8 },
});

function members(year: number, organizationCode: string, levels: readonly (RatingLevel | 'exempt' | 'suspended' | 'newlyAdmitted' | 'pending')[]): Member[] {
  return levels.map((level, i) =>
    aMember({
      year,
      organizationCode,
      name: `Đảng viên ${organizationCode} ${i + 1}`,
      ...(level === 'exempt' || level === 'suspended' || level === 'newlyAdmitted'
        ? { notRatedReason: level }
        : level === 'pending'
          ? {}
          : { finalRating: level }),
    }),
  );
}

// ĐB01 is a grassroots committee with two cells; CB02 and CB03 are grassroots cells.
const organizations2025: Organization[] = [
  anOrganization({ year: 2025, code: 'CB03', name: 'Chi bộ Ban Nội chính', type: 'grassrootsCell', finalRating: 'complete' }),
  anOrganization({ year: 2025, code: 'ĐB01', name: 'Đảng bộ Trường Chính trị', type: 'grassrootsCommittee', finalRating: 'excellent' }),
  anOrganization({ year: 2025, code: 'CB11', name: 'Chi bộ Khoa Lý luận', type: 'subordinateCell', parentCode: 'ĐB01', finalRating: 'good' }),
  anOrganization({ year: 2025, code: 'CB12', name: 'Chi bộ Phòng Đào tạo', type: 'subordinateCell', parentCode: 'đb01 ', finalRating: 'good' }),
  anOrganization({ year: 2025, code: 'CB02', name: 'Chi bộ Ban Tổ chức', type: 'grassrootsCell', finalRating: 'good' }),
];
const members2025 = [
  ...members(2025, 'CB11', ['good', 'good', 'excellent']),
  ...members(2025, 'CB12', ['good', 'exempt']),
  ...members(2025, 'CB02', ['good', 'good', 'good', 'incomplete']),
  ...members(2025, 'CB03', ['newlyAdmitted']),
];
const input: RatingReportInput = {
  year: 2025,
  unit,
  organizations: organizations2025,
  members: members2025,
  previousOrganizations: [
    anOrganization({ year: 2024, code: 'ĐB01', type: 'grassrootsCommittee', finalRating: 'good' }),
    anOrganization({ year: 2024, code: 'CB02', type: 'grassrootsCell', finalRating: 'good' }),
    anOrganization({ year: 2024, code: 'CB03', type: 'grassrootsCell', finalRating: 'good' }),
  ],
  previousMembers: members(2024, 'CB02', ['excellent', 'good', 'good', 'good', 'good', 'complete', 'complete']),
  date: { year: 2026, month: 1, day: 8 },
  number: 3,
};
const data = buildRatingReport(input);

describe('levelLines: count and share per level', () => {
  it('writes the share of those rated with a decimal comma: "81,25%"', () => {
    const lines = levelLines({ excellent: 1, good: 13, complete: 2, incomplete: 0 }, 16, { excellent: 1, good: 14, complete: 1, incomplete: 0 }, 2024);
    expect(lines).toEqual([
      { level: 'Hoàn thành xuất sắc nhiệm vụ', count: '1', percent: '6,25%', comparison: 'bằng năm 2024' },
      { level: 'Hoàn thành tốt nhiệm vụ', count: '13', percent: '81,25%', comparison: 'giảm 1 so với năm 2024' },
      { level: 'Hoàn thành nhiệm vụ', count: '2', percent: '12,5%', comparison: 'tăng 1 so với năm 2024' },
      { level: 'Không hoàn thành nhiệm vụ', count: '0', percent: '0%', comparison: 'bằng năm 2024' },
    ]);
  });

  it('compares nothing without a previous year', () => {
    expect(levelLines({ excellent: 0, good: 0, complete: 0, incomplete: 0 }, 0, undefined, 2024).map((l) => [l.percent, l.comparison])).toEqual([
      ['0%', ''],
      ['0%', ''],
      ['0%', ''],
      ['0%', ''],
    ]);
  });
});

describe('regulationsOf (REGULATIONS.md §1.1)', () => {
  it.each([
    [2019, '132-QĐ/TW'],
    [2022, '132-QĐ/TW'],
    [2023, '124-QĐ/TW'],
    [2024, '124-QĐ/TW'],
    [2025, '366-QĐ/TW'],
  ])('rating year %i follows Quy định %s', (year, regulation) => {
    expect(regulationsOf(year).regulation).toContain(regulation);
    expect(buildRatingReport({ ...input, year }).leadership[0]?.text).toContain(regulation);
  });
});

describe('buildRatingReport (FORMAT.md "Báo cáo kết quả …")', () => {
  it('numbers and dates the report, signed on behalf of the Standing Board', () => {
    expect(data.header.documentNumber).toBe('Số 03-BC/ĐU');
    expect(data.header.dateLine).toBe('Khánh Hòa, ngày 08 tháng 01 năm 2026');
    expect(data.summaryLine).toBe('Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025');
    expect(data.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Trần Quốc Nam' });
    expect(data.year).toBe('2025');
  });

  it('counts the organizations rated, by kind, and per level with the comparison', () => {
    expect(data.organizationsIntro).toBe(
      'Tổng số tổ chức đảng được đánh giá, xếp loại: 5/5 tổ chức (gồm 3 tổ chức cơ sở đảng và 2 tổ chức đảng trực thuộc đảng ủy cơ sở). Kết quả:',
    );
    expect(data.organizationLevels).toEqual([
      { level: 'Hoàn thành xuất sắc nhiệm vụ', count: '1', percent: '20%', comparison: 'tăng 1 so với năm 2024' },
      { level: 'Hoàn thành tốt nhiệm vụ', count: '3', percent: '60%', comparison: 'bằng năm 2024' },
      { level: 'Hoàn thành nhiệm vụ', count: '1', percent: '20%', comparison: 'tăng 1 so với năm 2024' },
      { level: 'Không hoàn thành nhiệm vụ', count: '0', percent: '0%', comparison: 'bằng năm 2024' },
    ]);
  });

  it('counts the members: total, rated, not rated by reason, per level with the comparison', () => {
    expect(data.membersIntro).toBe(
      'Tổng số đảng viên: 10 (năm 2024: 7); số đảng viên được đánh giá, xếp loại: 8/10 (chiếm 80%). Kết quả:',
    );
    expect(data.notRatedLine).toBe(
      'Không đánh giá, xếp loại: 2 đồng chí (miễn công tác và sinh hoạt đảng: 1; mới kết nạp chưa đủ 6 tháng: 1).',
    );
    expect(data.memberLevels).toEqual([
      { level: 'Hoàn thành xuất sắc nhiệm vụ', count: '1', percent: '12,5%', comparison: 'bằng năm 2024' },
      { level: 'Hoàn thành tốt nhiệm vụ', count: '6', percent: '75%', comparison: 'tăng 2 so với năm 2024' },
      { level: 'Hoàn thành nhiệm vụ', count: '0', percent: '0%', comparison: 'giảm 2 so với năm 2024' },
      { level: 'Không hoàn thành nhiệm vụ', count: '1', percent: '12,5%', comparison: 'tăng 1 so với năm 2024' },
    ]);
  });

  it('says which targets of Đơn vị are met and which are not', () => {
    expect(data.targets.map((t) => t.text)).toEqual([
      'So với chỉ tiêu đề ra:',
      '- Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên: 87,5% (chỉ tiêu 85%), đạt chỉ tiêu;',
      '- Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ: 12,5% (chỉ tiêu 20%), không đạt chỉ tiêu;',
      '- Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên: 80% (chỉ tiêu 80%), đạt chỉ tiêu.',
    ]);
    expect(buildRatingReport({ ...input, unit: aUnit({ targets: {} }) }).targets).toEqual([]);
  });

  it('has one summary row per grassroots organization, its cells included, adding up to the totals', () => {
    expect(data.organizations).toEqual([
      { number: '1', name: 'Chi bộ Ban Tổ chức', members: '4', excellent: '0', good: '3', complete: '0', incomplete: '1', notRated: '0', rating: 'HTTNV' },
      { number: '2', name: 'Chi bộ Ban Nội chính', members: '1', excellent: '0', good: '0', complete: '0', incomplete: '0', notRated: '1', rating: 'HTNV' },
      { number: '3', name: 'Đảng bộ Trường Chính trị', members: '5', excellent: '1', good: '3', complete: '0', incomplete: '0', notRated: '1', rating: 'HTXSNV' },
    ]);
    expect(data.totals).toEqual({ members: '10', excellent: '1', good: '6', complete: '0', incomplete: '1', notRated: '2' });
    for (const key of ['members', 'excellent', 'good', 'complete', 'incomplete', 'notRated'] as const) {
      const sum = data.organizations.reduce((total, row) => total + Number(row[key]), 0);
      expect([key, sum]).toEqual([key, Number(data.totals[key])]);
    }
  });

  it('without a previous year: no comparison and no previous total', () => {
    const first = buildRatingReport({ ...input, previousOrganizations: [], previousMembers: [] });
    expect(first.membersIntro).toMatch(/^Tổng số đảng viên: 10; /u);
    expect([...first.memberLevels, ...first.organizationLevels].every((l) => l.comparison === '')).toBe(true);
  });

  it('writes large counts with a thousands dot (REGULATIONS.md §5: "3.400 đảng viên")', () => {
    const many = [...members(2025, 'CB02', Array.from({ length: 3_398 }, () => 'good' as const)), ...members(2025, 'CB02', ['exempt', 'excellent'])];
    const big = buildRatingReport({ ...input, members: many, previousMembers: members(2024, 'CB02', ['good']) });
    expect(big.membersIntro).toBe('Tổng số đảng viên: 3.400 (năm 2024: 1); số đảng viên được đánh giá, xếp loại: 3.399/3.400 (chiếm 99,97%). Kết quả:');
    expect(big.memberLevels[1]).toEqual({ level: 'Hoàn thành tốt nhiệm vụ', count: '3.398', percent: '99,97%', comparison: 'tăng 3.397 so với năm 2024' });
    expect(big.totals.members).toBe('3.400');
    expect(big.organizations.find((row) => row.name === 'Chi bộ Ban Tổ chức')?.good).toBe('3.398');
  });

  it('leaves the not-rated line empty when everyone was rated, and the number blank when there is none', () => {
    const all = buildRatingReport({ ...input, members: members(2025, 'CB02', ['good', 'excellent']), number: undefined });
    expect(all.notRatedLine).toBe('');
    expect(all.header.documentNumber).toMatch(/^Số {4,}-BC\/ĐU$/u);
  });
});
