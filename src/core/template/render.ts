// Renders a compiled template: concatenation of fragments and escaped values, then one deflate per
// dynamic part; static parts are copied as compiled.
import { stripXmlInvalid } from '../text/normalize';
import { crc32 } from './crc32';
import { deflateRaw } from './deflate';
import { templateProblem, type TemplateProblem } from './problems';
import type { CompiledPart, CompiledTemplate, RenderNode, SlotOrigin, TemplateData, TemplateValue } from './types';
import {
  centralRecordSize,
  dosTime,
  predeflatedEntry,
  endRecordSize,
  localHeaderSize,
  writeCentralRecord,
  writeEndRecord,
  writeLocalHeader,
  type ZipEntryData,
} from './zip';

export interface RenderPartsResult {
  /** Rendered XML by part name; undefined when there is any problem. */
  readonly parts?: ReadonlyMap<string, string>;
  readonly problems: readonly TemplateProblem[];
}

export interface RenderOptions {
  /**
   * Raw DEFLATE (RFC 1951) for the dynamic parts; `deflateRaw` (./deflate.ts) by default, about 4× faster
   * than fflate at level 6 on rendered documents at a similar size. A host may hand in a native one.
   */
  readonly deflate?: (data: Uint8Array) => Uint8Array;
  /** CRC-32 of a part; the JavaScript one by default, a host may hand in a native one (Node's zlib.crc32). */
  readonly crc32?: (data: Uint8Array) => number;
  /** UTF-8 encoding of a part's XML; the result is consumed before the next call, so a reused buffer is fine. */
  readonly encode?: (xml: string) => Uint8Array;
}

export interface RenderResult {
  /** The .docx; undefined when there is any problem (nothing is rendered then). */
  readonly bytes?: Uint8Array;
  readonly problems: readonly TemplateProblem[];
}

interface Context {
  readonly out: string[];
  readonly scopes: TemplateValue[];
  readonly problems: TemplateProblem[];
  readonly template: string;
  readonly part: CompiledPart;
  rows: number;
  paragraphs: number;
}

const hasOwn = Object.prototype.hasOwnProperty;
const special = /[&<>\t\n\r]/;
const specials = /\r\n?|[&<>\t\n]/g;

function isRecord(v: TemplateValue): v is TemplateData {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function resolve(scopes: readonly TemplateValue[], path: readonly string[]): TemplateValue {
  if (path.length === 0) return scopes[scopes.length - 1];
  const head = path[0] as string;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i] as TemplateValue;
    if (!isRecord(scope) || !hasOwn.call(scope, head)) continue;
    let v: TemplateValue = scope[head];
    for (let k = 1; k < path.length; k++) {
      const key = path[k] as string;
      if (!isRecord(v) || !hasOwn.call(v, key)) return undefined;
      v = v[key];
    }
    return v;
  }
  return undefined;
}

/** Text as it goes inside w:t: XML-invalid characters removed, NFC, escaped; "\n" a line break, "\t" a tab. */
export function formatText(value: string, lineBreak: string, tab: string): string {
  const s = stripXmlInvalid(value).normalize('NFC');
  if (!special.test(s)) return s;
  return s.replace(specials, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '\t' ? tab : lineBreak));
}

