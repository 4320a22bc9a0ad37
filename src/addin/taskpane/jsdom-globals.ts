// Test support for jsdom, imported first: what a browser has and jsdom lacks (no layout, no text codecs).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

const scope = globalThis as Record<string, unknown>;
// Fluent's MessageBar reflows with a ResizeObserver; without layout a no-op stands in.
scope.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
scope.TextDecoder ??= NodeTextDecoder;
scope.TextEncoder ??= NodeTextEncoder;
