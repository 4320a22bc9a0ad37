// Worker threads for the per-organization work of the bulk export: rendering each table and building each
// sheet of the summary workbook. The main thread plans, orders, and writes the zip.
import { Worker } from 'node:worker_threads';
import type { RatingTableData } from '../../core/documents/template-data';
import type { ExportItem } from '../../core/export/plan';
import type { RenderedFile } from '../../core/export/run-export';
import type { OrganizationSheet, RatingsSummary, RatingsWorkbookSink } from '../../core/export/workbook-data';
import type { PackedSheet, RatingsWorkbookWriter } from '../../xlsx/write-ratings-workbook';
import { exportWorkerCommand, toMessageJson, type FromRenderWorker, type OrganizationJob, type RenderWorkerData, type ToRenderWorker } from './render-worker';

type Reply = Exclude<FromRenderWorker, { error: string }>;

export interface RenderPool {
  /** One table from its data. */
  render(data: RatingTableData): Promise<{ bytes: Uint8Array; crc: number }>;
  /** The table and the packed sheet of one organization, from its sheet. */
  organization(job: OrganizationJob): Promise<{ table: { bytes: Uint8Array; crc: number }; sheet: PackedSheet }>;
  /** Tasks sent and not yet answered. */
  pending(): number;
  readonly size: number;
  /** Stops every worker (also mid-task). */
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  pending: number;
}

/**
 * `script` is the bundled CLI (dist/cli/vankien.cjs): a worker runs it with the hidden command
 * `exportWorkerCommand`, which main.ts routes to `runRenderWorker`.
 */
export function createRenderPool(script: string, size: number, init: RenderWorkerData): RenderPool {
  const waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(script, { argv: [exportWorkerCommand], workerData: init });
    const slot: Slot = { worker, pending: 0 };
    worker.on('message', (message: FromRenderWorker) => {
      slot.pending--;
      const w = waiting.get(message.id);
      if (w === undefined) return;
      waiting.delete(message.id);
      if ('error' in message) w.reject(new Error(`export worker: ${message.error}`));
      else w.resolve(message);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && waiting.size > 0) fail(new Error(`an export worker stopped (exit code ${code})`));
    });
    return slot;
  });
  const send = (kind: ToRenderWorker['kind'], value: unknown): Promise<Reply> => {
    if (failure !== undefined) return Promise.reject(failure);
    const slot = slots.reduce((best, s) => (s.pending < best.pending ? s : best));
    const id = nextId++;
    slot.pending++;
    const json = toMessageJson(value);
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, kind, json } satisfies ToRenderWorker, [json.buffer as ArrayBuffer]);
    });
  };
  return {
    async render(data) {
      const reply = await send('table', data);
      return { bytes: reply.bytes, crc: reply.crc };
    },
    async organization(job) {
      const reply = await send('organization', job);
      if (reply.sheet === undefined) throw new Error('export worker: no sheet in the reply');
      return { table: { bytes: reply.bytes, crc: reply.crc }, sheet: reply.sheet };
    },
    pending: () => slots.reduce((sum, slot) => sum + slot.pending, 0),
    size,
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

interface OrganizationDone {
  readonly table: { bytes: Uint8Array; crc: number };
  readonly sheet: PackedSheet;
}
export type OrganizationWork = (job: OrganizationJob) => OrganizationDone;

/**
 * runExport's table and workbook hooks over a pool, one worker message per organization: `addOrganization`
 * sends the sheet and the worker builds the table from it too; `renderTable` only picks the document up.
 * The organization's job is registered synchronously when `addOrganization` is called, so `renderTable`
 * finds it whichever of the two runs first (runExport starts the table in a microtask, before it awaits
 * the sheet); without that every table would be rendered twice. When the workers already have `backlog`
 * tasks each, the main thread does the organization itself (`local`) instead of waiting, so one worker and
 * the main thread share two cores. Sheets are placed in order at `finish`.
 */
export class PooledExport implements RatingsWorkbookSink {
  private readonly jobs = new Map<string, Promise<OrganizationDone>>();
  private readonly sheets: Promise<PackedSheet>[] = [];
  /** Organizations done here and by the workers, for the stage timings. */
  readonly counts = { local: 0, pooled: 0 };

  constructor(
    private readonly pool: RenderPool,
    private readonly writer: RatingsWorkbookWriter,
    private readonly dateLine: string,
    private readonly local?: OrganizationWork,
    private readonly backlog = 2,
  ) {}

  addOrganization(sheet: OrganizationSheet): Promise<void> {
    // The workers' answers are read only between macrotasks: without this turn, their finished tasks
    // would still count as pending and the main thread would do everything itself.
    const turn = new Promise<void>((resolve) => setImmediate(resolve));
    const job = turn.then(() => this.start({ sheet, dateLine: this.dateLine }));
    // Awaited later; handled now so that an early failure is not an unhandled rejection.
    job.catch(() => undefined);
    this.jobs.set(sheet.sheetName, job);
    this.sheets.push(job.then((done) => done.sheet));
    // Only the turn is awaited, not the job: the next organization starts while this one renders.
    return turn;
  }

  private start(job: OrganizationJob): OrganizationDone | Promise<OrganizationDone> {
    if (this.local !== undefined && this.pool.pending() >= this.pool.size * this.backlog) {
      this.counts.local++;
      return this.local(job);
    }
    this.counts.pooled++;
    return this.pool.organization(job);
  }

  renderTable(data: RatingTableData, item: ExportItem): Promise<RenderedFile> {
    const job = this.jobs.get(item.sheetName);
    if (job === undefined) return this.pool.render(data);
    this.jobs.delete(item.sheetName);
    return job.then((done) => done.table);
  }

  async finish(summary: RatingsSummary): Promise<Uint8Array> {
    for (const sheet of this.sheets) this.writer.addPacked(await sheet);
    this.sheets.length = 0;
    return this.writer.finish(summary);
  }
}
