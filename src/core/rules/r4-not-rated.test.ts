import { r4NotRated, ratingDateOf } from './r4-not-rated';
import { defaultSettings } from '../settings';
import { aMember, aModel, runRule } from './test-builders';

describe('R4 not rated', () => {
  it('[R4] fires when a member marked Miễn sinh hoạt has a final rating', () => {
    const model = aModel({ members: [aMember({ name: 'Đỗ Văn Tâm', notRatedReason: 'exempt', finalRating: 'good', row: 5 })] });
    const [finding, ...rest] = runRule(r4NotRated, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R4', severity: 'warning', sheet: 'Đảng viên', cell: 'S5' });
    expect(finding?.message).toContain('Đảng viên Đỗ Văn Tâm được ghi Không xếp loại «Miễn sinh hoạt» (Đảng viên!M5)');
  });

  it('[R4] fires from 2023 for suspended and newly admitted members with a rating', () => {
    const model = aModel({
      members: [
        aMember({ year: 2023, notRatedReason: 'suspended', finalRating: 'complete' }),
        aMember({ year: 2024, notRatedReason: 'newlyAdmitted', finalRating: 'good' }),
      ],
    });
    const findings = runRule(r4NotRated, model);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain('«Đình chỉ sinh hoạt»');
    expect(findings[1]?.message).toContain('«Mới kết nạp»');
  });

  it('[R4] fires for a member admitted less than 6 months before 31/12 who is rated without a reason', () => {
    const model = aModel({
      members: [aMember({ name: 'Lý Thị Nga', admissionDate: { year: 2024, month: 7, day: 1 }, finalRating: 'good', row: 9 })],
    });
    const [finding] = runRule(r4NotRated, model);
    expect(finding).toMatchObject({ rule: 'R4', cell: 'S9' });
    expect(finding?.message).toContain('vào Đảng ngày 01/07/2024 (Đảng viên!L9), chưa đủ 6 tháng tính đến 31/12/2024');
  });

  it('[R4] counts the 6 months to the rating date of the settings', () => {
    const model = aModel({ members: [aMember({ admissionDate: { year: 2024, month: 6, day: 1 }, finalRating: 'good' })] });
    expect(runRule(r4NotRated, model)).toEqual([]);
    const findings = runRule(r4NotRated, model, { settings: { ratingDate: { month: 11, day: 30 } } });
    expect(findings[0]?.message).toContain('tính đến 30/11/2024');
  });

  it('[R4] stays silent at exactly 6 months, for unrated members, and for members rated normally', () => {
    const model = aModel({
      members: [
        aMember({ admissionDate: { year: 2024, month: 6, day: 30 }, finalRating: 'good' }),
        aMember({ admissionDate: { year: 2024, month: 9, day: 2 }, notRatedReason: 'newlyAdmitted' }),
        aMember({ notRatedReason: 'exempt' }),
        aMember({ admissionDate: { year: 1990, month: 3, day: 3 }, finalRating: 'excellent' }),
      ],
    });
    expect(runRule(r4NotRated, model)).toEqual([]);
  });

  it('[R4] up to 2022 counts only Miễn sinh hoạt: newly admitted and suspended members are rated', () => {
    const model = aModel({
      members: [
        aMember({ year: 2022, admissionDate: { year: 2022, month: 10, day: 1 }, finalRating: 'good' }),
        aMember({ year: 2022, notRatedReason: 'newlyAdmitted', finalRating: 'good' }),
        aMember({ year: 2022, notRatedReason: 'suspended', finalRating: 'complete' }),
        aMember({ year: 2022, notRatedReason: 'exempt', finalRating: 'complete', row: 40 }),
      ],
    });
    const findings = runRule(r4NotRated, model);
    expect(findings.map((f) => f.cell)).toEqual(['S40']);
  });

  it('the rating date falls back to 28/02 when 29/02 does not exist', () => {
    expect(ratingDateOf(2025, { ...defaultSettings, ratingDate: { month: 2, day: 29 } })).toEqual({ year: 2025, month: 2, day: 28 });
  });
});
