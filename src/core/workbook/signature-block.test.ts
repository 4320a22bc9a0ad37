import fc from 'fast-check';
import type { Finding } from '../findings';
import { agendaItemsSheet, membersSheet } from './contract';
import { readWorkbook } from './read-workbook';
import { isSignatureMarker } from './signature-block';
import type { CellRange, CellValue, SheetSnapshot } from './snapshot';

type Row = ReadonlyArray<CellValue | undefined>;
type Values = Readonly<Record<string, CellValue>>;

const memberHeaders = membersSheet.columns.map((column) => column.header);
const agendaHeaders = agendaItemsSheet.columns.map((column) => column.header);
const rowOf = (headers: readonly string[], values: Values): Row => headers.map((header) => values[header] ?? null);

const member = (name: string, extra: Values = {}): Values => ({
  Năm: 2025,
  'Họ và tên': name,
  'Ngày sinh': new Date(Date.UTC(1980, 4, 12)),
  'Mã tổ chức': 'CB01',
  Điểm: 85,
  'Xếp loại': 'Hoàn thành tốt nhiệm vụ',
  ...extra,
});

// As clerks type it under the last member (rows 4–11 under two members): date line, authorities, signers.
const memberSignature: readonly Values[] = [
  {},
  { 'Xếp loại': 'Khánh Hòa, ngày 15 tháng 12 năm 2025' },
  { 'Họ và tên': 'NGƯỜI LẬP BIỂU', 'Xếp loại': 'T/M CHI ỦY' },
  { 'Xếp loại': 'BÍ THƯ' },
  { 'Họ và tên': '(Ký, ghi rõ họ tên)', 'Xếp loại': '(Ký, ghi rõ họ tên)' },
  {},
  {},
  { 'Họ và tên': 'Nguyễn Văn An', 'Xếp loại': 'Trần Thị Bình' },
];

function membersSnapshot(rows: readonly Values[], merges?: readonly CellRange[]): SheetSnapshot {
  return {
    name: 'Đảng viên',
    rows: [memberHeaders, ...rows.map((values) => rowOf(memberHeaders, values))],
    firstRow: 1,
    firstColumn: 1,
    ...(merges === undefined ? {} : { merges }),
  };
}

function readMembers(rows: readonly Values[], merges?: readonly CellRange[]): { names: string[]; findings: string[] } {
  const { model, findings } = readWorkbook({ sheets: [membersSnapshot(rows, merges)] });
  return { names: model.members.map((m) => m.name), findings: findings.map(cellOf) };
}

const cellOf = (f: Finding): string => `${f.rule} ${f.sheet}!${f.cell}`;

// What the block gives when read as data (the reader before signature blocks): V1 Năm/Họ và tên/Mã tổ chức, V4 Xếp loại.
const blockAsData = (top: number): string[] =>
  [[2, 'ACGS'], [3, 'AGS'], [4, 'ACGS'], [5, 'AGS'], [8, 'AGS']].flatMap(([offset, letters]) =>
    [...String(letters)].map((letter) => `${letter === 'S' ? 'V4' : 'V1'} Đảng viên!${letter}${top + Number(offset)}`),
  );

describe('isSignatureMarker', () => {
  it.each([
    'T/M CHI ỦY',
    'TM. ĐẢNG ỦY',
    't/m ban thường vụ',
    'K/T BÍ THƯ',
    'KT. BÍ THƯ',
    'T/L BAN THƯỜNG VỤ',
    'BÍ THƯ',
    'PHÓ BÍ THƯ',
    'BÍ THƯ:',
    'NGƯỜI LẬP BIỂU',
    'Người lập',
    'NGƯỜI GHI BIÊN BẢN',
    '(Ký, ghi rõ họ tên)',
    '(Đã ký)',
    '(ký tên, đóng dấu)',
    'Ký tên',
    'Ký, ghi rõ họ tên',
    'XÁC NHẬN CỦA CHI ỦY',
    'THỦ TRƯỞNG CƠ QUAN',
    'Nơi nhận:',
    'Khánh Hòa, ngày 15 tháng 12 năm 2025',
    ', ngày … tháng … năm 2025',
    '…, ngày     tháng     năm 2025',
    'Khánh Hòa, ngày 15 tháng 12 năm 2025'.normalize('NFD'),
  ])('%s is a marker', (text) => expect(isSignatureMarker(text)).toBe(true));

  it.each([
    'Bí thư',
    'Phó Bí thư Chi bộ',
    'BÍ THƯ CHI BỘ VĂN PHÒNG',
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Hoàn thành tốt nhiệm vụ',
    'ngày 5 tháng 10 năm 2022',
    '15/12/2025',
    'Tâm',
    'TM',
    'CB-VP',
    'Khánh Hòa',
    '',
  ])('%s is not a marker', (text) => expect(isSignatureMarker(text)).toBe(false));
});

