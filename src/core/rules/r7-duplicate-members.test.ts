import { r7DuplicateMembers } from './r7-duplicate-members';
import { aMember, aModel, runRule } from './test-builders';

const birthDate = { year: 1985, month: 4, day: 12 };

describe('R7 duplicate members', () => {
  it('[R7] fires for the same party card number twice in a year', () => {
    const model = aModel({
      members: [
        aMember({ name: 'Nguyễn Văn An', cardNumber: '79.012345', row: 3 }),
        aMember({ name: 'Nguyễn Văn Ân', cardNumber: '79 012345', row: 8 }),
      ],
    });
    const [finding, ...rest] = runRule(r7DuplicateMembers, model);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ rule: 'R7', severity: 'error', sheet: 'Đảng viên', cell: 'F8' });
    expect(finding?.message).toContain('trùng với Nguyễn Văn An (Đảng viên!F3) trong năm 2024');
  });

  it('[R7] fires for the same name and birth date', () => {
    const model = aModel({
      members: [aMember({ name: 'Trần Thị Bích', birthDate, row: 4 }), aMember({ name: 'trần thị  bích', birthDate, cardNumber: '123', row: 9 })],
    });
    const [finding] = runRule(r7DuplicateMembers, model);
    expect(finding).toMatchObject({ rule: 'R7', cell: 'C9' });
    expect(finding?.message).toContain('sinh ngày 12/04/1985, đã có ở Đảng viên!C4');
  });

  it('[R7] stays silent for namesakes with different cards or birth dates, and across years', () => {
    const model = aModel({
      members: [
        aMember({ name: 'Trần Thị Bích', birthDate, cardNumber: '001' }),
        aMember({ name: 'Trần Thị Bích', birthDate, cardNumber: '002' }),
        aMember({ name: 'Trần Thị Bích', birthDate: { ...birthDate, day: 13 } }),
        aMember({ name: 'Lê Văn Cao' }),
        aMember({ name: 'Lê Văn Cao' }),
        aMember({ year: 2025, name: 'Trần Thị Bích', birthDate, cardNumber: '001' }),
      ],
    });
    expect(runRule(r7DuplicateMembers, model)).toEqual([]);
  });
});
