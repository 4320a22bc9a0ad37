// Inside a worker thread: compiles bang-xep-loai.docx once, renders tables on request, returns the bytes
// (transferred, not copied) with their CRC-32, so the main thread only appends them to the zip.
import { parentPort, workerData } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';
import { tagPaths, ratingTableExemplar } from '../../core/documents/known-tags';
import { compileTemplate, crc32, renderDocx, type TemplateData } from '../../core/template/index';

export const exportWorkerCommand = '__export-render-worker';

export interface RenderWorkerData {
  readonly template: Uint8Array;
  readonly templateName: string;
}

export type ToRenderWorker = { readonly id: number; readonly data: TemplateData };
export type FromRenderWorker =
  | { readonly id: number; readonly bytes: Uint8Array; readonly crc: number }
  | { readonly id: number; readonly error: string };

export const zlibDeflate = (raw: Uint8Array): Uint8Array => deflateRawSync(raw, { level: 6 });

/** Compiles the rating-table template with its known tags; throws with the problems when unusable. */
export function compileTableTemplate(bytes: Uint8Array, name: string): ReturnType<typeof compileTemplate> {
  return compileTemplate(bytes, { name, knownTags: tagPaths(ratingTableExemplar) });
}

/** Serves render requests until the parent closes the port; resolves then. */
export function runRenderWorker(): Promise<void> {
  const port = parentPort;
  const init = workerData as RenderWorkerData | undefined;
  if (port === null || init === undefined) return Promise.reject(new Error('not a render worker'));
  const compiled = compileTableTemplate(init.template, init.templateName);
  const template = compiled.template;
  return new Promise((resolve) => {
    port.on('message', (message: ToRenderWorker) => {
      if (template === undefined) {
        port.postMessage({ id: message.id, error: compiled.problems.map((p) => p.messageEn).join('; ') } satisfies FromRenderWorker);
        return;
      }
      const rendered = renderDocx(template, message.data, { deflate: zlibDeflate });
      if (rendered.bytes === undefined) {
        port.postMessage({ id: message.id, error: rendered.problems.map((p) => p.messageEn).join('; ') } satisfies FromRenderWorker);
        return;
      }
      const bytes = rendered.bytes;
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      port.postMessage({ id: message.id, bytes: own, crc: crc32(own) } satisfies FromRenderWorker, [own.buffer as ArrayBuffer]);
    });
    port.on('close', () => resolve());
  });
}
