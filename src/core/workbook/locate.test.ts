import fc from 'fast-check';
import type { Finding } from '../findings';
import { type TableSheetSpec, agendaItemsSheet, conferencesSheet, membersSheet } from './contract';
import { type HeaderMatch, matchHeader } from './locate';
import { readWorkbook } from './read-workbook';
import { type CellRange, type CellValue, type SheetSnapshot, columnName, parseRange } from './snapshot';

type Row = ReadonlyArray<CellValue | undefined>;

function sheet(name: string, rows: readonly (Row | undefined)[], merges?: readonly string[]): SheetSnapshot {
  const base = { name, rows, firstRow: 1, firstColumn: 1 };
  if (merges === undefined) return base;
  return { ...base, merges: merges.map((m) => parseRange(m)).filter((r): r is CellRange => r !== undefined) };
}

function header(s: SheetSnapshot, spec: TableSheetSpec): { match: HeaderMatch; findings: Finding[] } {
  const findings: Finding[] = [];
  return { match: matchHeader(s, spec, findings), findings };
}

/** Contract field → column letter, for the columns found. */
function lettersOf(match: HeaderMatch, spec: TableSheetSpec): Record<string, string> {
  const out: Record<string, string> = {};
  spec.columns.forEach((column, index) => {
    const at = match.columns[index] ?? 0;
    if (at !== 0) out[column.field] = columnName(at);
  });
  return out;
}

const cells = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

