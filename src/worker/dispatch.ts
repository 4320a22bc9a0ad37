// The worker's message handling, apart from the worker global so that tests can run it in-process.
import { Cancelled, WorkerState, type OperationContext, type TemplateSource } from './operations';
import type { FromWorker, Requests, RequestType, ToWorker } from './protocol';

type Handler<T extends RequestType> = (
  args: Requests[T]['args'],
  context: OperationContext,
) => Promise<Requests[T]['result']> | Requests[T]['result'];

/** Output bytes move to the page without a copy. */
export function transferables(result: unknown): Transferable[] {
  const found: Transferable[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 3 || typeof value !== 'object' || value === null) return;
    if (value instanceof Uint8Array) {
      if (
        value.byteOffset === 0 &&
        value.byteLength === value.buffer.byteLength &&
        !found.includes(value.buffer)
      )
        found.push(value.buffer as ArrayBuffer);
      return;
    }
    for (const child of Object.values(value)) walk(child, depth + 1);
  };
  walk(result, 0);
  return found;
}

/**
 * Returns the function that receives the page's messages. `post` sends replies; `yieldToMessages` must let
 * pending messages (a cancel) be delivered before it resolves.
 */
export function createDispatcher(
  templates: TemplateSource,
  post: (message: FromWorker, transfer: Transferable[]) => void,
  yieldToMessages: () => Promise<void>,
): (message: ToWorker) => void {
  const state = new WorkerState(templates);
  const cancelled = new Set<number>();
  const handlers: { [T in RequestType]: Handler<T> } = {
    'load-xlsx': (args) => state.loadXlsx(args.bytes),
    'set-snapshot': (args) => state.setSnapshot(args.snapshot),
    'snapshot-begin': (args) => state.beginSnapshot(args.sheets),
    'snapshot-rows': (args) => state.addRows(args),
    'snapshot-end': () => state.endSnapshot(),
    check: (args) => state.check(args),
    generate: (args) => state.generate(args),
    preflight: (args) => state.preflight(args),
    export: async (args, context) => (await import('./export')).exportYear(state, args, context),
    'contract-workbook': async () => (await import('./contract-workbook')).contractWorkbook(),
  };
  const run = async (id: number, type: RequestType, args: unknown): Promise<void> => {
    const context: OperationContext = {
      reportProgress: (done, total, label) =>
        post(
          {
            kind: 'progress',
            id,
            progress: { done, total, ...(label === undefined ? {} : { label }) },
          },
          [],
        ),
      checkpoint: async () => {
        await yieldToMessages();
        if (cancelled.has(id)) throw new Cancelled();
      },
    };
    try {
      const handler = handlers[type] as Handler<RequestType>;
      const result = await handler(args as Requests[RequestType]['args'], context);
      post({ kind: 'result', id, result }, transferables(result));
    } catch (error) {
      if (error instanceof Cancelled) post({ kind: 'cancelled', id }, []);
      else
        post(
          { kind: 'failure', id, message: error instanceof Error ? error.message : String(error) },
          [],
        );
    } finally {
      cancelled.delete(id);
    }
  };
  return (message) => {
    if (message.kind === 'cancel') cancelled.add(message.id);
    else void run(message.id, message.type, message.args);
  };
}