describe('a signature block typed under the table', () => {
  it('on Đảng viên: skipped, no finding, the members only', () => {
    const { names, findings } = readMembers([member('Lê Văn Bình'), member('Ngô Thị Mai'), ...memberSignature]);
    expect(findings).toEqual([]);
    expect(names).toEqual(['Lê Văn Bình', 'Ngô Thị Mai']);
  });

  it('on Nội dung: skipped, no finding', () => {
    const item = (content: string): Values => ({ 'Mã hội nghị': 'BCH-01', 'Nội dung': content, 'Hình thức': 'Thảo luận' });
    const rows: Values[] = [
      item('Báo cáo tình hình 6 tháng đầu năm'),
      item('Phương hướng 6 tháng cuối năm'),
      {},
      { 'Quyết nghị': 'Khánh Hòa, ngày 15 tháng 12 năm 2025' },
      { 'Nội dung': 'NGƯỜI GHI BIÊN BẢN', 'Quyết nghị': 'CHỦ TRÌ HỘI NGHỊ' },
      { 'Nội dung': '(Ký, ghi rõ họ tên)', 'Quyết nghị': '(Ký, ghi rõ họ tên)' },
      {},
      { 'Nội dung': 'Phạm Thị Thu Hà', 'Quyết nghị': 'Trần Quốc Nam' },
    ];
    const sheet: SheetSnapshot = { name: 'Nội dung', rows: [agendaHeaders, ...rows.map((r) => rowOf(agendaHeaders, r))], firstRow: 1, firstColumn: 1 };
    const { model, findings } = readWorkbook({ sheets: [sheet] });
    expect(findings).toEqual([]);
    expect(model.agendaItems.map((i) => i.content)).toEqual(['Báo cáo tình hình 6 tháng đầu năm', 'Phương hướng 6 tháng cuối năm']);
  });

  it('after a totals line and with the authority in an extra column', () => {
    const extra = memberHeaders.length;
    const rows = [member('Lê Văn Bình'), { 'Họ và tên': 'Tổng cộng', Điểm: 85 }, {}, { 'Họ và tên': 'NGƯỜI LẬP' }, {}, { 'Họ và tên': 'Nguyễn Văn An' }];
    const sheet = membersSnapshot(rows);
    const withExtra: SheetSnapshot = { ...sheet, rows: sheet.rows.map((cells, r) => (r === 3 ? [...(cells ?? []), 'T/M CHI ỦY'] : cells)) };
    expect(withExtra.rows[3]?.[extra]).toBe('T/M CHI ỦY');
    const { model, findings } = readWorkbook({ sheets: [withExtra] });
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.name)).toEqual(['Lê Văn Bình']);
  });

  it('[V1] without a marker, the rows under the table stay data', () => {
    const { names, findings } = readMembers([member('Lê Văn Bình'), {}, { 'Họ và tên': 'Nguyễn Văn An', 'Xếp loại': 'Trần Thị Bình' }]);
    expect(names).toEqual(['Lê Văn Bình']);
    expect(findings).toEqual(['V1 Đảng viên!A4', 'V1 Đảng viên!G4', 'V4 Đảng viên!S4']);
  });

  it('[V1] a block right under the data, with no empty row between, stays data', () => {
    const { findings } = readMembers([member('Lê Văn Bình'), ...memberSignature.slice(1)]);
    expect(findings).toEqual(blockAsData(1));
  });

  it.each<readonly [string, Values]>([
    ['a year in Năm', { Năm: 2025, 'Họ và tên': 'Lê Văn Cường' }],
    ['a code in Mã tổ chức', { 'Họ và tên': 'Lê Văn Cường', 'Mã tổ chức': 'CB01' }],
    ['a date in Ngày sinh', { 'Họ và tên': 'Lê Văn Cường', 'Ngày sinh': '05/10/1980' }],
    ['a score', { 'Họ và tên': 'Lê Văn Cường', Điểm: '85' }],
    ['a rating', { 'Họ và tên': 'Lê Văn Cường', 'Tự xếp loại': 'HTTNV' }],
    ['a gender', { 'Họ và tên': 'Lê Văn Cường', 'Giới tính': 'Nam' }],
    ['a formula error', { 'Họ và tên': 'Lê Văn Cường', STT: { error: '#REF!' } }],
  ])('[V1] a block with a marker and a row holding %s stays data', (_what, values) => {
    const rows = [member('Lê Văn Bình'), ...memberSignature.slice(0, 5), values, ...memberSignature.slice(5)];
    const { findings } = readMembers(rows);
    // The date line (row 4) and the signers (row 11) are read as data again.
    expect(findings).toEqual(expect.arrayContaining(['V1 Đảng viên!A4', 'V4 Đảng viên!S4', 'V1 Đảng viên!A11', 'V4 Đảng viên!S11']));
  });

  it('a real member typed below the block is read, and so is the block', () => {
    const rows = [member('Lê Văn Bình'), ...memberSignature, {}, member('Lê Văn Cường')];
    const { names, findings } = readMembers(rows);
    expect(names).toEqual(['Lê Văn Bình', 'Lê Văn Cường']);
    expect(findings).toEqual(blockAsData(2));
  });

  it('[V1] a signature block in the middle, followed by data, stays data', () => {
    const rows = [member('Lê Văn Bình'), ...memberSignature, {}, member('Lê Văn Cường'), member('Ngô Thị Mai')];
    const { names, findings } = readMembers(rows);
    expect(names).toEqual(['Lê Văn Bình', 'Lê Văn Cường', 'Ngô Thị Mai']);
    expect(findings).toEqual(blockAsData(2));
  });

  it('filled rows right under the data stay data; the block opens after the empty row', () => {
    const rows = [member('Lê Văn Bình'), { 'Họ và tên': 'Lê Văn Cường' }, ...memberSignature];
    const { names, findings } = readMembers(rows);
    expect(names).toEqual(['Lê Văn Bình']);
    expect(findings).toEqual(['V1 Đảng viên!A3', 'V1 Đảng viên!G3']);
  });

  it('merged cells in the block (authority across columns, signer down two rows) change nothing', () => {
    const rows = [member('Lê Văn Bình', { Năm: 2025 }), member('Ngô Thị Mai', { Năm: null }), ...memberSignature];
    const merges: CellRange[] = [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 4 + 2, left: 17, bottom: 4 + 2, right: 19 },
      { top: 4 + 3, left: 19, bottom: 4 + 4, right: 20 },
      { top: 4 + 7, left: 3, bottom: 4 + 8, right: 3 },
    ];
    expect(readMembers(rows, merges)).toEqual({ names: ['Lê Văn Bình', 'Ngô Thị Mai'], findings: [] });
    expect(readMembers(rows).findings).toEqual(['V1 Đảng viên!A3']);
  });

  it('a row holding a key value anywhere after the gap keeps the whole block as data (property)', () => {
    const key = fc.constantFrom<Values>({ Năm: 2024 }, { 'Mã tổ chức': 'CB02' }, { 'Ngày vào Đảng': '19/05/2008' }, { Điểm: 70 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: memberSignature.length }), key, (at, values) => {
        const rows = [member('Lê Văn Bình'), ...memberSignature.slice(0, at), { 'Họ và tên': 'Lê Văn Cường', ...values }, ...memberSignature.slice(at)];
        const { findings } = readMembers(rows);
        const typedRow = 3 + at;
        return findings.some((f) => f.startsWith('V4')) && findings.some((f) => f.startsWith('V1') && f.endsWith(`${typedRow}`));
      }),
    );
  });
});
