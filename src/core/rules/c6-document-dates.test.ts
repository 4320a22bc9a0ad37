import { c6DocumentDates } from './c6-document-dates';
import { aConference, aModel, runRule } from './test-builders';

const held = { year: 2025, month: 10, day: 15 };

describe('C6 document dates', () => {
  it('[C6] fires when the resolution is dated before the conference', () => {
    const model = aModel({ conferences: [aConference({ date: held, resolutionDate: { year: 2025, month: 10, day: 14 }, row: 3 })] });
    const [finding, ...rest] = runRule(c6DocumentDates, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C6', severity: 'error', sheet: 'Hội nghị', cell: 'P3', fix: '15/10/2025' });
    expect(finding?.message).toContain('Ngày nghị quyết 14/10/2025');
    expect(finding?.message).toContain('trước Ngày họp 15/10/2025 (Hội nghị!D3)');
  });

  it('[C6] fires when the notice is dated before the conference', () => {
    const model = aModel({ conferences: [aConference({ date: held, noticeDate: { year: 2024, month: 12, day: 30 }, row: 4 })] });
    expect(runRule(c6DocumentDates, model)[0]).toMatchObject({ rule: 'C6', cell: 'R4' });
  });

  it('[C6] stays silent for documents dated on or after the conference', () => {
    const model = aModel({
      conferences: [aConference({ date: held, resolutionDate: held, noticeDate: { year: 2025, month: 10, day: 20 } })],
    });
    expect(runRule(c6DocumentDates, model)).toEqual([]);
  });
});
