import { validateSnapshot } from './validate';
import type { CellValue, WorkbookSnapshot } from './workbook/snapshot';

const memberHeader = ['Năm', 'Họ và tên', 'Mã tổ chức', 'Điểm', 'Xếp loại'];
const organizations: CellValue[][] = [
  ['Năm', 'Mã tổ chức', 'Tên tổ chức đảng', 'Loại', 'Điểm', 'Xếp loại'],
  [2025, 'CB1', 'Chi bộ Văn phòng', 'Chi bộ cơ sở', 80, 'Hoàn thành tốt nhiệm vụ'],
];

function snapshot(member: CellValue[]): WorkbookSnapshot {
  return {
    sheets: [
      { name: 'Tổ chức đảng', rows: organizations, firstRow: 1, firstColumn: 1 },
      { name: 'Đảng viên', rows: [memberHeader, member], firstRow: 1, firstColumn: 1 },
    ],
  };
}

describe('validateSnapshot', () => {
  it('[V5] a score out of range is reported once, not again as a missing score (R11)', () => {
    const { findings } = validateSnapshot(snapshot([2025, 'Nguyễn Văn An', 'CB1', 105, 'Hoàn thành tốt nhiệm vụ']));
    const onScore = findings.filter((f) => f.sheet === 'Đảng viên' && f.cell === 'D2');
    expect(onScore.map((f) => f.rule)).toEqual(['V5']);
  });
  it('[V4] an unreadable rating is reported once, not again as pending (R8)', () => {
    const { findings } = validateSnapshot(snapshot([2025, 'Nguyễn Văn An', 'CB1', 80, 'Khá']));
    const onRating = findings.filter((f) => f.sheet === 'Đảng viên' && f.cell === 'E2');
    expect(onRating.map((f) => f.rule)).toEqual(['V4']);
  });
  it('[R11] a missing score is still reported', () => {
    const { findings } = validateSnapshot(snapshot([2025, 'Nguyễn Văn An', 'CB1', null, 'Hoàn thành tốt nhiệm vụ']));
    expect(findings.filter((f) => f.cell === 'D2').map((f) => f.rule)).toEqual(['R11']);
  });
  it('sorts findings in workbook order', () => {
    const { findings } = validateSnapshot(snapshot([2025, 'Nguyễn Văn An', 'CB1', 105, 'Khá']));
    const cells = findings.filter((f) => f.sheet === 'Đảng viên').map((f) => f.cell);
    expect(cells).toEqual([...cells].sort());
  });
});
