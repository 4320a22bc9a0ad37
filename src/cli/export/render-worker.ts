// Inside a worker thread: compiles bang-xep-loai.docx once, then renders tables and packs summary-workbook
// sheets on request, returning the bytes (transferred, not copied) with their CRC-32, so the main thread
// only appends them to the zip.
import { parentPort, workerData } from 'node:worker_threads';
import { crc32 as nativeCrc32, deflateRawSync } from 'node:zlib';
import { ratingTableExemplar, tagPaths } from '../../core/documents/known-tags';
import { tableDataOfSheet, type OrganizationSheet } from '../../core/export/workbook-data';
import { compileTemplate, renderDocx, type CompiledTemplate, type TemplateData } from '../../core/template/index';
import { organizationSheetPart, packSheet, type PackedSheet } from '../../xlsx/write-ratings-workbook';

export const exportWorkerCommand = '__export-render-worker';

export interface RenderWorkerData {
  readonly template: Uint8Array;
  readonly templateName: string;
}

/**
 * `json` (UTF-8 JSON) is a RatingTableData for 'table'; for 'organization' an OrganizationSheet with the
 * date line, from which the worker builds both the table and the sheet (one message per organization).
 */
export type ToRenderWorker = { readonly id: number; readonly kind: 'table' | 'organization'; readonly json: Uint8Array };
export interface OrganizationJob {
  readonly sheet: OrganizationSheet;
  readonly dateLine: string;
}
export type FromRenderWorker =
  | { readonly id: number; readonly bytes: Uint8Array; readonly crc: number; readonly sheet?: PackedSheet }
  | { readonly id: number; readonly error: string };

export const zlibDeflate = (raw: Uint8Array): Uint8Array => deflateRawSync(raw, { level: 6 });
// Table rows repeat the same cell markup: level 2 is twice as fast as 6 here and only the document part
// (~4 KB of an ~18 KB .docx) grows, by ~20%.
export const fastDeflate = (raw: Uint8Array): Uint8Array => deflateRawSync(raw, { level: 2 });
export const nativeCrc = (data: Uint8Array): number => nativeCrc32(data);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let scratch = new Uint8Array(1 << 18);

/** UTF-8 into a reused buffer (half the cost of `encode`, which allocates); valid until the next call. */
function encodeScratch(text: string): Uint8Array {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/** Compiles the rating-table template with its known tags. */
export function compileTableTemplate(bytes: Uint8Array, name: string): ReturnType<typeof compileTemplate> {
  return compileTemplate(bytes, { name, knownTags: tagPaths(ratingTableExemplar) });
}

/** One rating table, packaged with Node's native CRC-32 and zlib; returns the .docx and its own CRC-32. */
export function renderTableDocx(template: CompiledTemplate, data: TemplateData): { bytes: Uint8Array; crc: number } {
  const rendered = renderDocx(template, data, { deflate: fastDeflate, crc32: nativeCrc32, encode: encodeScratch });
  if (rendered.bytes === undefined) throw new Error(`rendering failed: ${rendered.problems.map((p) => p.messageEn).join('; ')}`);
  return { bytes: rendered.bytes, crc: nativeCrc32(rendered.bytes) };
}

/** A summary-workbook sheet built and deflated here. */
export function packOrganizationSheet(sheet: OrganizationSheet): PackedSheet {
  return packSheet(organizationSheetPart(sheet), { deflate: fastDeflate, crc32: nativeCrc });
}

/** UTF-8 JSON: a two-byte (Vietnamese) string costs several times more to post than its bytes. */
export function toMessageJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** Serves requests until the parent closes the port; resolves then. */
export function runRenderWorker(): Promise<void> {
  const port = parentPort;
  const init = workerData as RenderWorkerData | undefined;
  if (port === null || init === undefined) return Promise.reject(new Error('not a render worker'));
  const compiled = compileTableTemplate(init.template, init.templateName);
  const template = compiled.template;
  return new Promise((resolve) => {
    port.on('message', (message: ToRenderWorker) => {
      try {
        const value: unknown = JSON.parse(decoder.decode(message.json));
        if (template === undefined) throw new Error(compiled.problems.map((p) => p.messageEn).join('; '));
        if (message.kind === 'organization') {
          const job = value as OrganizationJob;
          const file = renderTableDocx(template, tableDataOfSheet(job.sheet, job.dateLine) as unknown as TemplateData);
          const sheet = packOrganizationSheet(job.sheet);
          port.postMessage({ id: message.id, bytes: file.bytes, crc: file.crc, sheet } satisfies FromRenderWorker, [
            file.bytes.buffer as ArrayBuffer,
            sheet.deflated.buffer as ArrayBuffer,
          ]);
          return;
        }
        const file = renderTableDocx(template, value as TemplateData);
        port.postMessage({ id: message.id, bytes: file.bytes, crc: file.crc } satisfies FromRenderWorker, [file.bytes.buffer as ArrayBuffer]);
      } catch (error) {
        port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies FromRenderWorker);
      }
    });
    port.on('close', () => resolve());
  });
}
