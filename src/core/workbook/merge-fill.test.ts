import fc from 'fast-check';
import type { Finding } from '../findings';
import { MergeFill } from './merge-fill';
import { readWorkbook } from './read-workbook';
import { type CellRange, type CellValue, type SheetSnapshot, parseRange } from './snapshot';

type Row = ReadonlyArray<CellValue | undefined>;

function sheet(name: string, rows: readonly (Row | undefined)[], merges: readonly string[], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const ranges = merges.map((m) => parseRange(m)).filter((r): r is CellRange => r !== undefined);
  return { name, rows, firstRow: 1, firstColumn: 1, merges: ranges, ...extra };
}

const cells = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const agendaHeaders = ['Mã HN', 'STT', 'Nội dung', 'Hình thức'];

describe('parseRange', () => {
  it.each([
    ['A5:A7', { top: 5, left: 1, bottom: 7, right: 1 }],
    ['$B$9:$C$12', { top: 9, left: 2, bottom: 12, right: 3 }],
    ['AA3', { top: 3, left: 27, bottom: 3, right: 27 }],
    ['C7:A5', { top: 5, left: 1, bottom: 7, right: 3 }],
  ] as const)('%s', (text, range) => {
    expect(parseRange(text)).toEqual(range);
  });

  it.each(['', 'A0:A3', '5:7', 'A:A', 'Sheet1!A1', 'A1:'])('%j is not a range', (text) => {
    expect(parseRange(text)).toBeUndefined();
  });
});

