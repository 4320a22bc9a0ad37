import { c2Quorum } from './c2-quorum';
import { aConference, aModel, aUnit, runRule } from './test-builders';

describe('C2 quorum', () => {
  it('[C2] fires below two thirds of all members', () => {
    const model = aModel({ unit: aUnit({ executiveCommitteeSize: 34 }), conferences: [aConference({ present: 22, row: 3 })] });
    const [finding, ...rest] = runRule(c2Quorum, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C2', severity: 'warning', sheet: 'Hội nghị', cell: 'K3' });
    expect(finding?.message).toContain('22 đồng chí có mặt, dưới tỷ lệ tối thiểu 2/3');
    expect(finding?.message).toContain('cần ít nhất 23');
  });

  it('[C2] stays silent at exactly two thirds (2/3 × 30 = 20 despite floating point)', () => {
    const model = aModel({ conferences: [aConference({ totalMembers: 30, present: 20 })] });
    expect(runRule(c2Quorum, model)).toEqual([]);
  });

  it('[C2] uses the quorum of Đơn vị before the setting', () => {
    const model = aModel({ unit: aUnit({ quorum: 0.5 }), conferences: [aConference({ totalMembers: 30, present: 15 })] });
    expect(runRule(c2Quorum, model)).toEqual([]);
    expect(runRule(c2Quorum, aModel({ conferences: model.conferences }), { settings: { quorum: 0.75 } })[0]?.message).toContain(
      'tỷ lệ tối thiểu 3/4',
    );
  });
});
