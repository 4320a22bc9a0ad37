import { c3Majority, decisionClaims } from './c3-majority';
import { aConference, aModel, anAgendaItem, aUnit, runRule } from './test-builders';

const unit = aUnit({ executiveCommitteeSize: 34 });
const conference = aConference({ code: 'BCH-02', present: 30 });

function modelWith(votesFor: number, decision: string | undefined, kind: 'vote' | 'election' | 'discussion' = 'vote') {
  return aModel({
    unit,
    conferences: [conference],
    agendaItems: [
      anAgendaItem({ conferenceCode: 'BCH-02', kind, content: 'Đề án chuyển đổi số', votesFor, votesAgainst: 0, abstentions: 0, decision, row: 7 }),
    ],
  });
}

describe('C3 majority of all incumbent members', () => {
  it('[C3] fires when the decision says adopted with votes at exactly half of all members', () => {
    const [finding, ...rest] = runRule(c3Majority, modelWith(17, 'Hội nghị nhất trí thông qua Đề án.'));
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C3', severity: 'error', sheet: 'Nội dung', cell: 'F7' });
    expect(finding?.message).toContain('17 phiếu tán thành');
    expect(finding?.message).toContain('Tổng số ủy viên 34');
    expect(finding?.message).toContain('Quyết nghị ghi là đã thông qua');
    expect(finding?.message).toContain('cần ít nhất 18');
  });

  it('[C3] counts against all members, not those present (a majority of those present is not enough)', () => {
    expect(runRule(c3Majority, modelWith(16, 'Thông qua Đề án'))).toHaveLength(1);
  });

  it('[C3] recognises adoption words without diacritics and in capitals', () => {
    const finding = runRule(c3Majority, modelWith(10, 'HOI NGHI THONG NHAT ban hanh'))[0];
    expect(finding?.message).toContain('đã thông qua');
  });

  it('[C3] fires for an election with any decision, since the resolution would list it as adopted', () => {
    const finding = runRule(c3Majority, modelWith(12, 'Bầu đồng chí Trần Văn Cường giữ chức Phó Bí thư', 'election'))[0];
    expect(finding?.rule).toBe('C3');
    expect(finding?.message).toContain('sẽ được đưa vào nghị quyết');
  });

  it('[C3] stays silent with more than half of all members', () => {
    expect(runRule(c3Majority, modelWith(18, 'Hội nghị thông qua Đề án'))).toEqual([]);
  });

  it('[C3] stays silent when the decision says it was not adopted, or there is no decision', () => {
    expect(runRule(c3Majority, modelWith(10, 'Hội nghị không thông qua Đề án'))).toEqual([]);
    expect(runRule(c3Majority, modelWith(10, 'Chưa thống nhất, giao xây dựng lại'))).toEqual([]);
    expect(runRule(c3Majority, modelWith(10, undefined))).toEqual([]);
    expect(runRule(c3Majority, modelWith(10, '   '))).toEqual([]);
  });

  it('[C3] ignores items that are not votes or elections', () => {
    expect(runRule(c3Majority, modelWith(1, 'Thông qua', 'discussion'))).toEqual([]);
  });

  it('[C3] uses Tổng số ủy viên of the conference row before the body size', () => {
    const model = aModel({
      unit,
      conferences: [aConference({ code: 'BTV-01', body: 'standingBoard', present: 11 })],
      agendaItems: [anAgendaItem({ conferenceCode: 'btv-01', kind: 'vote', votesFor: 6, decision: 'Thông qua' })],
    });
    expect(runRule(c3Majority, model)).toEqual([]);
    const five = aModel({ ...model, agendaItems: [anAgendaItem({ conferenceCode: 'BTV-01', kind: 'vote', votesFor: 5, decision: 'Thông qua' })] });
    expect(runRule(c3Majority, five)[0]?.message).toContain('Số ủy viên Ban Thường vụ');
  });

  it('reads decisions as adopted, rejected or merely listed', () => {
    expect(decisionClaims('Hội nghị nhất trí thông qua')).toBe('adopted');
    expect(decisionClaims('Không được thông qua')).toBe('rejected');
    expect(decisionClaims('Bác bỏ đề nghị')).toBe('rejected');
    expect(decisionClaims('Giao Ban Tổ chức hoàn thiện thủ tục thông quan')).toBe('listed');
  });
});
