import type { RatingTableData } from '../documents/template-data';
import { aMember, aModel, anOrganization, aUnit } from '../rules/test-builders';
import { unzip } from '../template/zip';
import { planExport, type ExportPlan } from './plan';
import { runExport, type ExportHooks, type ExportProgress } from './run-export';
import type { OrganizationSheet, RatingsSummary, RatingsWorkbookSink } from './workbook-data';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function aPlan(organizations = 5): ExportPlan {
  const model = aModel({
    unit: aUnit({ targets: { membersGoodOrAbove: 0.9, organizationsGoodOrAbove: 0.75 } }),
    organizations: Array.from({ length: organizations }, (_, i) =>
      anOrganization({ year: 2025, code: `CB${String(i + 1).padStart(2, '0')}`, name: `Chi bộ số ${i + 1}`, finalRating: i === 0 ? 'excellent' : 'good', score: 85 }),
    ),
    members: Array.from({ length: organizations * 3 }, (_, i) =>
      aMember({
        year: 2025,
        name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}`,
        organizationCode: `CB${String((i % organizations) + 1).padStart(2, '0')}`,
        score: 80,
        finalRating: 'good',
        ...(i === 2 ? { notRatedReason: 'exempt' as const, score: undefined, finalRating: undefined } : {}),
      }),
    ),
  });
  const result = planExport(model, [], { year: 2025 });
  if (!result.ok) throw new Error('expected a plan');
  return result.plan;
}

/** A renderer standing in for the template engine: the table's data as JSON bytes. */
const asJson = (data: RatingTableData): Uint8Array => encoder.encode(JSON.stringify(data));

class SheetRecorder implements RatingsWorkbookSink {
  readonly sheets: OrganizationSheet[] = [];
  summary?: RatingsSummary;
  addOrganization(sheet: OrganizationSheet): void {
    this.sheets.push(sheet);
  }
  finish(summary: RatingsSummary): Uint8Array {
    this.summary = summary;
    return encoder.encode('xlsx');
  }
}

async function collect(plan: ExportPlan, hooks: Partial<ExportHooks> = {}): Promise<{ zip: Uint8Array; progress: ExportProgress[]; chunks: number }> {
  const chunks: Uint8Array[] = [];
  const progress: ExportProgress[] = [];
  await runExport(plan, {
    renderTable: asJson,
    renderReport: () => encoder.encode('report'),
    write: (chunk) => {
      chunks.push(chunk);
    },
    onProgress: (p) => progress.push(p),
    ...hooks,
  });
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  return { zip, progress, chunks: chunks.length };
}

describe('runExport', () => {
  it('streams README.txt, the report, one table per organization and the workbook into one valid zip', async () => {
    const plan = aPlan();
    const workbook = new SheetRecorder();
    const { zip, chunks } = await collect(plan, { workbook });
    const files = unzip(zip);
    if (!files.ok) throw new Error(files.problem.detail);
    expect([...files.files.keys()]).toEqual([
      'README.txt',
      'Báo cáo xếp loại 2025.docx',
      ...plan.items.map((i) => i.fileName),
      'Tổng hợp xếp loại 2025.xlsx',
    ]);
    expect(chunks).toBeGreaterThan(2 * (plan.items.length + 3));
    const first = JSON.parse(decoder.decode(files.files.get(plan.items[0]?.fileName ?? ''))) as RatingTableData;
    expect(first.organizationName).toBe('Chi bộ số 1');
    expect(first.rows).toHaveLength(3);
    expect(decoder.decode(files.files.get('Tổng hợp xếp loại 2025.xlsx'))).toBe('xlsx');
  });

  it('stores rendered documents as they are (no second deflate)', async () => {
    const { zip } = await collect(aPlan(2));
    const listed = (await import('../template/zip')).readZip(zip);
    if (!listed.ok) throw new Error('unreadable');
    const methods = Object.fromEntries(listed.entries.map((e) => [e.name, e.method]));
    expect(methods['README.txt']).toBe(8);
    expect(methods['Báo cáo xếp loại 2025.docx']).toBe(0);
    expect(methods['Bảng xếp loại 2025/CB01 - Chi bộ số 1.docx']).toBe(0);
  });

  it('hands the workbook one sheet per organization in plan order, then totals that add up', async () => {
    const plan = aPlan(4);
    const workbook = new SheetRecorder();
    await collect(plan, { workbook });
    expect(workbook.sheets.map((s) => s.sheetName)).toEqual(plan.items.map((i) => i.sheetName));
    const summary = workbook.summary;
    expect(summary?.rows.map((r) => r.members)).toEqual([3, 3, 3, 3]);
    expect(summary?.totals).toEqual({ members: 12, rated: 11, notRated: 1, levels: { excellent: 0, good: 11, complete: 0, incomplete: 0 } });
    expect(summary?.organizationLevels).toEqual({ excellent: 1, good: 3, complete: 0, incomplete: 0 });
    expect(summary?.targets).toEqual([
      { label: 'Đảng viên hoàn thành tốt nhiệm vụ trở lên', target: 0.9, achieved: 1, met: true },
      { label: 'Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên', target: 0.75, achieved: 1, met: true },
    ]);
  });

  it('writes tables in plan order even when renders finish out of order', async () => {
    const plan = aPlan(6);
    let call = 0;
    const renderTable = (data: RatingTableData): Promise<Uint8Array> =>
      new Promise((resolve) => setTimeout(() => resolve(asJson(data)), (6 - call++) * 3));
    const { zip } = await collect(plan, { renderTable, concurrency: 4 });
    const files = unzip(zip);
    if (!files.ok) throw new Error('unreadable');
    const tables = [...files.files.entries()].filter(([name]) => name.endsWith('.docx') && name.includes('/'));
    expect(tables.map(([name]) => name)).toEqual(plan.items.map((i) => i.fileName));
    expect(tables.map(([, bytes]) => (JSON.parse(decoder.decode(bytes)) as RatingTableData).organizationName)).toEqual(plan.items.map((i) => i.organization.name));
  });

  it('reports progress: the report, then organizations done out of total, then done', async () => {
    const { progress } = await collect(aPlan(3));
    expect(progress.map((p) => `${p.stage} ${p.done}/${p.total}`)).toEqual(['report 0/3', 'tables 0/3', 'tables 1/3', 'tables 2/3', 'tables 3/3', 'done 3/3']);
    expect(progress[2]?.organization).toBe('CB01');
  });

  it('stops when aborted and writes no central directory', async () => {
    const plan = aPlan(10);
    const controller = new AbortController();
    const written: Uint8Array[] = [];
    const run = runExport(plan, {
      renderTable: asJson,
      renderReport: () => encoder.encode('report'),
      write: (chunk) => {
        written.push(chunk);
      },
      onProgress: (p) => {
        if (p.stage === 'tables' && p.done === 3) controller.abort(new Error('stop'));
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('stop');
    const last = written[written.length - 1];
    expect(last === undefined ? -1 : new DataView(last.buffer, last.byteOffset).getUint32(0, true)).not.toBe(0x06054b50);
  });

  it('a render failure rejects the export (and is not left unhandled)', async () => {
    const plan = aPlan(5);
    const renderTable = (data: RatingTableData): Promise<Uint8Array> =>
      data.organizationName === 'Chi bộ số 2' ? Promise.reject(new Error('broken template')) : new Promise((r) => setTimeout(() => r(asJson(data)), 5));
    await expect(collect(plan, { renderTable, concurrency: 3 })).rejects.toThrow('broken template');
  });

  it('README.txt lists the contents and the warnings, with a BOM and CRLF', async () => {
    const base = aPlan(2);
    const plan: ExportPlan = {
      ...base,
      notes: [{ rule: 'R9', severity: 'warning', sheet: 'Đảng viên', cell: 'T5', message: 'Xếp loại cao hơn đề xuất.', messageEn: 'x' }],
    };
    const { zip } = await collect(plan);
    const files = unzip(zip);
    if (!files.ok) throw new Error('unreadable');
    const bytes = files.files.get('README.txt') ?? new Uint8Array();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decoder.decode(bytes);
    expect(text).toContain('\r\n');
    expect(text).toContain('- Báo cáo xếp loại 2025.docx');
    expect(text).toContain('- CB02: Chi bộ số 2 (3 đảng viên) → CB02 - Chi bộ số 2.docx');
    expect(text).toContain('CẢNH BÁO (1, không chặn việc xuất; nên xem lại):');
    expect(text).toContain('- [R9] Đảng viên!T5: Xếp loại cao hơn đề xuất.');
  });

  it('a Đảng bộ without members of its own lists its subordinates’ members, by subordinate, and says so', async () => {
    const model = aModel({
      unit: aUnit(),
      organizations: [
        anOrganization({ year: 2025, code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee' }),
        anOrganization({ year: 2025, code: 'DB01-A', name: 'Chi bộ A', parentCode: 'DB01' }),
        anOrganization({ year: 2025, code: 'DB01-B', name: 'Chi bộ B', parentCode: 'DB01' }),
      ],
      members: [aMember({ year: 2025, organizationCode: 'DB01-A' }), aMember({ year: 2025, organizationCode: 'DB01-B', name: 'Trần Văn Bình' })],
    });
    const planned = planExport(model, [], { year: 2025 });
    if (!planned.ok) throw new Error('expected a plan');
    const workbook = new SheetRecorder();
    const { zip } = await collect(planned.plan, { workbook });
    const files = unzip(zip);
    if (!files.ok) throw new Error('unreadable');
    const text = decoder.decode(files.files.get('README.txt'));
    expect(text).toContain('- DB01: Đảng bộ Sở Y tế (2 đảng viên của 2 tổ chức trực thuộc: DB01-A, DB01-B)');
    expect(text).toContain('- DB01-A: Chi bộ A (1 đảng viên) →');
    const table = JSON.parse(decoder.decode(files.files.get(planned.plan.items[0]?.fileName ?? ''))) as RatingTableData;
    expect(table.rows.map((r) => [r.name, r.note])).toEqual([
      ['Nguyễn Văn An', 'DB01-A'],
      ['Trần Văn Bình', 'DB01-B'],
    ]);
    expect(table.signature.authority).toBe('T/M ĐẢNG ỦY');
    // The Đảng bộ's row repeats its cells' members: shown, not counted twice.
    expect(workbook.summary?.rows.map((r) => [r.code, r.members, r.countedBelow])).toEqual([
      ['DB01', 2, true],
      ['DB01-A', 1, false],
      ['DB01-B', 1, false],
    ]);
    expect(workbook.summary?.totals.members).toBe(2);
  });
});
