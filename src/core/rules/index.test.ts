import type { Member, Organization, RatingLevel } from '../model/types';
import { ratingLevels } from '../model/types';
import { checkModel, modelRules, ratingRulesFor } from './index';
import { aConference, aMember, aModel, anAgendaItem, anOrganization, aUnit } from './test-builders';

describe('checkModel', () => {
  it('has one module per model rule ID', () => {
    expect(modelRules.map((rule) => rule.id)).toEqual([
      'V10', 'V11', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8',
      'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11',
    ]);
  });

  it('gives no findings for a consistent workbook', () => {
    const model = aModel({
      unit: aUnit(),
      conferences: [aConference({ code: 'BCH-01', present: 34, resolutionNumber: 1 })],
      agendaItems: [anAgendaItem({ conferenceCode: 'BCH-01', kind: 'vote', votesFor: 30, votesAgainst: 4, abstentions: 0, decision: 'Thông qua' })],
      organizations: [anOrganization({ year: 2025, code: 'CB01', memberCount: 1, score: 85, finalRating: 'good', secretary: 'Nguyễn Văn An' })],
      members: [aMember({ year: 2025, organizationCode: 'CB01', score: 80, finalRating: 'good' })],
    });
    expect(checkModel(model)).toEqual([]);
  });

  it('runs the R rules of each rating year: R5 and R11 only from 2025', () => {
    const member = { score: undefined, finalRating: 'excellent' as const, proposedRating: 'excellent' as const };
    const model = aModel({
      organizations: [2022, 2024, 2025].map((year) => anOrganization({ year, code: 'CB01', finalRating: 'excellent', score: 95 })),
      members: [
        aMember({ year: 2022, ...member, row: 2 }),
        aMember({ year: 2024, ...member, score: 10, row: 3 }),
        aMember({ year: 2025, ...member, row: 4 }),
      ],
    });
    const rulesAt = (row: number) => checkModel(model).filter((f) => f.sheet === 'Đảng viên' && f.cell.endsWith(String(row))).map((f) => f.rule);
    expect(rulesAt(2)).not.toContain('R11');
    expect(rulesAt(3)).not.toContain('R5');
    expect(rulesAt(4)).toContain('R11');
    const scored = aModel({ ...model, members: [aMember({ year: 2025, score: 10, finalRating: 'excellent', row: 4 })] });
    expect(checkModel(scored).map((f) => f.rule)).toContain('R5');
  });

  it('R4 ignores newly admitted members up to 2022 and applies the 6-month rule from 2023', () => {
    const recent = (year: number, row: number) =>
      aMember({ year, admissionDate: { year, month: 9, day: 1 }, finalRating: 'good', row });
    const model = aModel({ members: [recent(2022, 2), recent(2023, 3)] });
    expect(checkModel(model).filter((f) => f.rule === 'R4').map((f) => f.cell)).toEqual(['S3']);
  });

  it('looks only at the requested year', () => {
    const model = aModel({
      organizations: [anOrganization({ year: 2024 }), anOrganization({ year: 2025 })],
      members: [aMember({ year: 2024 }), aMember({ year: 2025 })],
    });
    const years = checkModel(model, undefined, { year: 2024 }).map((f) => /năm (\d{4})/.exec(f.message)?.[1]);
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set(['2024']));
  });

  it('lists the R rules of each year as spec/RULES.md "Rule set by year" says', () => {
    const allButScores = ['R1', 'R2', 'R3', 'R4', 'R6', 'R7', 'R8', 'R9', 'R10'];
    expect(ratingRulesFor(2019)).toEqual(allButScores);
    expect(ratingRulesFor(2022)).toEqual(allButScores);
    expect(ratingRulesFor(2024)).toEqual(allButScores);
    expect(ratingRulesFor(2025)).toEqual([...allButScores.slice(0, 4), 'R5', ...allButScores.slice(4), 'R11']);
  });

  it('checks 100,000 members in linear time', () => {
    const organizations: Organization[] = [];
    const members: Member[] = [];
    const level = (i: number): RatingLevel => ratingLevels[i % 7 === 0 ? 0 : i % 11 === 0 ? 3 : 1 + (i % 2)] ?? 'good';
    for (let committee = 0; committee < 100; committee++) {
      const code = `DB${committee}`;
      organizations.push(anOrganization({ year: 2025, code, type: 'grassrootsCommittee', secretary: `Đảng viên ${committee * 1000}`, memberCount: 1000, score: 80, finalRating: level(committee) }));
      for (let cell = 0; cell < 20; cell++) {
        organizations.push(anOrganization({ year: 2025, code: `${code}-${cell}`, parentCode: code, secretary: `Đảng viên ${committee * 1000 + cell * 50}`, memberCount: 50, score: 80, finalRating: level(cell) }));
        for (let i = 0; i < 50; i++) {
          const n = committee * 1000 + cell * 50 + i;
          members.push(
            aMember({ year: 2025, name: `Đảng viên ${n}`, cardNumber: String(n), birthDate: { year: 1970 + (n % 30), month: 1 + (n % 12), day: 1 + (n % 28) }, organizationCode: `${code}-${cell}`, score: 60 + (n % 40), finalRating: level(n), proposedRating: 'good', admissionDate: { year: 2000, month: 1, day: 1 } }),
          );
        }
      }
    }
    const model = aModel({ organizations, members });
    // Speed is measured by `npm run bench`; here the rules only have to finish and find what is there.
    const findings = checkModel(model);
    expect(members).toHaveLength(100_000);
    expect(findings.length).toBeGreaterThan(0);
  });
});
