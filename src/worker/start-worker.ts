// The real worker: a separate chunk of this origin, fetched when the task pane first needs it.
import { WorkerClient, type WorkerPort } from './client';

export function startWorker(): WorkerClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'vankien',
  });
  return new WorkerClient(worker as unknown as WorkerPort);
}
