import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readZip } from '../core/template/index';
import { readSnapshotFromBuffer } from '../xlsx/read-snapshot';
import { exportYear } from './export';
import { Cancelled, WorkerState, type OperationContext } from './operations';

const templatesDir = resolve(__dirname, '../../templates');
const sample = readFileSync(resolve(templatesDir, 'so-theo-doi-mau.xlsx'));
const builtIn = async (file: string): Promise<Uint8Array> =>
  new Uint8Array(readFileSync(resolve(templatesDir, file)));

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function loaded(): Promise<WorkerState> {
  const state = new WorkerState(builtIn);
  const result = await state.loadXlsx(arrayBuffer(sample));
  expect(result.ok).toBe(true);
  return state;
}

const quietContext = (
  progress: number[] = [],
  cancelAfter = Number.POSITIVE_INFINITY,
): OperationContext => {
  let checkpoints = 0;
  return {
    reportProgress: (done) => progress.push(done),
    checkpoint: async () => {
      if (++checkpoints > cancelAfter) throw new Cancelled();
    },
  };
};

describe('worker operations on the sample workbook', () => {
  test('check: no findings, the conferences with their rows, rating years and organizations', async () => {
    const state = await loaded();
    const overview = state.check({});
    expect(overview.findings).toEqual([]);
    expect(overview.sheetsFound).toEqual([
      'Đơn vị',
      'Hội nghị',
      'Nội dung',
      'Kết luận',
      'Tổ chức đảng',
      'Đảng viên',
    ]);
    expect(overview.conferences.length).toBeGreaterThan(0);
    expect(overview.conferences[0]).toMatchObject({ code: 'BCH-01', sheet: 'Hội nghị', row: 2 });
    expect(overview.conferences[0]?.label).toMatch(/^BCH-01 — BCH lần 1 — \d\d\/\d\d\/\d{4}$/);
    expect(overview.years).toEqual([2025, 2024]);
    expect(overview.organizationsByYear[2025]?.length).toBe(16);
  });

  test.each(['nghi-quyet', 'thong-bao-ket-luan', 'bien-ban', 'bao-cao-xep-loai'] as const)(
    'generate %s: a .docx and the key fields to preview',
    async (kind) => {
      const state = await loaded();
      const result = await state.generate({
        kind,
        ...(kind === 'bao-cao-xep-loai' ? { year: 2025 } : { conference: 'BCH-02' }),
      });
      if (!result.ok) throw new Error(JSON.stringify(result));
      expect(result.file.fileName).toMatch(/\.docx$/);
      const entries = readZip(result.file.bytes);
      expect(entries.ok && entries.entries.some((e) => e.name === 'word/document.xml')).toBe(true);
      const labels = result.preview.map((f) => f.label.vi);
      expect(labels).toContain('Số, ký hiệu');
      expect(labels).toContain('Người ký');
      expect(result.preview.find((f) => f.label.vi === 'Địa danh, ngày')?.value).toMatch(
        /, ngày \d+ tháng \d+ năm \d{4}$/,
      );
    },
  );

  test('a user template that fails the pre-flight blocks generation with its problems; nothing is rendered', async () => {
    const state = await loaded();
    const notDocx = { name: 'mau.docx', bytes: new TextEncoder().encode('không phải tệp Word') };
    expect(
      state.preflight({ kind: 'nghi-quyet', template: notDocx }).problems.map((p) => p.code),
    ).toEqual(['not-a-docx']);
    const result = await state.generate({
      kind: 'nghi-quyet',
      conference: 'BCH-01',
      template: notDocx,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.templateProblems?.map((p) => p.code)).toEqual(['not-a-docx']);
  });

  test('an unknown conference is a problem in both languages, not a crash', async () => {
    const state = await loaded();
    const result = await state.generate({ kind: 'bien-ban', conference: 'KHONG-CO' });
    expect(!result.ok && result.problem?.vi).toContain('KHONG-CO');
  });

  test('[S4] a file that is not a workbook comes back as a finding', async () => {
    const state = new WorkerState(builtIn);
    const result = await state.loadXlsx(
      arrayBuffer(new TextEncoder().encode('<html>không phải Excel</html>')),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.rule).toBe('S4');
    expect(() => state.check({})).toThrow();
  });

  test('a workbook sent in row chunks (as Excel reads it) is the same workbook; past the row cap it is an S4 finding', async () => {
    const state = new WorkerState(builtIn);
    state.beginSnapshot([
      { name: 'Hội nghị', tables: ['HoiNghi'] },
      { name: 'Trống', tables: [] },
    ]);
    state.addRows({
      sheet: 0,
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ['Mã hội nghị', 'Ngày họp'],
        [undefined, undefined],
      ],
    });
    state.addRows({
      sheet: 0,
      firstRow: 5,
      firstColumn: 2,
      rows: [['BCH-01', new Date(Date.UTC(2025, 6, 1))]],
    });
    expect(state.endSnapshot()).toEqual({ ok: true, sheets: ['Hội nghị', 'Trống'] });
    const conferences = state.requireSnapshot().sheets[0];
    expect(conferences).toMatchObject({
      name: 'Hội nghị',
      tables: ['HoiNghi'],
      firstRow: 3,
      firstColumn: 2,
    });
    expect(conferences?.rows).toEqual([
      ['Mã hội nghị', 'Ngày họp'],
      undefined,
      ['BCH-01', new Date(Date.UTC(2025, 6, 1))],
    ]);

    state.beginSnapshot([{ name: 'Đảng viên', tables: [] }]);
    const many = Array.from({ length: 1000 }, (_, r) => [`Đảng viên ${r}`]);
    for (let chunk = 0; chunk < 301; chunk++)
      state.addRows({ sheet: 0, firstRow: 1 + chunk * 1000, firstColumn: 1, rows: many });
    const over = state.endSnapshot();
    expect(over.ok).toBe(false);
    expect(!over.ok && over.problem.rule).toBe('S4');
    expect(!over.ok && over.problem.sheet).toBe('Đảng viên');
  });

  test('merged areas announced with the sheets (as the add-in reads them) fill their cells down: no V1 for a merged Mã HN', async () => {
    const file = readFileSync(resolve(__dirname, '../../test/fixtures/workbooks/good-merged-key-cells.xlsx'));
    const read = await readSnapshotFromBuffer(file);
    if (read.snapshot === undefined) throw new Error('fixture unreadable');
    const sheets = read.snapshot.sheets;
    expect(sheets.some((sheet) => (sheet.merges?.length ?? 0) > 0)).toBe(true);
    const send = (withMerges: boolean): WorkerState => {
      const state = new WorkerState(builtIn);
      state.beginSnapshot(sheets.map((sheet) => ({ name: sheet.name, tables: sheet.tables ?? [], ...(withMerges && sheet.merges !== undefined ? { merges: sheet.merges } : {}) })));
      sheets.forEach((sheet, index) =>
        sheet.rows.forEach((row, r) => {
          if (row !== undefined) state.addRows({ sheet: index, firstRow: sheet.firstRow + r, firstColumn: sheet.firstColumn, rows: [row] });
        }),
      );
      expect(state.endSnapshot().ok).toBe(true);
      return state;
    };
    expect(send(true).validate(undefined, undefined).findings).toEqual([]);
    expect(send(false).validate(undefined, undefined).findings.filter((f) => f.rule === 'V1').length).toBeGreaterThan(0);
  });

  test('yearly export: one zip (index, report, a table per organization), progress per organization', async () => {
    const state = await loaded();
    const progress: number[] = [];
    const result = await exportYear(state, { year: 2025 }, quietContext(progress));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.file.fileName).toBe('Kết quả xếp loại 2025.zip');
    const entries = readZip(result.file.bytes);
    if (!entries.ok) throw new Error('not a zip');
    const names = entries.entries.map((e) => e.name);
    expect(names[0]).toBe('README.txt');
    expect(
      names.filter((n) => n.startsWith('Bảng xếp loại 2025/') && n.endsWith('.docx')),
    ).toHaveLength(16);
    expect(result.documents).toBe(17);
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(1);
    expect(result.summary?.fileName).toMatch(/\.xlsx$/);
    expect(readZip(result.summary?.bytes ?? new Uint8Array()).ok).toBe(true);
    expect(progress[progress.length - 1]).toBe(16);
  });

  test('yearly export of chosen organizations, and a cancel between two tables', async () => {
    const state = await loaded();
    const codes =
      state
        .check({})
        .organizationsByYear[2025]?.slice(0, 3)
        .map((o) => o.code) ?? [];
    const some = await exportYear(state, { year: 2025, organizations: codes }, quietContext());
    expect(some.ok && some.documents).toBe(4);
    await expect(exportYear(state, { year: 2025 }, quietContext([], 5))).rejects.toBeInstanceOf(
      Cancelled,
    );
  });
});
