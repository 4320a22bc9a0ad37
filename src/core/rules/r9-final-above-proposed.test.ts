import { r9FinalAboveProposed } from './r9-final-above-proposed';
import { aMember, aModel, anOrganization, runRule } from './test-builders';

describe('R9 final above proposed', () => {
  it('[R9] warns when the final rating is above the proposed one', () => {
    const model = aModel({
      members: [aMember({ name: 'Mai Văn Phúc', proposedRating: 'good', finalRating: 'excellent', row: 6 })],
      organizations: [anOrganization({ proposedRating: 'complete', finalRating: 'good', row: 2 })],
    });
    const findings = runRule(r9FinalAboveProposed, model);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['R9', 'warning', 'S6'],
      ['R9', 'warning', 'L2'],
    ]);
    expect(findings[0]?.message).toContain('cao hơn mức đề xuất Hoàn thành tốt nhiệm vụ (Đảng viên!R6)');
  });

  it('[R9] stays silent when the final rating is at or below the proposal, or one is missing', () => {
    const model = aModel({
      members: [
        aMember({ proposedRating: 'good', finalRating: 'good' }),
        aMember({ proposedRating: 'excellent', finalRating: 'good' }),
        aMember({ finalRating: 'excellent' }),
        aMember({ proposedRating: 'complete' }),
      ],
    });
    expect(runRule(r9FinalAboveProposed, model)).toEqual([]);
  });
});
