import { v11References } from './v11-references';
import { aConclusion, aConference, aMember, aModel, anAgendaItem, anOrganization, runRule } from './test-builders';

describe('V11 references', () => {
  it('[V11] fires for Mã hội nghị in Nội dung and Kết luận that names no conference', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-01' })],
      agendaItems: [anAgendaItem({ conferenceCode: 'BCH-01' }), anAgendaItem({ conferenceCode: 'BCH-10', row: 5 })],
      conclusions: [aConclusion({ conferenceCode: 'BTV-03', row: 4 })],
    });
    const findings = runRule(v11References, model);
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ['V11', 'error', 'Nội dung', 'A5'],
      ['V11', 'error', 'Kết luận', 'A4'],
    ]);
    expect(findings[0]?.message).toContain('Mã hội nghị BCH-10 không có trong sheet «Hội nghị»');
  });

  it('[V11] fires for a member whose Mã tổ chức is not an organization of that year', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', year: 2024 })],
      members: [aMember({ organizationCode: 'CB01', year: 2024 }), aMember({ name: 'Đinh Văn Tú', organizationCode: 'CB01', year: 2025, row: 12 })],
    });
    const [finding, ...rest] = runRule(v11References, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'V11', sheet: 'Đảng viên', cell: 'G12' });
    expect(finding?.message).toContain('Mã tổ chức CB01 của đảng viên Đinh Văn Tú không có trong sheet «Tổ chức đảng» năm 2025');
  });

  it('[V11] fires for a Trực thuộc that names no organization, or the organization itself', () => {
    const model = aModel({
      organizations: [anOrganization({ code: 'CB01', parentCode: 'DB09', row: 2 }), anOrganization({ code: 'CB02', parentCode: 'cb02', row: 3 })],
    });
    const findings = runRule(v11References, model);
    expect(findings.map((f) => f.cell)).toEqual(['E2', 'E3']);
    expect(findings[1]?.message).toContain('là chính mã của tổ chức này');
  });

  it('[V11] stays silent when every reference resolves, or the target sheet is empty', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-01' })],
      agendaItems: [anAgendaItem({ conferenceCode: 'BCH-01' })],
      conclusions: [aConclusion({ conferenceCode: 'bch-01' })],
      organizations: [anOrganization({ code: 'DB01', type: 'grassrootsCommittee' }), anOrganization({ code: 'CB01', parentCode: 'DB01' })],
      members: [aMember({ organizationCode: 'CB01' })],
    });
    expect(runRule(v11References, model)).toEqual([]);
    expect(runRule(v11References, aModel({ agendaItems: [anAgendaItem()], members: [aMember()] }))).toEqual([]);
  });
});
