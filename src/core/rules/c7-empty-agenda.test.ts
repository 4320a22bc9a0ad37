import { c7EmptyAgenda } from './c7-empty-agenda';
import { aConference, aModel, anAgendaItem, runRule } from './test-builders';

describe('C7 empty agenda', () => {
  it('[C7] fires for a conference with no agenda items', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-01', row: 2 }), aConference({ code: 'BCH-02', row: 3 })],
      agendaItems: [anAgendaItem({ conferenceCode: 'BCH-01' })],
    });
    const [finding, ...rest] = runRule(c7EmptyAgenda, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C7', severity: 'warning', sheet: 'Hội nghị', cell: 'A3' });
    expect(finding?.message).toContain('Hội nghị BCH-02 chưa có nội dung nào trong sheet «Nội dung»');
  });

  it('[C7] stays silent when every conference has items (codes matched ignoring case and spaces)', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-01' })],
      agendaItems: [anAgendaItem({ conferenceCode: ' bch-01' })],
    });
    expect(runRule(c7EmptyAgenda, model)).toEqual([]);
  });
});
