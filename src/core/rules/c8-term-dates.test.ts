import { c8TermDates } from './c8-term-dates';
import { aConference, aModel, aUnit, runRule } from './test-builders';

const unit = aUnit({ term: { startYear: 2025, endYear: 2030 } });

describe('C8 term dates', () => {
  it('[C8] fires for a conference held before the term', () => {
    const model = aModel({ unit, conferences: [aConference({ date: { year: 2024, month: 12, day: 20 }, row: 5 })] });
    const [finding, ...rest] = runRule(c8TermDates, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C8', severity: 'warning', sheet: 'Hội nghị', cell: 'D5' });
    expect(finding?.message).toContain('20/12/2024');
    expect(finding?.message).toContain('nhiệm kỳ 2025 - 2030 (Đơn vị!B7)');
  });

  it('[C8] fires for a conference held after the term', () => {
    const model = aModel({ unit, conferences: [aConference({ date: { year: 2031, month: 1, day: 5 } })] });
    expect(runRule(c8TermDates, model)).toHaveLength(1);
  });

  it('[C8] stays silent inside the term, both end years included, and without a term', () => {
    const model = aModel({
      unit,
      conferences: [aConference({ date: { year: 2025, month: 1, day: 2 } }), aConference({ date: { year: 2030, month: 12, day: 31 } })],
    });
    expect(runRule(c8TermDates, model)).toEqual([]);
    expect(runRule(c8TermDates, aModel({ unit: aUnit({ term: undefined }), conferences: [aConference({ date: { year: 1999, month: 1, day: 1 } })] }))).toEqual([]);
  });
});
