// Files that are not sound workbooks (S4) and readable workbooks with hostile cells, through the real reader.
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../src/core/findings';
import { validateSnapshot } from '../src/core/validate';
import { cellAt, type WorkbookSnapshot } from '../src/core/workbook/snapshot';
import { maxCellTextLength, readSnapshotFromBuffer, readSnapshotFromStream, type ReadSnapshotOptions, type ReadSnapshotResult } from '../src/xlsx/read-snapshot';
import { readSnapshotWithExcelJs } from '../src/xlsx/read-snapshot-exceljs';
import { excelCellLimit } from './fixtures/bad-inputs';
import { numberCell, rawXlsx } from './fixtures/fixture-builders';

const bad = join(__dirname, 'fixtures', 'bad');

async function read(file: string): Promise<ReadSnapshotResult> {
  return readSnapshotFromStream(createReadStream(join(bad, file)));
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const result = await read(file);
  if (result.snapshot === undefined) throw new Error(`${file}: ${result.problem?.messageEn ?? 'no snapshot'}`);
  return result.snapshot;
}

const triple = (f: Finding): string => [f.rule, f.severity, `${f.sheet}!${f.cell}`, ...(f.fix === undefined ? [] : [f.fix])].join(' · ');

describe('[S4] unreadable files give one S4 finding and no snapshot', () => {
  it.each<[string, RegExp, RegExp]>([
    ['empty.xlsx', /Tệp rỗng \(0 byte\)/, /empty/],
    ['not-an-xlsx.xlsx', /Tệp là văn bản/, /is text/],
    ['password-protected.xlsx', /đặt mật khẩu/, /password-protected/],
    ['excel-97-2003.xls', /định dạng Excel cũ/, /old Excel format/],
    ['truncated.xlsx', /bị hỏng/, /damaged/],
    ['no-workbook.xlsx', /bị hỏng hoặc không phải sổ Excel/, /no workbook part/],
  ])('%s', async (file, vi, en) => {
    for (const result of [await read(file), await readSnapshotFromBuffer(new Uint8Array(readFileSync(join(bad, file))))]) {
      expect(result.snapshot).toBeUndefined();
      expect(result.problem).toMatchObject({ rule: 'S4', severity: 'error', sheet: '', cell: '' });
      expect(result.problem?.message).toMatch(vi);
      expect(result.problem?.messageEn).toMatch(en);
      // One line: the CLI prints it as is.
      expect(result.problem?.message).not.toContain('\n');
    }
  });
});

describe('readable workbooks with hostile cells', () => {
  it("long-cells.xlsx: a cell at Excel's limit is read whole, a longer one is cut to it; no finding", async () => {
    const snapshot = await snapshotOf('long-cells.xlsx');
    const conclusions = snapshot.sheets.find((s) => s.name === 'Kết luận');
    if (conclusions === undefined) throw new Error('no Kết luận');
    expect(maxCellTextLength).toBe(excelCellLimit);
    expect(String(cellAt(conclusions, 2, 3))).toHaveLength(excelCellLimit);
    expect(String(cellAt(conclusions, 3, 3))).toHaveLength(excelCellLimit);
    const { model, findings } = validateSnapshot(snapshot);
    expect(findings).toEqual([]);
    expect(model.conclusions.map((c) => c.content.length)).toEqual([excelCellLimit, excelCellLimit, 37]);
  });

  it('[V9] control-characters.xlsx: raw and referenced C0 characters removed with a warning each; tab and line break kept', async () => {
    const { model, findings } = validateSnapshot(await snapshotOf('control-characters.xlsx'));
    expect(findings.map(triple)).toEqual([
      'V9 · warning · Hội nghị!N2 · Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025',
      'V9 · warning · Kết luận!D3 · Ban Tổ chức Đảng ủy',
      'V9 · warning · Đảng viên!C3 · Nguyễn Thị Lan',
    ]);
    expect(model.members[1]?.name).toBe('Nguyễn Thị Lan');
    expect(model.agendaItems[0]?.decision).toBe('Cột 1\tCột 2\nDòng 2');
    expect(model.conclusions[1]?.owner).toBe('Ban Tổ chức Đảng ủy');
  });

  it('[V8] formula-errors.xlsx: every cached error value is a finding at its cell that names the error', async () => {
    const { findings } = validateSnapshot(await snapshotOf('formula-errors.xlsx'));
    const expected: ReadonlyArray<readonly [string, string]> = [
      ['Hội nghị!K2', '#REF!'],
      ['Hội nghị!P3', '#VALUE!'],
      ['Nội dung!G4', '#DIV/0!'],
      ['Tổ chức đảng!H4', '#NULL!'],
      ['Tổ chức đảng!F5', '#NAME?'],
      ['Tổ chức đảng!O6', '#NUM!'],
      ['Đảng viên!D5', '#N/A'],
      ['Đảng viên!Q6', '#CALC!'],
      ['Đảng viên!T7', '#SPILL!'],
      ['Đảng viên!E8', '#GETTING_DATA'],
    ];
    expect(findings.map(triple)).toEqual(expected.map(([at]) => `V8 · error · ${at}`));
    findings.forEach((finding, index) => expect(finding.message).toContain(expected[index]?.[1]));
  });
});

/** A sheet of `count` non-empty rows (column A), with `blank` empty <row> elements between them. */
function rows(count: number, blank = 0): string {
  const out: string[] = [];
  let r = 1;
  for (let i = 0; i < count; i++) {
    out.push(`<row r="${r}">${numberCell(`A${r}`, i + 1)}</row>`);
    r += 1;
    if (i < blank) out.push(`<row r="${r++}"/>`);
  }
  return out.join('');
}

const readers: ReadonlyArray<readonly [string, (bytes: Uint8Array, options: ReadSnapshotOptions) => Promise<ReadSnapshotResult>]> = [
  ['reader', readSnapshotFromBuffer],
  ['exceljs reference', readSnapshotWithExcelJs],
];

// The "huge" case, built at test time with a small cap through the option (the CLI test runs the real cap).
describe.each(readers)('[S4] row cap (%s)', (_name, readWith) => {
  const options = { maxRowsPerSheet: 50 };

  it('a sheet with more non-empty rows than the cap: S4 naming the sheet and the cap, no snapshot', async () => {
    const result = await readWith(rawXlsx([{ name: 'Đơn vị', rows: rows(3) }, { name: 'Đảng viên', rows: rows(51) }]), options);
    expect(result.snapshot).toBeUndefined();
    expect(result.problem).toMatchObject({ rule: 'S4', severity: 'error' });
    expect(result.problem?.message).toContain('có hơn 50 dòng dữ liệu');
    expect(result.problem?.messageEn).toContain('more than 50 data rows');
  });

  it('exactly the cap, empty rows between, and the cap counted per sheet: read', async () => {
    const result = await readWith(rawXlsx([{ name: 'Tổ chức đảng', rows: rows(50, 30) }, { name: 'Đảng viên', rows: rows(50) }]), options);
    expect(result.problem).toBeUndefined();
    expect(result.snapshot?.sheets.map((s) => s.rows.filter((r) => r !== undefined).length)).toEqual([50, 50]);
  });
});

it('[S4] row cap: the real reader names the sheet that overflowed', async () => {
  const result = await readSnapshotFromBuffer(rawXlsx([{ name: 'Đảng viên', rows: rows(51) }]), { maxRowsPerSheet: 50 });
  expect(result.problem?.sheet).toBe('Đảng viên');
  expect(result.problem?.message).toContain('Trang tính "Đảng viên"');
});
