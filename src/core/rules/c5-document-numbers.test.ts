import { c5DocumentNumbers } from './c5-document-numbers';
import { aConference, aModel, runRule } from './test-builders';

describe('C5 document numbers', () => {
  it('[C5] fires when two conferences use the same resolution number', () => {
    const model = aModel({
      conferences: [
        aConference({ code: 'BCH-01', resolutionNumber: 5, row: 2 }),
        aConference({ code: 'BCH-02', resolutionNumber: 7, row: 3 }),
        aConference({ code: 'BCH-03', resolutionNumber: 5, row: 4 }),
      ],
    });
    const [finding, ...rest] = runRule(c5DocumentNumbers, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'C5', severity: 'error', sheet: 'Hội nghị', cell: 'O4', fix: '8' });
    expect(finding?.message).toContain('Số nghị quyết 05 (05-NQ)');
    expect(finding?.message).toContain('hội nghị BCH-01 (Hội nghị!O2)');
  });

  it('[C5] fires for notices and minutes, and BCH and BTV share one numbering', () => {
    const model = aModel({
      conferences: [
        aConference({ code: 'BCH-01', noticeNumber: 3, minutesNumber: 1, row: 2 }),
        aConference({ code: 'BTV-01', body: 'standingBoard', noticeNumber: 3, minutesNumber: 1, row: 3 }),
      ],
    });
    const findings = runRule(c5DocumentNumbers, model);
    expect(findings.map((f) => f.cell)).toEqual(['Q3', 'S3']);
    expect(findings[0]?.message).toContain('03-TB');
    expect(findings[1]?.message).toContain('01-BB');
  });

  it('[C5] stays silent when each type numbers on its own (NQ 1 and TB 1 may coexist)', () => {
    const model = aModel({
      conferences: [
        aConference({ code: 'BCH-01', resolutionNumber: 1, noticeNumber: 1, minutesNumber: 1 }),
        aConference({ code: 'BCH-02', resolutionNumber: 2, noticeNumber: 2 }),
      ],
    });
    expect(runRule(c5DocumentNumbers, model)).toEqual([]);
  });
});
