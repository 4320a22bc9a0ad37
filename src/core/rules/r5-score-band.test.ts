import { r5ScoreBand, scoreBand } from './r5-score-band';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

const year = 2025;

describe('R5 score band', () => {
  it('[R5] fires when the rating is above the score band, proposing the band’s level', () => {
    const model = aModel({ members: [aMember({ year, name: 'Hà Văn Sơn', score: 85, finalRating: 'excellent', row: 4 })] });
    const [finding, ...rest] = runRule(r5ScoreBand, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R5', severity: 'error', sheet: 'Đảng viên', cell: 'S4', fix: 'Hoàn thành tốt nhiệm vụ' });
    expect(finding?.message).toContain('Đảng viên Hà Văn Sơn có Điểm 85 (Đảng viên!P4), thuộc khung 70 – dưới 90 điểm của mức Hoàn thành tốt nhiệm vụ');
  });

  it('[R5] fires when the rating is below a band other than excellent', () => {
    const model = aModel({
      members: [aMember({ year, score: 75, finalRating: 'complete' }), aMember({ year, score: 60, finalRating: 'incomplete' })],
    });
    expect(runRule(r5ScoreBand, model).map((f) => f.fix)).toEqual(['Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ']);
  });

  it('[R5] fires for a score of 90 or more rated complete, without proposing excellent', () => {
    const [finding] = runRule(r5ScoreBand, aModel({ members: [aMember({ year, score: 95, finalRating: 'complete' })] }));
    expect(finding?.rule).toBe('R5');
    expect(finding?.fix).toBeUndefined();
  });

  it('[R5] fires for organizations too, with decimal scores written the Vietnamese way', () => {
    const model = aModel({ organizations: [anOrganization({ year, score: 49.5, finalRating: 'complete', row: 6 })] });
    const [finding] = runRule(r5ScoreBand, model);
    expect(finding).toMatchObject({ cell: 'L6', fix: 'Không hoàn thành nhiệm vụ' });
    expect(finding?.message).toContain('Điểm 49,5');
  });

  it('[R5] stays silent on the band limits and where the sheet cannot tell', () => {
    const model = aModel({
      members: [
        aMember({ year, score: 90, finalRating: 'excellent' }),
        aMember({ year, score: 70, finalRating: 'good' }),
        aMember({ year, score: 50, finalRating: 'complete' }),
        aMember({ year, score: 0, finalRating: 'incomplete' }),
        aMember({ year, score: 96, finalRating: 'good' }),
        aMember({ year, score: 80, discipline: 'reprimand', finalRating: 'incomplete' }),
        aMember({ year, score: 80 }),
      ],
    });
    expect(runRule(r5ScoreBand, model)).toEqual([]);
  });

  it('[R5] fires for a high score rated incomplete without discipline', () => {
    expect(runRule(r5ScoreBand, aModel({ members: [aMember({ year, score: 80, finalRating: 'incomplete' })] }))).toHaveLength(1);
  });

  it('[R5] is silent before 2025, when ratings had no score', () => {
    const model = aModel({ members: [aMember({ year: 2024, score: 10, finalRating: 'excellent' })] });
    expect(runRule(r5ScoreBand, model)).toEqual([]);
    expect(runRule(r5ScoreBand, model, { year: 2024 })).toEqual([]);
    expect(r5ScoreBand.appliesToYear?.(2024)).toBe(false);
    expect(r5ScoreBand.appliesToYear?.(2025)).toBe(true);
  });

  it('maps scores to bands: ≥ 90 / 70–<90 / 50–<70 / < 50', () => {
    expect([100, 90, 89.99, 70, 69.9, 50, 49.99, 0].map(scoreBand)).toEqual([
      'excellent', 'excellent', 'good', 'good', 'complete', 'complete', 'incomplete', 'incomplete',
    ]);
  });
});
