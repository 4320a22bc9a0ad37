import { aMember, anOrganization, aUnit } from '../rules/test-builders';
import { positionText, ratingTableData, roleRank, sortMembers, tableSignature } from './rating-table';

const organization = anOrganization({ year: 2025, code: 'CB01', name: 'Chi bộ Văn phòng', secretary: 'Lê Văn Tám' });

describe('roleRank', () => {
  it.each([
    ['Bí thư Chi bộ', 0],
    ['BÍ THƯ', 0],
    ['Phó Bí thư Chi bộ', 1],
    ['Chi ủy viên', 2],
    ['Đảng ủy viên', 2],
    ['Ủy viên Ban Thường vụ', 2],
    ['Đảng viên', 3],
    [undefined, 3],
  ] as const)('%s → %d', (position, rank) => {
    expect(roleRank(position)).toBe(rank);
  });
});

describe('sortMembers', () => {
  it('orders by role, then by given name with the Vietnamese collator', () => {
    const members = [
      aMember({ year: 2025, name: 'Trần Văn Ơn' }),
      aMember({ year: 2025, name: 'Nguyễn Thị Ánh', partyPosition: 'Chi ủy viên' }),
      aMember({ year: 2025, name: 'Phạm Văn Đức', partyPosition: 'Phó Bí thư' }),
      aMember({ year: 2025, name: 'Võ Thị Anh' }),
      aMember({ year: 2025, name: 'Hồ Văn Dũng' }),
      aMember({ year: 2025, name: 'Lê Văn Tám' }),
      aMember({ year: 2025, name: 'Đỗ Văn Bình', partyPosition: 'Chi ủy viên' }),
    ];
    // Lê Văn Tám is the organization's Bí thư on `Tổ chức đảng`, so he leads though his row says nothing.
    expect(sortMembers(organization, members).map((m) => m.name)).toEqual([
      'Lê Văn Tám',
      'Phạm Văn Đức',
      'Nguyễn Thị Ánh',
      'Đỗ Văn Bình',
      'Võ Thị Anh',
      'Hồ Văn Dũng',
      'Trần Văn Ơn',
    ]);
  });

  it('puts the older of two namesakes first', () => {
    const younger = aMember({ year: 2025, name: 'Nguyễn Văn An', birthDate: { year: 1990, month: 1, day: 1 } });
    const older = aMember({ year: 2025, name: 'Nguyễn Văn An', birthDate: { year: 1970, month: 1, day: 1 } });
    expect(sortMembers(organization, [younger, older])).toEqual([older, younger]);
  });
});

describe('positionText', () => {
  it('joins party and government positions', () => {
    expect(positionText(aMember({ partyPosition: 'Bí thư Chi bộ', governmentPosition: 'Chánh Văn phòng' }))).toBe('Bí thư Chi bộ; Chánh Văn phòng');
  });
  it('drops a plain "Đảng viên" when there is a government position', () => {
    expect(positionText(aMember({ partyPosition: 'Đảng viên', governmentPosition: 'Chuyên viên' }))).toBe('Chuyên viên');
  });
  it('says "Đảng viên dự bị" for a probationary member with no position', () => {
    expect(positionText(aMember({ memberType: 'probationary' }))).toBe('Đảng viên dự bị');
    expect(positionText(aMember({}))).toBe('Đảng viên');
  });
});

describe('tableSignature', () => {
  it('T/M CHI ỦY when the cell has a committee, T/M CHI BỘ otherwise, T/M ĐẢNG ỦY for a Đảng bộ', () => {
    const withCommittee = [aMember({ partyPosition: 'Chi ủy viên' })];
    expect(tableSignature(organization, withCommittee)).toEqual({ authority: 'T/M CHI ỦY', title: 'BÍ THƯ', name: 'Lê Văn Tám' });
    expect(tableSignature(organization, [aMember({})]).authority).toBe('T/M CHI BỘ');
    const committee = anOrganization({ type: 'grassrootsCommittee', name: 'Đảng bộ Sở Y tế' });
    expect(tableSignature(committee, []).authority).toBe('T/M ĐẢNG ỦY');
  });
  it('falls back to the member whose position is Bí thư', () => {
    const noSecretary = anOrganization({ year: 2025 });
    expect(tableSignature(noSecretary, [aMember({ name: 'Mai Văn Hòa', partyPosition: 'Bí thư Chi bộ' })]).name).toBe('Mai Văn Hòa');
  });
});