function truthy(v: TemplateValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function fail(ctx: Context, code: 'loop-not-list' | 'value-not-scalar', origin: SlotOrigin): void {
  ctx.problems.push(
    templateProblem(code, { template: ctx.template, part: origin.part, tag: origin.raw, paragraphText: origin.paragraphText, path: origin.path }),
  );
}

function renderNodes(nodes: readonly RenderNode[], ctx: Context): void {
  const out = ctx.out;
  for (const node of nodes) {
    switch (node.kind) {
      case 'static':
        out.push(node.text);
        if (node.rows) ctx.rows++;
        if (node.paragraphs) ctx.paragraphs++;
        break;
      case 'value': {
        const v = resolve(ctx.scopes, node.path);
        if (typeof v === 'string') {
          if (v) out.push(formatText(v, ctx.part.lineBreak, ctx.part.tab));
        } else if (typeof v === 'number') out.push(String(v));
        else if (typeof v === 'object' && v !== null) fail(ctx, 'value-not-scalar', node.origin);
        break;
      }
      case 'loop': {
        const v = resolve(ctx.scopes, node.path);
        if (v === undefined || v === null) break;
        if (!Array.isArray(v)) {
          fail(ctx, 'loop-not-list', node.origin);
          break;
        }
        for (const item of v as readonly TemplateValue[]) {
          ctx.scopes.push(item);
          renderNodes(node.children, ctx);
          ctx.scopes.pop();
        }
        break;
      }
      case 'if':
      case 'unless':
        if (truthy(resolve(ctx.scopes, node.path)) === (node.kind === 'if')) renderNodes(node.children, ctx);
        break;
      case 'table-guard': {
        const start = out.length;
        const rows = ctx.rows;
        const paragraphs = ctx.paragraphs;
        renderNodes(node.children, ctx);
        if (ctx.rows === rows) {
          out.length = start;
          ctx.paragraphs = paragraphs;
        }
        break;
      }
      case 'cell-guard': {
        const paragraphs = ctx.paragraphs;
        renderNodes(node.children, ctx);
        if (ctx.paragraphs === paragraphs) {
          out.push(ctx.part.emptyParagraph);
          ctx.paragraphs++;
        }
        break;
      }
    }
  }
}

function renderPart(template: CompiledTemplate, part: CompiledPart, data: TemplateData, problems: TemplateProblem[]): string {
  const ctx: Context = { out: [], scopes: [data], problems, template: template.name, part, rows: 0, paragraphs: 0 };
  renderNodes(part.nodes, ctx);
  return ctx.out.join('');
}

/** The XML of every dynamic part, without packaging (for inspection and tests). */
export function renderParts(template: CompiledTemplate, data: TemplateData): RenderPartsResult {
  const problems: TemplateProblem[] = [];
  const parts = new Map<string, string>();
  for (const part of template.parts) parts.set(part.name, renderPart(template, part, data, problems));
  return problems.length ? { problems } : { parts, problems };
}

const encoder = new TextEncoder();
const fixedTime = dosTime(undefined);

/** Renders one .docx. Data-shape problems (a loop over a non-list…) come back as values, with no bytes. */
export function renderDocx(template: CompiledTemplate, data: TemplateData, options: RenderOptions = {}): RenderResult {
  const problems: TemplateProblem[] = [];
  const entries: ZipEntryData[] = [];
  for (const part of template.parts) {
    const xml = renderPart(template, part, data, problems);
    if (problems.length) continue;
    const bytes = options.encode === undefined ? encoder.encode(xml) : options.encode(xml);
    entries.push(predeflatedEntry(part.name, (options.deflate ?? deflateRaw)(bytes), (options.crc32 ?? crc32)(bytes), bytes.length));
  }
  if (problems.length) return { problems };
  let size = template.staticLocal.length + template.staticCentral.length + endRecordSize;
  for (const e of entries) size += localHeaderSize + centralRecordSize + 2 * e.nameBytes.length + e.compressed.length;
  const out = new Uint8Array(size);
  out.set(template.staticLocal, 0);
  let pos = template.staticLocal.length;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(pos);
    pos = writeLocalHeader(out, pos, e, fixedTime);
    out.set(e.compressed, pos);
    pos += e.compressed.length;
  }
  const centralStart = pos;
  out.set(template.staticCentral, pos);
  pos += template.staticCentral.length;
  entries.forEach((e, i) => {
    pos = writeCentralRecord(out, pos, e, e.compressed.length, fixedTime, offsets[i] as number);
  });
  writeEndRecord(out, pos, template.staticCount + entries.length, pos - centralStart, centralStart);
  return { bytes: out, problems };
}
