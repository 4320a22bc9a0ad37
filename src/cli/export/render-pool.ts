// Worker threads for the per-organization work of the bulk export: rendering each table and building each
// sheet of the summary workbook. The main thread plans, orders, and writes the zip.
import { Worker } from 'node:worker_threads';
import type { RatingTableData } from '../../core/documents/template-data';
import type { OrganizationSheet, RatingsSummary, RatingsWorkbookSink } from '../../core/export/workbook-data';
import type { PackedSheet, RatingsWorkbookWriter } from '../../xlsx/write-ratings-workbook';
import { exportWorkerCommand, toMessageJson, type FromRenderWorker, type RenderWorkerData, type ToRenderWorker } from './render-worker';

type Reply = Exclude<FromRenderWorker, { error: string }>;

export interface RenderPool {
  render(data: RatingTableData): Promise<{ bytes: Uint8Array; crc: number }>;
  packSheet(sheet: OrganizationSheet): Promise<PackedSheet>;
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
      if (!('bytes' in reply)) throw new Error('export worker: no document in the reply');
      return { bytes: reply.bytes, crc: reply.crc };
    },
    async packSheet(sheet) {
      const reply = await send('sheet', sheet);
      if (!('sheet' in reply)) throw new Error('export worker: no sheet in the reply');
      return reply.sheet;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The summary workbook with its sheets built by the pool: sent as they come, placed in order at the end. */
export class PooledWorkbookSink implements RatingsWorkbookSink {
  private readonly packed: Promise<PackedSheet>[] = [];

  constructor(
    private readonly pool: RenderPool,
    private readonly writer: RatingsWorkbookWriter,
  ) {}

  addOrganization(sheet: OrganizationSheet): void {
    const packed = this.pool.packSheet(sheet);
    // Awaited in `finish`; handled now so that an early failure is not an unhandled rejection.
    packed.catch(() => undefined);
    this.packed.push(packed);
  }

  async finish(summary: RatingsSummary): Promise<Uint8Array> {
    for (const packed of this.packed) this.writer.addPacked(await packed);
    this.packed.length = 0;
    return this.writer.finish(summary);
  }
}
