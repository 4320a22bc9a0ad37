// The Web Worker: reads, validates, renders and exports off the task pane's UI thread (protocol.ts, dispatch.ts).
/// <reference lib="webworker" />
import { fetchBuiltInTemplate } from './built-in-templates';
import { createDispatcher } from './dispatch';
import type { ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A macrotask without setTimeout's clamping: lets a waiting "cancel" message in.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const dispatch = createDispatcher(
  fetchBuiltInTemplate,
  (message, transfer) => scope.postMessage(message, transfer),
  yieldToMessages,
);
scope.onmessage = (event: MessageEvent<ToWorker>) => dispatch(event.data);
