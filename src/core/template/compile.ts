// Compiles a .docx template once: reads the package (with zip-bomb caps), compiles the parts that hold
// tags, and writes the local headers and central records of every other part once.
import { compilePart, type KnownTags } from './compile-part';
import { crc32 } from './crc32';
import { deflateRaw } from './deflate';
import { templateProblem, type TemplateProblem } from './problems';
import type { CompiledPart, CompiledTemplate, TemplateTag } from './types';
import {
  centralRecordSize,
  dosTime,
  inflateEntry,
  localHeaderSize,
  predeflatedEntry,
  readZip,
  writeCentralRecord,
  writeLocalHeader,
  type ZipEntryData,
  type ZipProblem,
  type ZipReadLimits,
} from './zip';

export type { KnownTags } from './compile-part';

export interface CompileOptions {
  /** Shown in problems, e.g. the file name. */
  readonly name?: string;
  /** Paths the document kind provides ("conference.date", "members", "members.name"); unknown tags are errors. */
  readonly knownTags?: KnownTags;
  readonly limits?: ZipReadLimits;
}

export interface PreflightResult {
  readonly tags: readonly TemplateTag[];
  /** Any problem blocks rendering. */
  readonly problems: readonly TemplateProblem[];
}

export interface CompileResult extends PreflightResult {
  /** Undefined when there is any problem. */
  readonly template?: CompiledTemplate;
}

export const mainDocumentPart = 'word/document.xml';
const taggablePart = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const templateContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const documentContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function zipProblem(template: string, p: ZipProblem): TemplateProblem {
  switch (p.code) {
    case 'not-zip':
      return templateProblem('not-a-docx', { template, part: '' });
    case 'too-large':
    case 'too-many-entries':
      return templateProblem('too-large', { template, part: p.entry ?? '', detail: p.detail });
    case 'corrupt-entry':
    case 'unsupported-entry':
      return templateProblem('corrupt-part', { template, part: p.entry ?? '', detail: p.detail });
  }
}

function deflated(name: string, raw: Uint8Array): ZipEntryData {
  return predeflatedEntry(name, deflateRaw(raw), crc32(raw), raw.length);
}

function compile(bytes: Uint8Array, options: CompileOptions, build: boolean): CompileResult {
  const name = options.name ?? 'template.docx';
  const listed = readZip(bytes, options.limits);
  if (!listed.ok) return { tags: [], problems: [zipProblem(name, listed.problem)] };
  const entries = listed.entries;
  if (!entries.some((e) => e.name === mainDocumentPart)) {
    return { tags: [], problems: [templateProblem('missing-document-part', { template: name, part: mainDocumentPart })] };
  }
  const problems: TemplateProblem[] = [];
  const tags: TemplateTag[] = [];
  const parts: CompiledPart[] = [];
  const data = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const inflated = inflateEntry(entry);
    if (!inflated.ok) {
      problems.push(zipProblem(name, inflated.problem));
      continue;
    }
    data.set(entry.name, inflated.data);
    if (!taggablePart.test(entry.name)) continue;
    let xml: string;
    try {
      xml = utf8.decode(inflated.data);
    } catch {
      problems.push(templateProblem('corrupt-part', { template: name, part: entry.name, detail: 'not UTF-8 text' }));
      continue;
    }
    // a part without "{{" stays static (most headers and footers)
    if (entry.name !== mainDocumentPart && !xml.includes('{{')) continue;
    const r = compilePart(name, entry.name, xml, options.knownTags);
    tags.push(...r.tags);
    problems.push(...r.problems);
    if (r.part && (entry.name === mainDocumentPart || r.tags.length)) parts.push(r.part);
  }
  if (problems.length || !build) return { tags, problems };

  const dynamic = new Set(parts.map((p) => p.name));
  const statics: ZipEntryData[] = [];
  for (const entry of entries) {
    if (dynamic.has(entry.name)) continue;
    const raw = data.get(entry.name) as Uint8Array;
    if (entry.name === '[Content_Types].xml') {
      const types = utf8.decode(raw);
      // a .dotx saved as output would open as a template in Word
      if (types.includes(templateContentType)) {
        statics.push(deflated(entry.name, encoder.encode(types.split(templateContentType).join(documentContentType))));
        continue;
      }
    }
    statics.push(entry.method === 0 && entry.size > 256 ? deflated(entry.name, raw) : entry);
  }
  const time = dosTime(undefined);
  let localSize = 0;
  let centralSize = 0;
  for (const e of statics) {
    localSize += localHeaderSize + e.nameBytes.length + e.compressed.length;
    centralSize += centralRecordSize + e.nameBytes.length;
  }
  const staticLocal = new Uint8Array(localSize);
  const staticCentral = new Uint8Array(centralSize);
  let pos = 0;
  let cpos = 0;
  for (const e of statics) {
    cpos = writeCentralRecord(staticCentral, cpos, e, e.compressed.length, time, pos);
    pos = writeLocalHeader(staticLocal, pos, e, time);
    staticLocal.set(e.compressed, pos);
    pos += e.compressed.length;
  }
  const partEntries = parts.map((p) => {
    const nameBytes = encoder.encode(p.name);
    return { name: p.name, nameBytes, flags: 0 };
  });
  const template: CompiledTemplate = { name, tags, parts, partEntries, staticLocal, staticCentral, staticCount: statics.length };
  return { template, tags, problems };
}

/** Compiles a template once for many renders; `template` is undefined when there is any problem. */
export function compileTemplate(bytes: Uint8Array, options: CompileOptions = {}): CompileResult {
  return compile(bytes, options, true);
}

/** Lists every tag of a template and every problem, before anything renders. */
export function preflight(bytes: Uint8Array, options: CompileOptions = {}): PreflightResult {
  const { tags, problems } = compile(bytes, options, false);
  return { tags, problems };
}