// Đảng viên as clerks lay it out: a title, single columns merged over rows 4–5, a rating group over three columns.
const memberUpper: Row = ['STT', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức', 'Năm', 'Điểm', 'Kết quả xếp loại', null, null, 'Ghi chú'];
const memberLower: Row = [null, null, null, null, null, null, 'Tự xếp loại', 'Chi bộ đề xuất', 'Xếp loại', null];
const memberRow: Row = [1, 'Nguyễn Văn An', '12/05/1980', 'CB01', 2025, 86, 'HTTNV', 'HTTNV', 'Hoàn thành tốt nhiệm vụ', null];
const memberMerges = ['A1:J1', 'G4:I4', ...['A', 'B', 'C', 'D', 'E', 'F', 'J'].map((c) => `${c}4:${c}5`)];
const memberTitle: Row = ['DANH SÁCH ĐẢNG VIÊN XẾP LOẠI NĂM 2025'];

const oneRowMember: Row = ['STT', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức', 'Năm', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Xếp loại', 'Ghi chú'];

describe('two-row headers', () => {
  it('names each column by its lower cell, else its upper one; the group title names nothing', () => {
    const s = sheet('Đảng viên', [memberTitle, [], [], memberUpper, memberLower, memberRow], memberMerges);
    const { match, findings } = header(s, membersSheet);
    expect(findings).toEqual([]);
    expect(match).toMatchObject({ row: 4, bottom: 5, range: 'A4:J5' });
    expect(lettersOf(match, membersSheet)).toEqual({
      order: 'A', name: 'B', birthDate: 'C', organizationCode: 'D', year: 'E', score: 'F',
      selfRating: 'G', proposedRating: 'H', finalRating: 'I', note: 'J',
    });
    expect(match.labels[membersSheet.columns.findIndex((c) => c.field === 'finalRating')]).toBe('Xếp loại');
  });

  it('reads the data under it as the one-row layout does, at the real cells', () => {
    const two = readWorkbook({ sheets: [sheet('Đảng viên', [memberTitle, [], [], memberUpper, memberLower, memberRow], memberMerges)] });
    const one = readWorkbook({ sheets: [sheet('Đảng viên', [oneRowMember, memberRow])] });
    expect(two.findings).toEqual([]);
    expect(one.findings).toEqual([]);
    const [member] = two.model.members;
    expect({ ...member, source: undefined }).toEqual({ ...one.model.members[0], source: undefined });
    expect(member?.source.row).toBe(6);
    expect(member).toMatchObject({ selfRating: 'good', proposedRating: 'good', finalRating: 'good' });
  });

  it('[V1] [V4] in the data rows point at the real cells', () => {
    const bad: Row = [1, null, '12/05/1980', 'CB01', 2025, 86, 'Khá', 'HTTNV', 'HTTNV', null];
    const { findings } = readWorkbook({ sheets: [sheet('Đảng viên', [memberTitle, [], [], memberUpper, memberLower, memberRow, bad], memberMerges)] });
    expect(cells(findings)).toEqual(['V1 Đảng viên!B7', 'V4 Đảng viên!G7']);
  });

  it('is recognized without merged areas from the layout of the two rows', () => {
    const s = sheet('Đảng viên', [memberTitle, [], [], memberUpper, memberLower, memberRow]);
    const { match, findings } = header(s, membersSheet);
    expect(findings).toEqual([]);
    expect(match.bottom).toBe(5);
    expect(lettersOf(match, membersSheet)).toMatchObject({ selfRating: 'G', proposedRating: 'H', finalRating: 'I', note: 'J' });
    expect(readWorkbook({ sheets: [s] }).model.members).toHaveLength(1);
  });

  it('skips the column numbering under the two rows', () => {
    const numbering: Row = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'];
    const { model, findings } = readWorkbook({ sheets: [sheet('Đảng viên', [memberUpper, memberLower, numbering, memberRow], memberMerges.map((m) => m.replace(/4/g, '1').replace(/5/g, '2')).slice(1))] });
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.source.row)).toEqual([4]);
  });

  it('[S2] [S3] are silent for a group of vote counts; a vote row reads them', () => {
    const rows: Row[] = [
      ['Mã hội nghị', 'STT', 'Nội dung', 'Hình thức', 'Biểu quyết', null, null, 'Quyết nghị'],
      [null, null, null, null, 'Tán thành', 'Không tán thành', 'Không biểu quyết', null],
      ['BCH-01', 1, 'Thông qua nghị quyết', 'Biểu quyết', 14, 1, 0, 'Thông qua.'],
    ];
    const { model, findings } = readWorkbook({ sheets: [sheet('Nội dung', rows, ['E1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'H1:H2'])] });
    expect(findings).toEqual([]);
    expect(model.agendaItems[0]).toMatchObject({ kind: 'vote', votesFor: 14, votesAgainst: 1, abstentions: 0 });
    expect(model.agendaItems[0]?.source).toMatchObject({ row: 3, columns: { votesFor: 'E', votesAgainst: 'F', abstentions: 'G' } });
  });

  it('reads a generic sub-title with its group title ("Số ủy viên" over "Tổng số", "Có mặt")', () => {
    const rows: Row[] = [
      ['Mã HN', 'Cơ quan họp', 'Lần thứ', 'Ngày họp', 'Địa điểm', 'Chủ trì', 'Số ủy viên', null],
      [null, null, null, null, null, null, 'Tổng số', 'Có mặt'],
      ['BCH-01', 'BCH', 1, '10/07/2025', 'Hội trường', 'Trần Quốc Nam - Bí thư', 15, 14],
    ];
    const s = sheet('Hội nghị', rows, ['G1:H1']);
    const { match, findings } = header(s, conferencesSheet);
    expect(findings).toEqual([]);
    expect(lettersOf(match, conferencesSheet)).toMatchObject({ totalMembers: 'G', present: 'H' });
    expect(match.labels[conferencesSheet.columns.findIndex((c) => c.field === 'totalMembers')]).toBe('Tổng số (Số ủy viên)');
    expect(readWorkbook({ sheets: [s] }).model.conferences[0]).toMatchObject({ totalMembers: 15, present: 14 });
  });

  it.each([
    ['Xếp loại', ['Tự xếp loại', 'Đề xuất', 'Chính thức'], ['selfRating', 'proposedRating', 'finalRating']],
    ['Nghị quyết', ['Số', 'Ngày'], ['resolutionNumber', 'resolutionDate']],
    ['Giờ', ['Bắt đầu', 'Kết thúc'], ['startTime', 'endTime']],
  ] as const)('joins the group title "%s" with its sub-titles %j', (group, subs, fields) => {
    const spec = group === 'Xếp loại' ? membersSheet : conferencesSheet;
    const singles = spec === membersSheet ? ['Năm', 'Họ và tên', 'Mã tổ chức'] : ['Mã HN', 'Cơ quan họp', 'Lần thứ', 'Ngày họp', 'Địa điểm', 'Chủ trì', 'Có mặt'];
    const rows: Row[] = [
      [...singles, group, ...subs.slice(1).map(() => null)],
      [...singles.map(() => null), ...subs],
    ];
    const { match, findings } = header(sheet(spec.name, rows), spec);
    expect(findings).toEqual([]);
    const letters = lettersOf(match, spec);
    expect(fields.map((f) => letters[f])).toEqual(subs.map((_, i) => columnName(singles.length + 1 + i)));
  });

  it('sub-titles it does not know under a merged group title are headers, not a row of invalid ratings', () => {
    const upper: Row = ['Năm', 'Họ và tên', 'Mã tổ chức', 'Kết quả xếp loại', null, null];
    const lower: Row = [null, null, null, 'Năm 2023', 'Năm 2024', 'Năm 2025'];
    const data: Row = [2025, 'Nguyễn Văn An', 'CB01', 'HTT', 'HTT', 'HTXS'];
    const merged = sheet('Đảng viên', [upper, lower, data], ['D1:F1', 'A1:A2', 'B1:B2', 'C1:C2']);
    const { match } = header(merged, membersSheet);
    expect(match.bottom).toBe(2);
    expect(lettersOf(match, membersSheet)).toEqual({ year: 'A', name: 'B', organizationCode: 'C' });
    const { model, findings } = readWorkbook({ sheets: [merged] });
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.source.row)).toEqual([3]);
  });

  it('[S2] names both header rows; [S3] names the real cells of a two-row header', () => {
    const upper: Row = ['STT', 'Nội dung', 'Hình thức', 'Người trình bày', 'Biểu quyết', null, null, 'Quyết nghị', 'Tán thành'];
    const lower: Row = [null, null, null, null, 'Tán thành', 'Không tán thành', 'Không biểu quyết', null, null];
    const { findings } = header(sheet('Nội dung', [upper, lower], ['E1:G1']), agendaItemsSheet);
    expect(cells(findings)).toEqual(['S3 Nội dung!I1', 'S2 Nội dung!A1:I2']);
    expect(findings[0]?.message).toContain('Nội dung!E2');
  });
});

describe('two-row headers: a one-row header keeps its first data row', () => {
  it('a data row with a header word in it is data (its key cells hold values)', () => {
    const upper: Row = ['Năm', 'Họ và tên', 'Mã tổ chức', 'Xếp loại', 'Ghi chú'];
    const rows: Row[] = [upper, [2025, 'Nguyễn Văn An', 'CB01', 'HTTNV', 'Tự xếp loại'], [2025, 'Lê Thị Bình', 'CB01', 'HTNV', null]];
    const { match } = header(sheet('Đảng viên', rows), membersSheet);
    expect(match.bottom).toBe(1);
    expect(readWorkbook({ sheets: [sheet('Đảng viên', rows)] }).model.members.map((m) => m.source.row)).toEqual([2, 3]);
  });

  it('a data row under a header cell merged across columns is data', () => {
    const rows: Row[] = [
      ['Năm', 'Họ và tên', null, 'Mã tổ chức', 'Xếp loại'],
      [2025, 'Nguyễn Văn An', 'Chi bộ đề xuất', 'CB01', 'HTTNV'],
    ];
    const { match } = header(sheet('Đảng viên', rows, ['B1:C1']), membersSheet);
    expect(match.bottom).toBe(1);
    expect(lettersOf(match, membersSheet)).toEqual({ year: 'A', name: 'B', organizationCode: 'D', finalRating: 'E' });
  });

  it('a data row under a key title merged across two columns is data, whatever its cells say', () => {
    const rows: Row[] = [
      ['Năm', 'Họ và tên', null, 'Mã tổ chức', 'Xếp loại'],
      [null, 'Nguyễn Văn An', 'Tự xếp loại', null, null],
    ];
    expect(header(sheet('Đảng viên', rows, ['B1:C1']), membersSheet).match.bottom).toBe(1);
  });

  it('a row of sub-titles that adds no column is not a second header', () => {
    const rows: Row[] = [oneRowMember, [null, null, null, null, null, null, 'Tự xếp loại', null, null, null], memberRow];
    const { match } = header(sheet('Đảng viên', rows), membersSheet);
    expect(match).toMatchObject({ bottom: 1, range: 'A1:J1' });
  });

  it('a title row above the header that holds a header word is not its upper row', () => {
    const rows: Row[] = [['Ghi chú:', 'Xếp loại năm 2025'], oneRowMember, memberRow];
    const { match, findings } = header(sheet('Đảng viên', rows, ['B1:J1']), membersSheet);
    expect(findings).toEqual([]);
    expect(match).toMatchObject({ row: 2, bottom: 2, range: 'A2:J2' });
  });

  it('the column numbering is not a second header', () => {
    const rows: Row[] = [oneRowMember, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], memberRow];
    const { match } = header(sheet('Đảng viên', rows), membersSheet);
    expect(match.bottom).toBe(1);
    expect(readWorkbook({ sheets: [sheet('Đảng viên', rows)] }).model.members.map((m) => m.source.row)).toEqual([3]);
  });

  it('a first data row is never taken for a header when its key cells are not header texts (property)', () => {
    const headerTexts = membersSheet.columns.flatMap((c) => [c.header, ...(c.synonyms ?? [])]);
    const value = fc.oneof(fc.constantFrom<CellValue>(...headerTexts, null, 'HTTNV', 'x'), fc.string({ maxLength: 8 }), fc.integer());
    const key = fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('Nguyễn Văn An', 'CB01', 'Trần Thị B'));
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.array(value, { minLength: 10, maxLength: 10 }), key, (keep, values, k) => {
        const upper = oneRowMember.map((h, i) => (keep[i] === true || i === 1 || i === 3 || i === 4 ? h : 'Cột khác'));
        const data = values.map((v, i) => (i === 1 || i === 3 || i === 4 ? k : v));
        const { match } = header(sheet('Đảng viên', [upper, data]), membersSheet);
        expect(match.bottom).toBe(1);
      }),
    );
  });

  it('any grouping of adjacent columns under untitled groups reads as the one-row layout (property)', () => {
    const headers = agendaItemsSheet.columns.map((c) => c.header);
    const data: Row = ['BCH-01', 1, 'Thông qua nghị quyết', 'Biểu quyết', 'Văn phòng', 14, 1, 0, 'Thông qua.'];
    const one = readWorkbook({ sheets: [sheet('Nội dung', [headers, data])] });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), fc.boolean(), (widths, withMerges) => {
        const upper: (CellValue | undefined)[] = [];
        const lower: (CellValue | undefined)[] = [];
        const merges: string[] = [];
        for (let start = 0; start < headers.length; ) {
          const width = Math.min(widths[start] ?? 1, headers.length - start);
          if (width === 1) {
            upper.push(headers[start]);
            lower.push(null);
            merges.push(`${columnName(start + 1)}1:${columnName(start + 1)}2`);
          } else {
            upper.push(`Nhóm ${start}`, ...new Array<null>(width - 1).fill(null));
            lower.push(...headers.slice(start, start + width));
            merges.push(`${columnName(start + 1)}1:${columnName(start + width)}1`);
          }
          start += width;
        }
        const two = readWorkbook({ sheets: [sheet('Nội dung', [upper, lower, data], withMerges ? merges : undefined)] });
        expect(two.findings).toEqual([]);
        expect(two.model.agendaItems.map((i) => ({ ...i, source: undefined }))).toEqual(one.model.agendaItems.map((i) => ({ ...i, source: undefined })));
        expect(two.model.agendaItems[0]?.source.row).toBe(3);
      }),
    );
  });
});
