import type { RatingTableData } from '../../core/documents/template-data';
import { planExport, type ExportPlan } from '../../core/export/plan';
import { renderedFile, runExport } from '../../core/export/run-export';
import { aMember, aModel, anOrganization, aUnit } from '../../core/rules/test-builders';
import { unzip } from '../../core/template/zip';
import { RatingsWorkbookWriter } from '../../xlsx/write-ratings-workbook';
import { PooledExport, type OrganizationWork, type RenderPool } from './render-pool';
import { packOrganizationSheet, type OrganizationJob } from './render-worker';

const encoder = new TextEncoder();

function aPlan(organizations: number): ExportPlan {
  const model = aModel({
    unit: aUnit(),
    organizations: Array.from({ length: organizations }, (_, i) => anOrganization({ year: 2025, code: `CB${String(i + 1).padStart(2, '0')}`, name: `Chi bộ số ${i + 1}` })),
    members: Array.from({ length: organizations * 2 }, (_, i) =>
      aMember({ year: 2025, name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}`, organizationCode: `CB${String((i % organizations) + 1).padStart(2, '0')}`, finalRating: 'good' }),
    ),
  });
  const result = planExport(model, [], { year: 2025 });
  if (!result.ok) throw new Error('expected a plan');
  return result.plan;
}

/** Stands in for the worker threads: answers on a later macrotask, as a worker's message arrives. */
class FakePool implements RenderPool {
  readonly size = 1;
  readonly calls = { render: 0, organization: 0 };
  private waiting = 0;
  render(data: RatingTableData): Promise<{ bytes: Uint8Array; crc: number }> {
    this.calls.render++;
    return this.later(() => renderedFile(encoder.encode(`render ${data.organizationName}`)));
  }
  organization(job: OrganizationJob): ReturnType<RenderPool['organization']> {
    this.calls.organization++;
    return this.later(() => ({ table: renderedFile(encoder.encode(`worker ${job.sheet.code}`)), sheet: packOrganizationSheet(job.sheet) }));
  }
  pending = (): number => this.waiting;
  close = (): Promise<void> => Promise.resolve();
  private later<T>(make: () => T): Promise<T> {
    this.waiting++;
    return new Promise((resolve) =>
      setTimeout(() => {
        this.waiting--;
        resolve(make());
      }, 1),
    );
  }
}

async function exportWith(plan: ExportPlan, pool: FakePool, local?: OrganizationWork): Promise<Map<string, string>> {
  const pooled = new PooledExport(pool, new RatingsWorkbookWriter(), '', local);
  const chunks: Uint8Array[] = [];
  await runExport(plan, {
    renderTable: (data, item) => pooled.renderTable(data, item),
    renderReport: () => encoder.encode('report'),
    workbook: pooled,
    write: (chunk) => {
      chunks.push(chunk);
    },
    concurrency: 16,
  });
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  const files = unzip(zip);
  if (!files.ok) throw new Error(files.problem.detail);
  const decoder = new TextDecoder();
  return new Map([...files.files].filter(([name]) => name.includes('/')).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

describe('PooledExport', () => {
  it('renders each organization once: the table comes from the job that also builds its sheet', async () => {
    const plan = aPlan(12);
    const pool = new FakePool();
    const tables = await exportWith(plan, pool);
    expect(pool.calls.render).toBe(0);
    expect(pool.calls.organization).toBe(12);
    expect([...tables.values()]).toEqual(plan.items.map((item) => `worker ${item.organization.code}`));
  });

  it('does organizations in this thread while the workers are behind, still once each and in plan order', async () => {
    const plan = aPlan(12);
    const pool = new FakePool();
    let local = 0;
    const tables = await exportWith(plan, pool, (job) => {
      local++;
      return { table: renderedFile(encoder.encode(`here ${job.sheet.code}`)), sheet: packOrganizationSheet(job.sheet) };
    });
    expect(pool.calls.render).toBe(0);
    expect(local).toBeGreaterThan(0);
    expect(local + pool.calls.organization).toBe(12);
    expect([...tables.values()].map((t) => t.split(' ')[1])).toEqual(plan.items.map((item) => item.organization.code));
  });
});
