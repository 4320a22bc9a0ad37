// Worker threads rendering rating tables, so the two cores share the work: the main thread plans, builds
// the .xlsx and writes the zip while the workers render .docx files.
import { Worker } from 'node:worker_threads';
import type { RatingTableData } from '../../core/documents/template-data';
import { exportWorkerCommand, type FromRenderWorker, type RenderWorkerData, type ToRenderWorker } from './render-worker';

export interface RenderPool {
  render(data: RatingTableData): Promise<{ bytes: Uint8Array; crc: number }>;
  /** Stops every worker (also mid-render). */
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
  const waiting = new Map<number, { resolve: (v: { bytes: Uint8Array; crc: number }) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(script, { argv: [exportWorkerCommand], workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    const slot: Slot = { worker, pending: 0 };
    worker.on('message', (message: FromRenderWorker) => {
      slot.pending--;
      const w = waiting.get(message.id);
      if (w === undefined) return;
      waiting.delete(message.id);
      if ('error' in message) w.reject(new Error(`rendering failed: ${message.error}`));
      else w.resolve({ bytes: message.bytes, crc: message.crc });
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && waiting.size > 0) fail(new Error(`a render worker stopped (exit code ${code})`));
    });
    return slot;
  });
  return {
    render(data) {
      if (failure !== undefined) return Promise.reject(failure);
      const slot = slots.reduce((best, s) => (s.pending < best.pending ? s : best));
      const id = nextId++;
      slot.pending++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        // One JSON string clones several times faster than the object graph (~360 short strings per table).
        slot.worker.postMessage({ id, json: JSON.stringify(data) } satisfies ToRenderWorker);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