describe('ratingTableData', () => {
  const members = [
    aMember({ year: 2025, name: 'Lê Văn Tám', birthDate: { year: 1975, month: 3, day: 5 }, partyPosition: 'Bí thư Chi bộ', score: 92.5, selfRating: 'excellent', proposedRating: 'excellent', finalRating: 'excellent' }),
    aMember({ year: 2025, name: 'Trần Thị Mai', score: 81, selfRating: 'good', proposedRating: 'good', finalRating: 'good' }),
    aMember({ year: 2025, name: 'Phan Văn Hải', notRatedReason: 'newlyAdmitted', note: 'Kết nạp 01/10/2025' }),
    aMember({ year: 2025, name: 'Võ Văn Lâm', score: 60, selfRating: 'complete', proposedRating: 'complete', finalRating: 'complete', discipline: 'reprimand' }),
  ];
  const data = ratingTableData(organization, members, aUnit(), 2025, { date: { year: 2025, month: 12, day: 20 } });

  it('fills the title, header and the date line', () => {
    expect(data.title).toBe('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025');
    expect(data.header.issuingBody).toBe('CHI BỘ VĂN PHÒNG');
    expect(data.header.superiorBody).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(data.header.dateLine).toBe('Khánh Hòa, ngày 20 tháng 12 năm 2025');
    expect(data.organizationName).toBe('Chi bộ Văn phòng');
  });

  it('writes rows with dd/mm/yyyy dates, Vietnamese scores and level codes', () => {
    expect(data.hasScores).toBe(true);
    expect(data.rows[0]).toEqual({
      number: '1',
      name: 'Lê Văn Tám',
      birthDate: '05/03/1975',
      position: 'Bí thư Chi bộ',
      score: '92,5',
      selfRating: 'HTXSNV',
      proposedRating: 'HTXSNV',
      finalRating: 'HTXSNV',
      note: '',
    });
    expect(data.rows.map((r) => r.name)).toEqual(['Lê Văn Tám', 'Phan Văn Hải', 'Võ Văn Lâm', 'Trần Thị Mai']);
  });

  it('lists a not-rated member with the reason in the note and no rating', () => {
    const row = data.rows.find((r) => r.name === 'Phan Văn Hải');
    expect(row).toMatchObject({ score: '', selfRating: '', proposedRating: '', finalRating: '', note: 'Không xếp loại: mới kết nạp chưa đủ 6 tháng; Kết nạp 01/10/2025' });
    expect(data.rows.find((r) => r.name === 'Võ Văn Lâm')?.note).toBe('Kỷ luật: khiển trách');
  });

  it('counts per level over the rated members, not-rated by reason', () => {
    expect(data.levels.map((l) => [l.level, l.count, l.percent])).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ', '1', '33,33%'],
      ['Hoàn thành tốt nhiệm vụ', '1', '33,33%'],
      ['Hoàn thành nhiệm vụ', '1', '33,33%'],
      ['Không hoàn thành nhiệm vụ', '0', '0%'],
    ]);
    expect(data.notRatedLine).toBe('Không đánh giá, xếp loại: 1 đồng chí (mới kết nạp chưa đủ 6 tháng: 1).');
    expect(data.signature).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Lê Văn Tám' });
  });

  it('has no scores before 2025 and blank date spaces without a date', () => {
    const old = ratingTableData(anOrganization({ year: 2024 }), [aMember({ year: 2024, score: 80, finalRating: 'good' })], aUnit(), 2024);
    expect(old.hasScores).toBe(false);
    expect(old.rows[0]?.score).toBe('');
    expect(old.header.dateLine).toMatch(/^Khánh Hòa, ngày\s+tháng\s+năm/);
  });

  it('names the parent organization in header box 2 for a subordinate cell', () => {
    const parent = anOrganization({ year: 2025, code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee' });
    expect(ratingTableData(organization, [], aUnit(), 2025, { parent }).header.superiorBody).toBe('ĐẢNG BỘ SỞ Y TẾ');
  });

  it('an organization with no members has no rows and zero counts', () => {
    const empty = ratingTableData(organization, [], aUnit(), 2025);
    expect(empty.rows).toEqual([]);
    expect(empty.levels.every((l) => l.count === '0' && l.percent === '0%')).toBe(true);
    expect(empty.notRatedLine).toBe('');
  });
});