describe('MergeFill: vertical merges in data rows', () => {
  it('fills the covered cells of the top-left column from its value, and only those', () => {
    const s = sheet('Nội dung', [agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b'], [undefined, 3, 'c'], ['BTV-01', 1, 'd']], ['A2:A4']);
    const fill = MergeFill.below(s, 1);
    expect(fill).toBeDefined();
    expect(fill?.apply(s.rows[1] ?? [], 2)).toBe(s.rows[1]);
    expect(fill?.apply(s.rows[2] ?? [], 3)).toEqual(['BCH-01', 2, 'b']);
    expect(fill?.apply(s.rows[3] ?? [], 4)).toEqual(['BCH-01', 3, 'c']);
    expect(fill?.apply(s.rows[4] ?? [], 5)).toBe(s.rows[4]);
    // The snapshot itself is never written to.
    expect(s.rows[2]).toEqual([null, 2, 'b']);
  });

  it('does not fill the horizontal spread of a merge (A2:C4 fills A3 and A4, not B or C)', () => {
    const s = sheet('Nội dung', [agendaHeaders, ['BCH-01', null, null, 'x'], [null, null, null, 'y'], [null, null, null, 'z']], ['A2:C4']);
    const fill = MergeFill.below(s, 1);
    expect(fill?.apply(s.rows[2] ?? [], 3)).toEqual(['BCH-01', null, null, 'y']);
    expect(fill?.apply(s.rows[3] ?? [], 4)).toEqual(['BCH-01', null, null, 'z']);
  });

  it('leaves merges that reach the header row or above, one-row merges and empty top-left cells', () => {
    const rows: Row[] = [['Sổ theo dõi'], agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b'], ['  ', 3, 'c'], [null, 4, 'd']];
    expect(MergeFill.below(sheet('Nội dung', rows, ['A1:A4', 'B2:B4', 'A3:D3', 'A5:A6']), 2)).toBeUndefined();
    expect(MergeFill.below(sheet('Nội dung', rows, []), 2)).toBeUndefined();
    expect(MergeFill.below({ name: 'Nội dung', rows, firstRow: 1, firstColumn: 1 }, 2)).toBeUndefined();
  });

  it('two merges in one column, rows skipped and rows with no cells at all', () => {
    const s = sheet('Nội dung', [agendaHeaders, ['BCH-01', 1], [null, 2], [null, 3], ['BTV-01', 1], undefined, [null, 3], [null, 4]], ['A2:A4', 'A5:A7']);
    const fill = MergeFill.below(s, 1);
    const read = (row: number): Row | undefined => fill?.apply(s.rows[row - 1] ?? [], row);
    expect([read(3), read(4), read(7), read(8)]).toEqual([['BCH-01', 2], ['BCH-01', 3], ['BTV-01', 3], [null, 4]]);
  });

  it('property: a covered cell reads its merge top-left value in that column, every other cell its own', () => {
    // Disjoint vertical strips in column 1 and 3 of a 40-row sheet, some of their top-left cells empty.
    const strip = fc.record({ top: fc.integer({ min: 2, max: 38 }), height: fc.integer({ min: 1, max: 6 }), column: fc.constantFrom(1, 3), empty: fc.boolean() });
    fc.assert(
      fc.property(fc.array(strip, { maxLength: 8 }), (strips) => {
        const taken = new Set<string>();
        const merges: CellRange[] = [];
        const rows: Array<Array<CellValue | undefined>> = Array.from({ length: 40 }, (_, r) => [`a${r + 1}`, `b${r + 1}`, `c${r + 1}`]);
        for (const s of strips) {
          const bottom = Math.min(40, s.top + s.height);
          const keys = Array.from({ length: bottom - s.top + 1 }, (_, i) => `${s.column}:${s.top + i}`);
          if (keys.some((k) => taken.has(k))) continue;
          keys.forEach((k) => taken.add(k));
          merges.push({ top: s.top, left: s.column, bottom, right: s.column });
          for (let r = s.top; r <= bottom; r++) {
            const row = rows[r - 1];
            if (row !== undefined) row[s.column - 1] = r === s.top && !s.empty ? `top${s.top}` : null;
          }
        }
        const snapshot: SheetSnapshot = { name: 'x', rows, firstRow: 1, firstColumn: 1, merges };
        const fill = MergeFill.below(snapshot, 1);
        for (let r = 2; r <= 40; r++) {
          const own = rows[r - 1] ?? [];
          const read = fill === undefined ? own : fill.apply(own, r);
          for (let c = 1; c <= 3; c++) {
            const merge = merges.find((m) => m.left === c && r > m.top && r <= m.bottom);
            const expected = merge === undefined ? own[c - 1] : (rows[merge.top - 1]?.[c - 1] ?? null);
            expect(read[c - 1] ?? null).toEqual(expected ?? null);
          }
        }
      }),
    );
  });
});

describe('reading a workbook with merged key cells', () => {
  it('Mã HN merged over each conference’s items: every item has its code, no finding', () => {
    const rows: Row[] = [
      agendaHeaders,
      ['BCH-01', 1, 'Báo cáo sơ kết', 'Báo cáo'],
      [null, 2, 'Phương hướng', 'Thảo luận'],
      [null, 3, 'Công tác cán bộ', 'Thảo luận'],
      ['BTV-01', 1, 'Kiểm tra', 'Thảo luận'],
      [null, 2, 'Giám sát', 'Thảo luận'],
    ];
    const { model, findings } = readWorkbook({ sheets: [sheet('Nội dung', rows, ['A2:A4', 'A5:A6'])] });
    expect(findings).toEqual([]);
    expect(model.agendaItems.map((i) => [i.conferenceCode, i.order, i.source.row])).toEqual([
      ['BCH-01', 1, 2],
      ['BCH-01', 2, 3],
      ['BCH-01', 3, 4],
      ['BTV-01', 1, 5],
      ['BTV-01', 2, 6],
    ]);
  });

  it('without its merges the same sheet gives V1 for every covered cell (what the fill repairs)', () => {
    const rows: Row[] = [agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b'], [null, 3, 'c']];
    expect(cells(readWorkbook({ sheets: [sheet('Nội dung', rows, [])] }).findings)).toEqual(['V1 Nội dung!A3', 'V1 Nội dung!A4']);
  });

  it('a bad merged value is reported once, at the top-left cell the clerk fixes, not again at each covered cell', () => {
    const headers = ['Năm', 'Họ và tên', 'Mã tổ chức'];
    const rows: Row[] = [headers, ['2O25', 'Nguyễn Văn An', 'CB01'], [null, 'Trần Thị Bình', 'CB01'], [null, 'Lê Văn Cường', 'CB02']];
    const { model, findings } = readWorkbook({ sheets: [sheet('Đảng viên', rows, ['A2:A4'])] });
    expect(cells(findings)).toEqual(['V3 Đảng viên!A2']);
    expect(model.members).toEqual([]);
  });

  it('findings of a covered row about its own cells stay, at their own addresses', () => {
    const headers = ['Năm', 'Họ và tên', 'Mã tổ chức', 'Ngày sinh'];
    const rows: Row[] = [headers, [2025, 'Nguyễn Văn An', 'CB01', '01/01/1980'], [null, 'Trần Thị Bình', 'CB01', '31/02/1990'], [null, 'Lê Văn Cường', null, '02/02/1985']];
    const { findings } = readWorkbook({ sheets: [sheet('Đảng viên', rows, ['A2:A4'])] });
    expect(cells(findings)).toEqual(['V2 Đảng viên!D3', 'V1 Đảng viên!C4']);
  });

  it('Năm and Mã tổ chức merged over blocks of members, on a sheet that starts below a title', () => {
    const headers = ['Năm', 'Họ và tên', 'Mã tổ chức'];
    const rows: Row[] = [
      ['DANH SÁCH ĐẢNG VIÊN'],
      headers,
      [2025, 'Nguyễn Văn An', 'CB01'],
      [null, 'Trần Thị Bình', null],
      [null, 'Lê Văn Cường', 'CB02'],
      [null, 'Phạm Thị Dung', null],
    ];
    const s = sheet('Đảng viên', rows, ['A1:C1', 'A3:A6', 'C3:C4', 'C5:C6']);
    const { model, findings } = readWorkbook({ sheets: [s] });
    expect(findings).toEqual([]);
    expect(model.members.map((m) => [m.year, m.name, m.organizationCode])).toEqual([
      [2025, 'Nguyễn Văn An', 'CB01'],
      [2025, 'Trần Thị Bình', 'CB01'],
      [2025, 'Lê Văn Cường', 'CB02'],
      [2025, 'Phạm Thị Dung', 'CB02'],
    ]);
  });

  it('a merge over the header row changes neither the header found nor the data under it', () => {
    const rows: Row[] = [agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b']];
    const merged = readWorkbook({ sheets: [sheet('Nội dung', [['SỔ NỘI DUNG'], ...rows], ['A1:A2', 'A1:A4'])] });
    const plain = readWorkbook({ sheets: [sheet('Nội dung', [['SỔ NỘI DUNG'], ...rows], [])] });
    expect(cells(merged.findings)).toEqual(['V1 Nội dung!A4']);
    expect(merged).toEqual(plain);
  });

  it('a merged key over rows with nothing else is a blank line of the block, not a record', () => {
    const rows: Array<Row | undefined> = [agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b'], undefined, [null, null, null, null]];
    const { model, findings } = readWorkbook({ sheets: [sheet('Nội dung', rows, ['A2:A5'])] });
    expect(findings).toEqual([]);
    expect(model.agendaItems.map((i) => i.conferenceCode)).toEqual(['BCH-01', 'BCH-01']);
  });

  it('a merge whose top-left cell is empty leaves its cells empty (V1 at each)', () => {
    const rows: Row[] = [agendaHeaders, [null, 1, 'a'], [null, 2, 'b']];
    expect(cells(readWorkbook({ sheets: [sheet('Nội dung', rows, ['A2:A3'])] }).findings)).toEqual(['V1 Nội dung!A2', 'V1 Nội dung!A3']);
  });

  it('a sheet that starts in a later column: the merge is placed by absolute column', () => {
    const rows: Row[] = [agendaHeaders, ['BCH-01', 1, 'a'], [null, 2, 'b']];
    const { model, findings } = readWorkbook({ sheets: [sheet('Nội dung', rows, ['C2:C3'], { firstColumn: 3, firstRow: 4 })] });
    // Rows 4–6, columns C–F: the merge C2:C3 lies above the header (row 4) and is left alone.
    expect(cells(findings)).toEqual(['V1 Nội dung!C6']);
    const shifted = readWorkbook({ sheets: [sheet('Nội dung', rows, ['C5:C6'], { firstColumn: 3, firstRow: 4 })] });
    expect(shifted.findings).toEqual([]);
    expect(shifted.model.agendaItems.map((i) => i.conferenceCode)).toEqual(['BCH-01', 'BCH-01']);
    expect(model.agendaItems).toHaveLength(1);
  });
});
