// The task pane's side of the worker: one request → one promise, progress callbacks, cancel.
import type { FromWorker, Progress, Requests, RequestType, ToWorker } from './protocol';

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class RequestCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface RequestOptions {
  readonly onProgress?: (progress: Progress) => void;
  readonly signal?: AbortSignal;
  readonly transfer?: Transferable[];
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: Progress) => void;
}

export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      const error = new Error(event.message || 'worker error');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  request<T extends RequestType>(
    type: T,
    args: Requests[T]['args'],
    options: RequestOptions = {},
  ): Promise<Requests[T]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new RequestCancelled());
        return;
      }
      this.pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      options.signal?.addEventListener(
        'abort',
        () => this.port.postMessage({ kind: 'cancel', id }),
        { once: true },
      );
      this.port.postMessage({ kind: 'request', id, type, args }, options.transfer ?? []);
    });
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    switch (message.kind) {
      case 'progress':
        pending.onProgress?.(message.progress);
        return;
      case 'result':
        this.pending.delete(message.id);
        pending.resolve(message.result);
        return;
      case 'cancelled':
        this.pending.delete(message.id);
        pending.reject(new RequestCancelled());
        return;
      case 'failure':
        this.pending.delete(message.id);
        pending.reject(new Error(message.message));
        return;
    }
  }
}
