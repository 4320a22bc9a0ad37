// .xlsx bytes → WorkbookSnapshot (DESIGN.md "Layers"). Bad input never throws: it comes back as an S4 finding.
//
// Why not exceljs for reading: its streaming WorkbookReader loses xl/workbook.xml when that part comes last
// (exceljs issue #3064, every file exceljs itself writes) and spends ~9 s on 100,000 rows; its `xlsx.load`
// takes ~27 s and ~800 MB. Here the zip is read through its central directory and only the XML
// the snapshot needs is scanned: the sheet XML is inflated and scanned in chunks, never held whole.
import type { Finding } from '../core/findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { detectFileKind } from './file-kind';
import { corruptProblem, fileKindProblem, tooManyRowsProblem } from './problems';
import { defaultMaxRowsPerSheet, RowLimitExceeded, SheetBuilder } from './sheet-builder';
import { WorksheetScanner } from './sheet-scanner';
import {
  parseDateStyles,
  parseRelationships,
  parseSharedStrings,
  parseTableName,
  parseWorkbook,
  relationshipsPartOf,
  type Relationship,
} from './workbook-parts';
import { ZipArchive } from './zip-reader';

export interface ReadSnapshotOptions {
  /** S4: reading stops when a sheet has more non-empty rows than this (default 300,000). */
  readonly maxRowsPerSheet?: number;
}

export interface ReadSnapshotResult {
  readonly snapshot?: WorkbookSnapshot;
  /** Rule S4: the file is not a readable .xlsx; there is no snapshot then. */
  readonly problem?: Finding;
}

/** Reads an .xlsx held in memory (browser and Node). */
export async function readSnapshotFromBuffer(bytes: Uint8Array | ArrayBuffer, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = detectFileKind(data);
  if (kind !== 'zip') return { problem: fileKindProblem(kind) };
  return readArchive(data, options.maxRowsPerSheet ?? defaultMaxRowsPerSheet);
}

type SourceStream = NodeJS.ReadableStream & { destroy?: (error?: Error) => void };

/**
 * Reads an .xlsx from a Node stream. The compressed file is collected (a 100,000-member workbook is
 * about 9 MB); its sheet XML (about 60 MB) is inflated and scanned in chunks. I/O errors of the
 * stream itself are rethrown: they are the host's to report, not a property of the file.
 */
export async function readSnapshotFromStream(stream: NodeJS.ReadableStream, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
  const bytes = await readAll(stream as SourceStream);
  return readSnapshotFromBuffer(bytes, options);
}

// Let the event loop breathe between sheets so that a host can show progress.
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function readArchive(bytes: Uint8Array, maxRows: number): Promise<ReadSnapshotResult> {
  try {
    const archive = new ZipArchive(bytes);
    const rootRelationships = parseRelationships(archive.text('_rels/.rels'), '');
    const workbookPart = rootRelationships.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const workbookXml = archive.text(workbookPart);
    if (workbookXml === undefined) return { problem: corruptProblem() };
    const workbook = parseWorkbook(workbookXml);
    const relationships = parseRelationships(archive.text(relationshipsPartOf(workbookPart)), workbookPart);
    const byId = new Map(relationships.map((r) => [r.id, r]));
    const sharedStrings = parseSharedStrings(partText(archive, relationships, '/sharedStrings'));
    const dateStyles = parseDateStyles(partText(archive, relationships, '/styles'));
    const context = { sharedStrings, date1904: workbook.date1904, isDateStyle: (id: number) => dateStyles[id] === true };
    const sheets: SheetSnapshot[] = [];
    for (const entry of workbook.sheets) {
      const part = byId.get(entry.relationshipId);
      // Chartsheets and dialog sheets have no cells.
      if (part === undefined || !part.type.endsWith('/worksheet') || archive.entry(part.target) === undefined) continue;
      const builder = new SheetBuilder(entry.name, maxRows);
      const scanner = new WorksheetScanner(builder, context);
      for await (const chunk of archive.textChunks(part.target)) scanner.write(chunk);
      scanner.end();
      sheets.push(builder.finish(tableNames(archive, part.target)));
      await pause();
    }
    if (sheets.length === 0) return { problem: corruptProblem() };
    return { snapshot: { sheets } };
  } catch (error) {
    if (error instanceof RowLimitExceeded) return { problem: tooManyRowsProblem(error.sheet, error.limit) };
    // Anything else thrown while unzipping or decoding means the bytes are not a sound .xlsx.
    return { problem: corruptProblem() };
  }
}

function partText(archive: ZipArchive, relationships: readonly Relationship[], typeSuffix: string): string | undefined {
  const target = relationships.find((r) => r.type.endsWith(typeSuffix))?.target;
  return target === undefined ? undefined : archive.text(target);
}

function tableNames(archive: ZipArchive, sheetPart: string): string[] | undefined {
  const tables = parseRelationships(archive.text(relationshipsPartOf(sheetPart)), sheetPart).filter((r) => r.type.endsWith('/table'));
  const names = tables.map((t) => parseTableName(archive.text(t.target))).filter((n): n is string => n !== undefined && n !== '');
  return names.length === 0 ? undefined : names;
}

async function readAll(stream: SourceStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

export { defaultMaxRowsPerSheet, maxCellTextLength } from './sheet-builder';
