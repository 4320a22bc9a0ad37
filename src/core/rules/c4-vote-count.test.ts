import { c4VoteCount } from './c4-vote-count';
import { aConference, aModel, anAgendaItem, runRule } from './test-builders';

describe('C4 votes cast', () => {
  it('[C4] fires when for + against + abstaining exceed those present', () => {
    const model = aModel({
      conferences: [aConference({ code: 'BCH-03', present: 30 })],
      agendaItems: [anAgendaItem({ conferenceCode: 'BCH-03', kind: 'vote', votesFor: 28, votesAgainst: 2, abstentions: 1, row: 9 })],
    });
    const [finding, ...rest] = runRule(c4VoteCount, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C4', severity: 'error', sheet: 'Nội dung', cell: 'F9' });
    expect(finding?.message).toContain('28 tán thành + 2 không tán thành + 1 không biểu quyết = 31, nhiều hơn 30 đồng chí có mặt');
  });

  it('[C4] counts missing vote cells as zero', () => {
    const model = aModel({
      conferences: [aConference({ present: 5 })],
      agendaItems: [anAgendaItem({ kind: 'vote', votesFor: 6 })],
    });
    expect(runRule(c4VoteCount, model)).toHaveLength(1);
  });

  it('[C4] stays silent when the votes fit, or there are no votes', () => {
    const model = aModel({
      conferences: [aConference({ present: 30 })],
      agendaItems: [anAgendaItem({ kind: 'vote', votesFor: 28, votesAgainst: 1, abstentions: 1 }), anAgendaItem({ kind: 'report' })],
    });
    expect(runRule(c4VoteCount, model)).toEqual([]);
  });
});
