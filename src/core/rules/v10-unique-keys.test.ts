import { v10UniqueKeys } from './v10-unique-keys';
import { aConference, aModel, anOrganization, runRule } from './test-builders';

describe('V10 unique keys', () => {
  it('[V10] fires for a repeated Mã hội nghị, ignoring case and spaces', () => {
    const model = aModel({ conferences: [aConference({ code: 'BCH-02', row: 3 }), aConference({ code: 'bch-02 ', row: 6 })] });
    const [finding, ...rest] = runRule(v10UniqueKeys, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'V10', severity: 'error', sheet: 'Hội nghị', cell: 'A6' });
    expect(finding?.message).toContain('đã dùng ở Hội nghị!A3');
  });

  it('[V10] fires for a repeated Mã tổ chức within a year', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', name: 'Chi bộ Văn phòng', row: 2 }), anOrganization({ code: 'CB01', name: 'Chi bộ Kho bạc', row: 9 })],
    });
    const [finding] = runRule(v10UniqueKeys, model);
    expect(finding).toMatchObject({ rule: 'V10', sheet: 'Tổ chức đảng', cell: 'B9' });
    expect(finding?.message).toContain('Mã tổ chức CB01 của năm 2024 đã dùng cho Chi bộ Văn phòng (Tổ chức đảng!B2)');
  });

  it('[V10] stays silent for distinct codes and the same organization in different years', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-01' }), aConference({ code: 'BTV-01' })],
      organizations: [anOrganization({ code: 'CB01' }), anOrganization({ code: 'CB01', year: 2025 }), anOrganization({ code: 'CB02' })],
    });
    expect(runRule(v10UniqueKeys, model)).toEqual([]);
  });
});
