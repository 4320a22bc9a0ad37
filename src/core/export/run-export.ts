// Streams a planned export into one zip: entries go to `write` as they are produced, rendered documents
// are stored as they are (a .docx is already deflated), only names and offsets are kept per entry.
import type { RatingReportData, RatingTableData } from '../documents/template-data';
import { crc32 } from '../template/crc32';
import { ZipWriter, deflateEntry, type ZipEntryData } from '../template/zip';
import { indexBytes } from './index-text';
import type { ExportItem, ExportPlan } from './plan';
import { organizationRatings, tableDataOf } from './rating-table';
import { SummaryBuilder, organizationSheet, type RatingsWorkbookSink } from './workbook-data';

/** A finished file; `crc` (CRC-32 of `bytes`) may come from the thread that rendered it. */
export type RenderedFile = Uint8Array | { readonly bytes: Uint8Array; readonly crc: number };

export const exportStages = ['report', 'tables', 'workbook', 'done'] as const;
export type ExportStage = (typeof exportStages)[number];

export interface ExportProgress {
  readonly stage: ExportStage;
  /** Organizations whose table is in the zip. */
  readonly done: number;
  readonly total: number;
  /** Mã tổ chức of the table just written. */
  readonly organization?: string;
}

export interface ExportHooks {
  /** Renders bang-xep-loai.docx; may run elsewhere (a worker) and resolve later. */
  renderTable(data: RatingTableData, item: ExportItem): RenderedFile | Promise<RenderedFile>;
  renderReport(data: RatingReportData): RenderedFile | Promise<RenderedFile>;
  /** Receives the sheets as tables are written; no .xlsx in the zip when absent. */
  readonly workbook?: RatingsWorkbookSink;
  /** Appends bytes to the zip; awaited, so a slow sink holds the export back. */
  write(chunk: Uint8Array): void | Promise<void>;
  onProgress?(progress: ExportProgress): void;
  readonly signal?: AbortSignal;
  /** Tables rendering at once (workers); 1 by default. Written in plan order whatever order they finish in. */
  readonly concurrency?: number;
  /** Time stamp of every entry; 1980-01-01 when absent (reproducible). */
  readonly modified?: Date;
}

export interface ExportResult {
  /** Entry names in zip order. */
  readonly entries: readonly string[];
  /** Size of the zip. */
  readonly bytes: number;
}

function storedEntry(name: string, file: RenderedFile): ZipEntryData {
  if (file instanceof Uint8Array) return deflateEntry(name, file, 0);
  const bytes = file.bytes;
  const encoded = new TextEncoder().encode(name);
  // eslint-disable-next-line no-control-regex -- ASCII test, as zip.ts does for the UTF-8 flag
  const flags = /^[\x00-\x7f]*$/.test(name) ? 0 : 0x800;
  return { name, nameBytes: encoded, flags, method: 0, crc: file.crc >>> 0, size: bytes.length, compressed: bytes };
}

/** CRC-32 of a rendered file, for hosts that render off the main thread. */
export function renderedFile(bytes: Uint8Array): { bytes: Uint8Array; crc: number } {
  return { bytes, crc: crc32(bytes) };
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw signal.reason instanceof Error ? signal.reason : new Error('export aborted');
}

/** Writes README.txt, the year's report, one table per organization, then the .xlsx, then the central directory. */
export async function runExport(plan: ExportPlan, hooks: ExportHooks): Promise<ExportResult> {
  const zip = new ZipWriter(hooks.modified === undefined ? {} : { modified: hooks.modified });
  const names: string[] = [];
  const total = plan.items.length;
  const concurrency = Math.max(1, Math.floor(hooks.concurrency ?? 1));
  const put = async (entry: ZipEntryData): Promise<void> => {
    const [header, data] = zip.add(entry);
    names.push(entry.name);
    await hooks.write(header);
    await hooks.write(data);
  };
  checkAbort(hooks.signal);
  await put(deflateEntry(plan.indexFileName, indexBytes(plan)));
  hooks.onProgress?.({ stage: 'report', done: 0, total });
  await put(storedEntry(plan.report.fileName, await hooks.renderReport(plan.report.data)));

  const summary = new SummaryBuilder();
  const inFlight: { item: ExportItem; file: Promise<RenderedFile> }[] = [];
  let done = 0;
  const writeOldest = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next === undefined) return;
    await put(storedEntry(next.item.fileName, await next.file));
    done++;
    hooks.onProgress?.({ stage: 'tables', done, total, organization: next.item.organization.code });
  };
  hooks.onProgress?.({ stage: 'tables', done: 0, total });
  for (const item of plan.items) {
    checkAbort(hooks.signal);
    const ratings = organizationRatings(item.organization, item.members, plan.year, item.subordinates);
    const data = tableDataOf(ratings, plan.unit, {
      ...(plan.date === undefined ? {} : { date: plan.date }),
      ...(item.parent === undefined ? {} : { parent: item.parent }),
    });
    const file = Promise.resolve().then(() => hooks.renderTable(data, item));
    // Handled here so that a failure while an earlier table is awaited is not an unhandled rejection.
    file.catch(() => undefined);
    inFlight.push({ item, file });
    summary.add(item, ratings);
    if (hooks.workbook !== undefined) await hooks.workbook.addOrganization(organizationSheet(item, ratings, plan.unit));
    while (inFlight.length >= concurrency) await writeOldest();
  }
  while (inFlight.length > 0) {
    checkAbort(hooks.signal);
    await writeOldest();
  }
  if (hooks.workbook !== undefined) {
    checkAbort(hooks.signal);
    hooks.onProgress?.({ stage: 'workbook', done, total });
    const bytes = await hooks.workbook.finish(summary.result(plan.unit, plan.year, plan.summarySheetName));
    await put(storedEntry(plan.workbookFileName, bytes));
  }
  checkAbort(hooks.signal);
  const directory = zip.finish();
  await hooks.write(directory);
  hooks.onProgress?.({ stage: 'done', done, total });
  return { entries: names, bytes: zip.bytesWritten + directory.length };
}
