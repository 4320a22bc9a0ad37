import { c1Attendance } from './c1-attendance';
import { aConference, aModel, aUnit, runRule } from './test-builders';

describe('C1 attendance', () => {
  it('[C1] fires when Có mặt exceeds Tổng số ủy viên typed on the row', () => {
    const model = aModel({ unit: aUnit(), conferences: [aConference({ code: 'BCH-02', totalMembers: 30, present: 32, row: 4 })] });
    const [finding, ...rest] = runRule(c1Attendance, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C1', severity: 'error', sheet: 'Hội nghị', cell: 'K4' });
    expect(finding?.message).toContain('Hội nghị!K4');
    expect(finding?.message).toContain('Có mặt 32');
    expect(finding?.message).toContain('Tổng số ủy viên 30 (Hội nghị!J4)');
    expect(finding?.messageEn).toContain('32 present');
  });

  it('[C1] fires when Có mặt exceeds the body size taken from Đơn vị', () => {
    const model = aModel({
      unit: aUnit({ standingBoardSize: 11 }),
      conferences: [aConference({ code: 'BTV-01', body: 'standingBoard', present: 12, row: 5 })],
    });
    const findings = runRule(c1Attendance, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Số ủy viên Ban Thường vụ, Đơn vị!B10');
  });

  it('[C1] fires when listed absentees plus present differ from the total', () => {
    const model = aModel({
      unit: aUnit({ executiveCommitteeSize: 34 }),
      conferences: [aConference({ present: 30, absentees: [{ name: 'Lê Văn Bình', reason: 'đi công tác' }], row: 6 })],
    });
    const [finding] = runRule(c1Attendance, model);
    expect(finding).toMatchObject({ rule: 'C1', cell: 'L6' });
    expect(finding?.message).toContain('30 đồng chí có mặt và 1 đồng chí vắng mặt');
    expect(finding?.message).toContain('cộng 31');
    expect(finding?.message).toContain('Bổ sung người vắng mặt');
  });

  it('[C1] fires when more absentees are listed than are missing', () => {
    const absentees = [{ name: 'Lê Văn Bình' }, { name: 'Phạm Thị Cúc' }];
    const model = aModel({ conferences: [aConference({ totalMembers: 10, present: 9, absentees })] });
    expect(runRule(c1Attendance, model)[0]?.message).toContain('Bớt người vắng mặt');
  });

  it('[C1] stays silent when attendance adds up, or no absentees are listed', () => {
    const model = aModel({
      unit: aUnit({ executiveCommitteeSize: 34 }),
      conferences: [
        aConference({ code: 'BCH-01', present: 33, absentees: [{ name: 'Lê Văn Bình', reason: 'ốm' }] }),
        aConference({ code: 'BCH-02', present: 34 }),
        aConference({ code: 'BCH-03', present: 20 }),
      ],
    });
    expect(runRule(c1Attendance, model)).toEqual([]);
  });

  it('[C1] stays silent when the total is unknown (V1 reports the missing size)', () => {
    const model = aModel({ conferences: [aConference({ present: 300 })] });
    expect(runRule(c1Attendance, model)).toEqual([]);
  });
});
