// Test support: the worker's dispatcher run in this thread, behind the same client the task pane uses.
import { WorkerClient, type WorkerPort } from './client';
import { createDispatcher } from './dispatch';
import type { TemplateSource } from './operations';
import type { FromWorker, ToWorker } from './protocol';

const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function inProcessWorker(templates: TemplateSource): WorkerClient {
  const port: WorkerPort = { postMessage: () => undefined, onmessage: null, onerror: null };
  const dispatch = createDispatcher(
    templates,
    (message: FromWorker) =>
      void later().then(() => port.onmessage?.({ data: message } as MessageEvent<FromWorker>)),
    later,
  );
  port.postMessage = (message: ToWorker) => void later().then(() => dispatch(message));
  return new WorkerClient(port);
}
